// Validates briefings without building pages:
// `npm run check [-- --strict] [--sources DIR ...] [folder | file.mdx ...]`.
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { briefingsDir, fileFromRoot, findBriefingFiles } from '../lib/collection/briefing-files.ts';
import { checkBriefingFiles } from './check-briefing-files.ts';
import { folderSourceTexts, noSourcesNote, resolveSourcesDirs, sourcesDir } from '../lib/collection/source-texts.ts';
import { plural } from '../lib/errors/wording.ts';

const { values, positionals } = parseArgs({
  options: { strict: { type: 'boolean', default: false }, sources: { type: 'string', multiple: true } },
  allowPositionals: true,
});
const root = process.cwd();
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
// Files given by name are checked alone, with the cross-briefing checks against the rest of their
// folder; a folder (or none: the briefings folder) is checked whole.
const given = positionals.map((p) => resolve(root, p));
const kinds = await Promise.all(
  given.map((path) =>
    stat(path).then(
      (s) => (s.isDirectory() ? 'folder' : path.endsWith('.mdx') ? 'file' : 'other'),
      () => 'missing',
    ),
  ),
);
kinds.forEach((kind, i) => {
  if (kind === 'missing') fail(`No such briefing file or folder: ${positionals[i]}`);
  if (kind === 'other') fail(`Expected a briefing file ending in .mdx or a folder, found ${positionals[i]}`);
});
const only = given.filter((_, i) => kinds[i] === 'file');
const folders = [...new Set([...given.filter((_, i) => kinds[i] === 'folder'), ...only.map((f) => dirname(f))])];
if (folders.length > 1) fail(`Expected briefings from one folder, found ${folders.length}: ${folders.join(', ')}`);
const dir = folders[0] ?? resolve(root, briefingsDir());
const started = performance.now();
const files = await findBriefingFiles(dir, root).catch((error: unknown) =>
  fail(error instanceof Error ? error.message : String(error)),
);
const missing = only.find((file) => !files.includes(file));
if (missing) fail(`Expected a briefing file in ${dir}, found ${missing}, which is not one`);
const sources = sourcesDir(values.sources);
const report = await checkBriefingFiles(
  files,
  {
    root,
    folder: fileFromRoot(root, dir),
    strict: values.strict,
    sourceTexts: sources ? folderSourceTexts(resolveSourcesDirs(sources, root), root) : undefined,
  },
  only.length > 0 ? only : undefined,
);
const ms = Math.round(performance.now() - started);

console.log(report.lines.join('\n'));
if (!sources) console.log(noSourcesNote);
console.log(
  `Checked ${plural(report.files, 'briefing')} in ${ms} ms: ` +
    `${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}` +
    (values.strict && report.warnings > 0 ? ' (warnings fail under --strict)' : ''),
);
if (report.files === 0) console.error(`No .mdx briefings found in ${dir}`);
process.exitCode = report.failed ? 1 : 0;
