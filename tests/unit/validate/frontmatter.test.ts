import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { checkMdxFileSafety } from '../../../src/lib/validate/file-safety.ts';
import { splitFrontmatter, readFrontmatterYaml, yamlAnchorIssues } from '../../../src/lib/validate/frontmatter.ts';
import { readBriefingSource } from '../../support/briefings.ts';

describe('splitFrontmatter', () => {
  test('separates the YAML from the body and numbers both from 1', () => {
    expect(splitFrontmatter('---\ntitle: A\nasOf: B\n---\nBody line\n')).toEqual({
      frontmatter: 'title: A\nasOf: B\n',
      frontmatterLine: 2,
      body: 'Body line\n',
      bodyLine: 5,
      issues: [],
    });
  });

  test('puts the body on the line after the closing fence when the body starts blank', () => {
    const { body, bodyLine } = splitFrontmatter('---\na: 1\n---\n\n<Section id="x">\n');
    expect(bodyLine).toBe(4);
    expect(body.split('\n').indexOf('<Section id="x">') + bodyLine).toBe(5);
  });

  test('reports no frontmatter when the file does not start with a fence', () => {
    expect(splitFrontmatter('title: A\n---\nBody')).toEqual({
      frontmatter: undefined,
      frontmatterLine: 1,
      body: 'title: A\n---\nBody',
      bodyLine: 1,
      issues: [
        {
          severity: 'error',
          path: [],
          message: 'expected YAML frontmatter between --- lines at the top of the file, found none',
          line: 1,
        },
      ],
    });
  });

  test('accepts an empty frontmatter', () => {
    expect(splitFrontmatter('---\n---\nBody')).toMatchObject({ frontmatter: '', bodyLine: 3, body: 'Body' });
  });

  test('accepts a closing fence at the end of the file', () => {
    expect(splitFrontmatter('---\na: 1\n---')).toMatchObject({ frontmatter: 'a: 1\n', body: '', bodyLine: 4 });
  });

  test('accepts Windows line endings and trailing spaces after the fences', () => {
    expect(splitFrontmatter('---  \r\na: 1\r\n---\t\r\nBody')).toMatchObject({
      frontmatter: 'a: 1\r\n',
      body: 'Body',
      bodyLine: 4,
    });
  });

  test('does not end the frontmatter at a fence inside a line', () => {
    const { frontmatter } = splitFrontmatter('---\nnote: a---b\n---\nBody');
    expect(frontmatter).toBe('note: a---b\n');
  });

  test('gives line numbers that match the fixture file', () => {
    const text = readBriefingSource('minimal');
    const { frontmatter, body, bodyLine } = splitFrontmatter(text);
    const lines = text.split('\n');
    expect(lines[bodyLine - 2]).toBe('---');
    expect(frontmatter?.split('\n')[0]).toBe(lines[1]);
    const sectionLine = body.split('\n').indexOf('<Section id="sales">') + bodyLine;
    expect(lines[sectionLine - 1]).toBe('<Section id="sales">');
  });

  const refusal = (text: string) => splitFrontmatter(text).issues.map((i) => `${i.line} ${i.message}`);

  test('refuses a frontmatter the compiler would end at a YAML document marker, on its line', () => {
    expect(refusal('---\n--- # data\ntitle: x\n# {process.env.HOME}\n---\nBody\n')).toEqual([
      '2 expected the frontmatter to end at a line of exactly ---, found "--- # data": any line starting with --- or +++ ends it',
    ]);
    expect(refusal('---\ntitle: x\n+++\nmore: y\n---\n')).toEqual([
      '3 expected the frontmatter to end at a line of exactly ---, found "+++": any line starting with --- or +++ ends it',
    ]);
    expect(refusal('---\ntitle: x\n---- a rule\nmore: y\n---\n')).toEqual([
      '3 expected the frontmatter to end at a line of exactly ---, found "---- a rule": any line starting with --- or +++ ends it',
    ]);
    expect(refusal('---\nnote: |\n  ---- an indented rule\n---\n')).toEqual([]);
  });

  test('refuses a byte-order mark, blank lines before the fence and TOML frontmatter by name', () => {
    expect(refusal('\uFEFF---\ntitle: x\n---\n')).toEqual([
      '1 expected the file to start with ---, found a byte-order mark (U+FEFF) before it: save the file as UTF-8 without BOM',
    ]);
    expect(refusal('\n---\ntitle: x\n---\n')).toEqual([
      '1 expected --- on line 1, found a blank line before the frontmatter',
    ]);
    expect(refusal(' \r\n\t\n---\ntitle: x\n---\n')).toEqual([
      '1 expected --- on line 1, found 2 blank lines before the frontmatter',
    ]);
    expect(refusal('+++\ntitle = "x"\n+++\n')).toEqual([
      '1 expected YAML frontmatter between --- lines, found TOML frontmatter between +++ lines',
    ]);
    expect(refusal('---title: x\n---\n')).toEqual([
      '1 expected the frontmatter to open with a line of exactly ---, found "---title: x"',
    ]);
    expect(refusal('---\ntitle: x\n')).toEqual([
      '1 expected YAML frontmatter between --- lines at the top of the file, found no closing --- line',
    ]);
  });
});

