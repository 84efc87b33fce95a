import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { formatContentIssue } from '../../src/lib/errors/content-issue.ts';
import { validateBriefingSource } from '../../src/lib/validate/validate-briefing-source.ts';
import { readBriefingSource, realBriefingSlug as slug } from '../support/briefings.ts';
import { buildSite, projectRoot } from '../support/build-site.ts';
import { editFigure } from '../support/edit-figure.ts';
import { tempDir } from '../support/temp-dir.ts';

const original = readBriefingSource('real');
const work = tempDir('briefing-safe-build-');
const briefings = join(work, 'briefings');
const outDir = join(work, 'dist');
const file = join(briefings, `${slug}.mdx`);

/** Every file under a folder with the SHA-256 of its bytes. */
function fingerprint(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(
    files.map((e) => {
      const path = join(e.parentPath, e.name);
      return [relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex')];
    }),
  );
}

let before: Record<string, string>;

beforeAll(() => {
  mkdirSync(briefings);
  writeFileSync(file, original);
  const first = buildSite(outDir, { briefingsDir: briefings });
  if (first.status !== 0) throw new Error(first.output);
  before = fingerprint(outDir);
});

describe('npm run build', () => {
  test('builds the briefing page, its downloads and the search index', () => {
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining([
        'pagefind/pagefind.js',
        `briefings/${slug}/index.html`,
        `briefings/${slug}/figures.csv`,
        `briefings/${slug}/figures.json`,
        'index.html',
      ]),
    );
  });

  test('stops on a broken figure with the editor-facing error, leaving the last site byte for byte', () => {
    const { briefing } = validateBriefingSource(original);
    const broken = editFigure(original, briefing!.figures[2]!.id, '"twelve"', { quote: false });
    writeFileSync(file, broken);
    const result = buildSite(outDir, { briefingsDir: briefings });
    expect(result.status).toBe(1);
    const issue = validateBriefingSource(broken).errors[0]!;
    expect(result.output).toContain(formatContentIssue(relative(projectRoot, file), issue));
    expect(result.output).toContain('dist/ was left as it was');
    expect(fingerprint(outDir)).toEqual(before);
  });

  test('keeps the last site when Astro itself fails after validation passes', () => {
    // The image cache path is a file, so drawing the first share image fails mid-build.
    const cacheFile = join(tempDir('briefing-cache-'), 'not-a-folder');
    writeFileSync(cacheFile, '');
    writeFileSync(file, original);
    const result = buildSite(outDir, { briefingsDir: briefings, env: { BRIEFING_IMAGE_CACHE: cacheFile } });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/not-a-folder/);
    expect(fingerprint(outDir)).toEqual(before);
    // The pages rendering beside the one that failed were stopped: none wrote into the staging
    // folder once it was removed.
    expect(readdirSync(work).sort()).toEqual(['briefings', 'dist']);
  });

  test('refuses what npm run check refuses: code, raw HTML and bare numbers, with the same lines', () => {
    const unsafe = original
      .replace(
        /\n---\n/,
        "\n---\n\nimport fs from 'node:fs';\nexport const leak = fs.readFileSync('/etc/hostname', 'utf8');\n\n",
      )
      .replace(
        '<Chart id="rally" />',
        '<Chart id="rally" />\n\n{leak}\n\n<script>alert(document.cookie)</script>\n\nShares rose 42% this week.',
      );
    writeFileSync(file, unsafe);
    const errors = validateBriefingSource(unsafe).errors.map((issue) =>
      formatContentIssue(relative(projectRoot, file), issue),
    );
    expect(errors.map((e) => e.slice(e.indexOf(' ') + 1))).toEqual([
      'expected Markdown and briefing components only, found an import statement "import fs from \'node:fs\';": a briefing cannot import code, and its components need no import',
      'expected Markdown and briefing components only, found an export statement "export const leak = fs.readFileSync(\'/e…": a briefing cannot define values; data belongs in the frontmatter',
      'expected no JavaScript expressions, found {leak}: write numbers as <Fig id="..." /> and everything else as plain text',
      'expected Markdown or a briefing component, found the HTML element <script>: raw HTML is not allowed in a briefing; use Markdown for links, emphasis and lists',
      'expected every number in the prose to come from a figure, found the bare number "42%" (add it as a figure and write <Fig id="..." />, or mark a name with <Name>...</Name>)',
    ]);
    const checked = spawnSync(process.execPath, ['src/cli/check.ts', briefings], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    expect(checked.status).toBe(1);
    const built = buildSite(outDir, { briefingsDir: briefings });
    expect(built.status).toBe(1);
    for (const error of errors) {
      expect(checked.stdout).toContain(error);
      expect(built.output).toContain(error);
    }
    expect(built.output).toContain('dist/ was left as it was');
    expect(fingerprint(outDir)).toEqual(before);
    // Its staging folder (and the search index it would have held) is gone, and so is its lock.
    expect(readdirSync(work).sort()).toEqual(['briefings', 'dist']);
  });

  test('refuses a misquoted figure and numbers written to slip past the check, with the same lines', () => {
    const misquoted = original
      .replace('    quote: Hang Seng Tech Index’s 25% gain', '    quote: Hang Seng Tech Index fell 25%')
      .replace(
        '<Chart id="rally" />',
        '<Chart id="rally" />\n\nShares rose ４２% as <Name>shares rose 42% today</Name>.',
      );
    writeFileSync(file, misquoted);
    const errors = validateBriefingSource(misquoted).errors.map((issue) =>
      formatContentIssue(relative(projectRoot, file), issue),
    );
    expect(errors.map((e) => e.slice(e.indexOf(' ') + 1))).toEqual([
      'figures[1].quote: expected the quote to contain a positive value, found "25" next to a word for a fall in "Hang Seng Tech Index fell 25%": write the value as negative',
      'expected every number in the prose to come from a figure, found the bare number "４２%" (add it as a figure and write <Fig id="..." />, or mark a name with <Name>...</Name>)',
      'expected <Name> to mark a name with no quantity in it, found "42%" in "shares rose 42% today"',
    ]);
    const built = buildSite(outDir, { briefingsDir: briefings });
    expect(built.status).toBe(1);
    for (const error of errors) expect(built.output).toContain(error);
    expect(fingerprint(outDir)).toEqual(before);
  });

  test('stops on a briefing file that cannot be read, naming it, leaving the last site', () => {
    writeFileSync(file, original);
    const unreadable = join(briefings, 'unreadable.mdx');
    symlinkSync(join(briefings, 'gone.mdx'), unreadable);
    try {
      const result = buildSite(outDir, { briefingsDir: briefings });
      expect(result.status).toBe(1);
      expect(result.output).toContain(`${relative(projectRoot, unreadable)} cannot be read: no such file or folder`);
      expect(result.output).toContain('dist/ was left as it was');
      expect(fingerprint(outDir)).toEqual(before);
    } finally {
      rmSync(unreadable);
    }
  });

  test('stops on a briefings folder that cannot be read, naming it, leaving the last site', () => {
    const missing = join(work, 'no-briefings-here');
    const result = buildSite(outDir, { briefingsDir: missing });
    expect(result.status).toBe(1);
    expect(result.output).toContain(
      `${relative(projectRoot, missing)} cannot be read as a folder of briefings: no such file or folder`,
    );
    expect(fingerprint(outDir)).toEqual(before);
  });

  test('refuses an expression hidden after a "--- # data" line, which the compiler would have run, in check and build alike', () => {
    const marker = join(work, 'ran');
    const attack = original.replace(
      /^---\n/,
      `---\n--- # data\n# {(await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'x')}\n`,
    );
    writeFileSync(file, attack);
    const error = `${relative(projectRoot, file)}:2 expected the frontmatter to end at a line of exactly ---, found "--- # data": any line starting with --- or +++ ends it`;
    const checked = spawnSync(process.execPath, ['src/cli/check.ts', briefings], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    expect(checked.status).toBe(1);
    expect(checked.stdout).toContain(error);
    const built = buildSite(outDir, { briefingsDir: briefings });
    expect(built.status).toBe(1);
    expect(built.output).toContain(error);
    expect(built.output).toContain('dist/ was left as it was');
    expect(existsSync(marker)).toBe(false);
    expect(fingerprint(outDir)).toEqual(before);
  });

  test('refuses a byte-order mark and TOML frontmatter by name, on line 1, leaving the last site', () => {
    writeFileSync(file, `\uFEFF${original}`);
    const toml = join(briefings, 'toml-fences.mdx');
    writeFileSync(toml, '+++\ntitle = "Quiet"\n+++\n\n<script>alert(1)</script>\n');
    try {
      const built = buildSite(outDir, { briefingsDir: briefings });
      expect(built.status).toBe(1);
      expect(built.output).toContain(
        `${relative(projectRoot, file)}:1 expected the file to start with ---, found a byte-order mark (U+FEFF) before it: save the file as UTF-8 without BOM`,
      );
      expect(built.output).toContain(
        `${relative(projectRoot, toml)}:1 expected YAML frontmatter between --- lines, found TOML frontmatter between +++ lines`,
      );
      expect(fingerprint(outDir)).toEqual(before);
    } finally {
      rmSync(toml);
    }
  });

  test('refuses briefings it cannot make a page of, by name: in a subfolder, or named alike but for case', () => {
    writeFileSync(file, original);
    const nested = join(briefings, 'archive', `${slug}-old.mdx`);
    const shouting = join(briefings, `${slug.toUpperCase()}.mdx`);
    mkdirSync(join(briefings, 'archive'));
    writeFileSync(nested, original);
    writeFileSync(shouting, original);
    try {
      const built = buildSite(outDir, { briefingsDir: briefings });
      expect(built.status).toBe(1);
      const folder = relative(projectRoot, briefings);
      expect(built.output).toContain(
        `${relative(projectRoot, nested)}:1 expected the briefing directly in ${folder}/, found it in the subfolder archive/: a briefing's address is its file name alone`,
      );
      expect(built.output).toContain(
        `${relative(projectRoot, file)}:1 expected one briefing per name whatever its letter case, found "${relative(projectRoot, shouting)}" with the same name`,
      );
      expect(fingerprint(outDir)).toEqual(before);
    } finally {
      rmSync(join(briefings, 'archive'), { recursive: true });
      rmSync(shouting);
    }
  });

  test('puts back the site that a build killed mid-swap left aside, before anything else, even when it then fails', () => {
    // A build killed between its two renames leaves the last good site aside and no dist/.
    renameSync(outDir, `${outDir}.previous`);
    writeFileSync(file, original.replace('<Chart id="rally" />', '<Chart id="rally" />\n\n<script>alert(1)</script>'));
    const built = buildSite(outDir, { briefingsDir: briefings });
    expect(built.status).toBe(1);
    expect(built.output).toContain(
      `Restored ${relative(projectRoot, outDir)}/ from ${relative(projectRoot, outDir)}.previous`,
    );
    expect(fingerprint(outDir)).toEqual(before);
    expect(existsSync(`${outDir}.previous`)).toBe(false);
  });

  test('fails on warnings only under --strict', () => {
    const { briefing } = validateBriefingSource(original);
    const unused = `${briefing!.figures[0]!.id}-copy`;
    const withUnused = original.replace(
      '\nfigures:\n',
      `\nfigures:\n  - ${JSON.stringify({ ...briefing!.figures[0], id: unused, history: undefined })}\n`,
    );
    writeFileSync(file, withUnused);
    expect(
      validateBriefingSource(withUnused)
        .warnings.map((w) => w.message)
        .join(),
    ).toContain(unused);
    const strict = buildSite(outDir, { briefingsDir: briefings, args: ['--strict'] });
    expect(strict.status).toBe(1);
    expect(strict.output).toMatch(
      new RegExp(`${slug}\\.mdx:\\d+ figures\\[0\\]\\.id: figure "${unused}" is defined but never shown`),
    );
    expect(fingerprint(outDir)).toEqual(before);
    const relaxed = buildSite(outDir, { briefingsDir: briefings });
    expect(relaxed.status).toBe(0);
    expect(relaxed.output).toContain(unused);
  });

  test('draws every chart at every size and reports one that does not read well: an error under --strict', () => {
    // A name with no space to break at, wider than a phone's chart: cut at the edge there.
    const name = 'HangSengTechIndexOfTheLargestTechnologyCompanies';
    writeFileSync(file, original.replace('name: Hang Seng Tech Index,', `name: ${name},`));
    const published = fingerprint(outDir);
    const strict = buildSite(outDir, { briefingsDir: briefings, args: ['--strict'] });
    expect(strict.status, strict.output).toBe(1);
    const chart = `${basename(briefings)}/${slug}\\.mdx: charts\\[0\\] \\(“[^”]+”\\)`;
    expect(strict.output).toMatch(new RegExp(`${chart} on a 320 px screen: “${name}” is cut at the edge`));
    expect(strict.output).toContain(`Build failed (--strict): ${outDir}/ was left as it was.`);
    expect(fingerprint(outDir)).toEqual(published);
    const relaxed = buildSite(outDir, { briefingsDir: briefings });
    expect(relaxed.status, relaxed.output).toBe(0);
    expect(relaxed.output).toMatch(
      new RegExp(`Warnings:[\\s\\S]*${chart} on a 320 px screen: “${name}” is cut at the edge`),
    );
    writeFileSync(file, original);
  });

  test('shows a name marked with <Name> as its text', () => {
    writeFileSync(
      file,
      original.replace(
        'focus on artificial intelligence',
        'focus on artificial intelligence, <Name>Web 3</Name> aside',
      ),
    );
    const result = buildSite(outDir, { briefingsDir: briefings });
    expect(result.status, result.output).toBe(0);
    const html = readFileSync(join(outDir, 'briefings', slug, 'index.html'), 'utf8');
    expect(html).toContain('focus on artificial intelligence, Web 3 aside');
  });
});
