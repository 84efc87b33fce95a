import { describe, expect, test } from 'vitest';
import { readFrontmatterYaml, yamlAnchorIssues } from '../../../src/lib/validate/read-frontmatter-yaml.ts';

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