/** A small seeded generator (mulberry32), so a failing shape can be found again by its seed. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
}

const openings = ['---', '---  ', '---\t', '--- # data', '---x', '----', '+++', '', '  ', '\uFEFF---', 'title: A'];
const frontmatterLines = [
  'title: A',
  'summary: plain text',
  '# {process.env.HOME}',
  '--- # data',
  '---',
  '--- ',
  '----',
  '+++',
  '+++ x',
  '  ---',
  'note: |',
  '  --- indented',
  '...',
  '',
  '  ',
  'list:',
  '  - a',
  'key: "---"',
  '- ---',
  '---x',
  'quote: "a"#b',
];
const bodyLines = ['Body.', '{x}', '', '---', '+++ y', '<script>x</script>'];

/** A file of generated shape: an opening line, some frontmatter-like lines, maybe a fence, a body. */
function generatedFile(seed: number): string {
  const pick = random(seed);
  const count = (n: number) => Array.from({ length: Math.floor(pick([0, 0.2, 0.4, 0.6, 0.8, 1]) * n) });
  const lines = [
    pick(openings),
    ...count(6).map(() => pick(frontmatterLines)),
    ...(pick([true, true, false]) ? [pick(['---', '--- ', '+++'])] : []),
    ...count(4).map(() => pick(bodyLines)),
  ];
  return lines.join(pick(['\n', '\n', '\r\n']));
}

describe('splitFrontmatter on generated files', () => {
  test('splits every file as the page compiler does, or refuses it (and so does the guard)', () => {
    let accepted = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const text = generatedFile(seed);
      const split = splitFrontmatter(text);
      if (split.issues.length > 0) {
        expect(checkMdxFileSafety(text), `seed ${seed}`).not.toEqual([]);
        continue;
      }
      accepted++;
      const raw = extractFrontmatter(text);
      expect(raw?.replace(/^[ \t]*\r?\n/, ''), `seed ${seed}`).toBe(split.frontmatter);
      let compiled: ReturnType<typeof parseFrontmatter>;
      try {
        compiled = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
      } catch {
        continue; // YAML the compiler cannot read: it compiles nothing
      }
      // The compiler's body is ours, after blank lines standing for the frontmatter.
      const before = compiled.content.slice(0, compiled.content.length - split.body.length);
      expect(compiled.content.endsWith(split.body), `seed ${seed}`).toBe(true);
      expect(before, `seed ${seed}`).toMatch(/^[ \t\r\n]*$/);
      if (split.body !== '') expect(before.split('\n').length, `seed ${seed}`).toBe(split.bodyLine);
      const ours = load(split.frontmatter!);
      expect(compiled.frontmatter, `seed ${seed}`).toEqual(ours && typeof ours === 'object' ? ours : {});
    }
    // The generator reaches both outcomes often.
    expect(accepted).toBeGreaterThan(300);
    expect(accepted).toBeLessThan(2700);
  });
});

const text = `title: Example
published: 2024-03-02
figures:
  - id: a
    value: 4.40
    basis: reported
  - { id: b, value: -12 }
`;

