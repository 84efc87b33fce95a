import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { withSourceFile } from '../../fixtures/malformed-briefings.ts';
import { readBriefingSource } from '../../support/briefings.ts';
import { editOnce, readPublicationSource } from '../../support/publication.ts';
import { projectRoot } from '../../support/build-site.ts';
import { tempDir } from '../../support/temp-dir.ts';

const work = tempDir('check-cli-');
const dir = (name: string, text: string) => {
  mkdirSync(join(work, name));
  writeFileSync(join(work, name, 'minimal.mdx'), text);
  return join(work, name);
};
const minimal = readBriefingSource('minimal');
const named = dir('named', minimal.replace(withSourceFile[0], withSourceFile[1]));
const missing = dir(
  'missing',
  minimal.replace(withSourceFile[0], withSourceFile[1].replace('trade-report', 'lost-report')),
);
const fixtureSources = 'tests/fixtures/sources';

function check(args: string[], env: Record<string, string> = {}) {
  const { BRIEFING_SOURCES_DIR: _ignored, ...inherited } = process.env;
  const result = spawnSync(process.execPath, ['src/cli/check.ts', ...args], {
    cwd: projectRoot,
    env: { ...inherited, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run check with source texts', () => {
  test('checks quotes against the folder given by --sources and lists uncaptured numbers as warnings', () => {
    const result = check(['--sources', fixtureSources, named]);
    expect(result.status).toBe(0);
    expect(result.output).toContain(
      `${relative(projectRoot, join(named, 'minimal.mdx'))}:19 sources[0].file: the source text gives 3,200 in "…factories last year and now employs 3,200 people.", which no figure captures`,
    );
    expect(result.output).toContain('0 errors, 1 warning');
  });

  test('reads the folder from BRIEFING_SOURCES_DIR too', () => {
    expect(check([named], { BRIEFING_SOURCES_DIR: fixtureSources }).output).toContain('0 errors, 1 warning');
  });

  test('says when no sources folder was given, and checks the rest', () => {
    const result = check([named]);
    expect(result.status).toBe(0);
    expect(result.output).toContain(
      'Quotes were not checked against source texts: no sources folder given (--sources DIR or BRIEFING_SOURCES_DIR)',
    );
  });

  test('warns about a missing source text, and fails on it under --strict', () => {
    const warning = `${relative(projectRoot, join(missing, 'minimal.mdx'))}:19 sources[0].file: expected the source text "lost-report.txt" in ${fixtureSources}, found no such file, so its quotes were not checked against it`;
    const relaxed = check(['--sources', fixtureSources, missing]);
    expect(relaxed.status).toBe(0);
    expect(relaxed.output).toContain(warning);
    const strict = check(['--strict', '--sources', fixtureSources, missing]);
    expect(strict.status).toBe(1);
    expect(strict.output).toContain(warning);
    expect(strict.output).toContain('1 warning (warnings fail under --strict)');
  });
});

describe('npm run check on one file', () => {
  const folder = join(work, 'pair');
  mkdirSync(folder);
  const spring = join(folder, 'widgets-spring.mdx');
  const summer = join(folder, 'widgets-summer.mdx');
  writeFileSync(spring, readPublicationSource('spring'));
  writeFileSync(
    summer,
    editOnce(editOnce(readPublicationSource('summer'), '    value: 12\n', '    value: 13\n'), 'after 12%', 'after 13%'),
  );
  const shown = (path: string) => relative(projectRoot, path);

  test('reports that file alone, still checked against the rest of its folder', () => {
    const result = check([summer]);
    expect(result.status).toBe(1);
    expect(result.output).toContain(`✗ ${shown(summer)}: 1 error`);
    expect(result.output).not.toContain(`✓ ${shown(spring)}`);
    expect(result.output).not.toContain(`✗ ${shown(spring)}`);
    expect(result.output).toContain('Checked 1 briefing in');
  });

  test('passes a file that agrees with the rest', () => {
    const result = check([spring]);
    expect(result.output).toContain(`✓ ${shown(spring)}:`);
    expect(result.output).toContain('Checked 1 briefing in');
  });

  test('refuses a path that is not a briefing, by name', () => {
    expect(check(['README.md']).output).toContain(
      'Expected a briefing file ending in .mdx or a folder, found README.md',
    );
    expect(check(['nowhere.mdx']).output).toContain('No such briefing file or folder: nowhere.mdx');
  });
});

describe('npm run check with several source folders', () => {
  test('reads each source text from the first folder that has it', () => {
    const empty = tempDir('check-cli-sources-');
    const result = check(['--strict', '--sources', empty, '--sources', fixtureSources, named]);
    expect(result.output).toContain('0 errors, 1 warning');
    expect(result.output).not.toContain('found no such file');
  });

  test('names every folder when none has the text', () => {
    const empty = tempDir('check-cli-sources-');
    const result = check(['--sources', empty, '--sources', fixtureSources, missing]);
    expect(result.output).toContain(
      `expected the source text "lost-report.txt" in ${empty} or ${fixtureSources}, found no such file`,
    );
  });
});