describe('readFrontmatterYaml', () => {
  test('reads the data with the YAML 1.2 core schema: dates stay strings, numbers are numbers', () => {
    expect(readFrontmatterYaml(text).data).toEqual({
      title: 'Example',
      published: '2024-03-02',
      figures: [
        { id: 'a', value: 4.4, basis: 'reported' },
        { id: 'b', value: -12 },
      ],
    });
  });

  test('places a path on the line it is written on, or its nearest written parent', () => {
    const yaml = readFrontmatterYaml(text);
    expect(yaml.lineOf(['figures', 0, 'value'])).toBe(5);
    expect(yaml.lineOf(['figures', 1, 'value'])).toBe(7);
    expect(yaml.lineOf(['figures', 1, 'missing'])).toBe(7);
    expect(yaml.lineOf(['title'])).toBe(1);
  });

  test('reads an empty frontmatter as null', () => {
    expect(readFrontmatterYaml('').data).toBeNull();
  });

  test("gives the first syntax error with the line it is on, in the yaml package's words", () => {
    const yaml = readFrontmatterYaml('title: Example\n\tsummary: indented with a tab\n');
    expect(yaml.data).toBeUndefined();
    expect(yaml.error).toEqual({ message: 'Tabs are not allowed as indentation', line: 2 });
  });

  test('refuses a quoted value followed straight by a comment sign, rather than dropping what follows', () => {
    const yaml = readFrontmatterYaml('title: Example\nquote: "Alibaba led"#1 in cloud\n');
    expect(yaml.data).toBeUndefined();
    expect(yaml.error).toEqual({
      message: 'Comments must be separated from other tokens by white space characters',
      line: 2,
    });
  });

  test('reads a value that starts with a comment sign inside its quotes', () => {
    expect(readFrontmatterYaml('label: "#1 in cloud" # a comment\n').data).toEqual({ label: '#1 in cloud' });
  });

  test('refuses a key written twice', () => {
    const yaml = readFrontmatterYaml('title: One\ntitle: Two\n');
    expect(yaml.error).toEqual({ message: 'Map keys must be unique', line: 2 });
  });
});

describe('readFrontmatterYaml with one reader for the data', () => {
  test('reads a number the same whether or not another line sends the text to the second reader', () => {
    expect(readFrontmatterYaml('value: 0b101\nlabel: plain\n').data).toEqual({ value: 5, label: 'plain' });
    // The second reader reads 0b101 as text; its data is never used.
    expect(readFrontmatterYaml('value: 0b101\nlabel: "#1 in cloud"\n').data).toEqual({
      value: 5,
      label: '#1 in cloud',
    });
    expect(readFrontmatterYaml('value: 1_000\nlabel: "#1"\n').data).toEqual({ value: '1_000', label: '#1' });
  });

  test('refuses a malformed text on the line the second reader finds, with no data', () => {
    const yaml = readFrontmatterYaml('value: 0b101\nlabel: "a"#b\n');
    expect(yaml.data).toBeUndefined();
    expect(yaml.error).toEqual({
      message: 'Comments must be separated from other tokens by white space characters',
      line: 2,
    });
  });
});

describe('yamlAnchorIssues', () => {
  test('refuses every anchor and alias, once a line, with its line in the file', () => {
    const text = 'a: &x [1, 2]\nb: [*x, *x, *x]\nc: &y { k: 1 }\nd: *y\n';
    expect(yamlAnchorIssues(text, 10).map((i) => `${i.line} ${i.message}`)).toEqual([
      '10 expected each value written out where it belongs, found the YAML anchor &x: anchors and aliases are not allowed in a briefing',
      '11 expected each value written out where it belongs, found the YAML alias *x: anchors and aliases are not allowed in a briefing',
      '12 expected each value written out where it belongs, found the YAML anchor &y: anchors and aliases are not allowed in a briefing',
      '13 expected each value written out where it belongs, found the YAML alias *y: anchors and aliases are not allowed in a briefing',
    ]);
  });

  test('leaves ampersands and asterisks inside text alone', () => {
    expect(yamlAnchorIssues('title: S&P 500 and R & D\nnote: growth *accelerated*\nq: "*x"\n')).toEqual([]);
  });
});
