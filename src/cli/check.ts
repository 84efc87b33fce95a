// Validates every briefing without building pages: `npm run check [-- --strict] [--sources DIR] [dir]`.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { briefingsDir } from '../lib/collection/briefings-dir.ts';
import { checkBriefingFiles } from '../lib/collection/check-briefing-files.ts';
import { findBriefingFiles } from '../lib/collection/find-briefing-files.ts';
import { folderSourceTexts, noSourcesNote, sourcesDir } from '../lib/collection/source-texts.ts';
import { plural } from '../lib/errors/plural.ts';

const { values, positionals } = parseArgs({
  options: { strict: { type: 'boolean', default: false }, sources: { type: 'string' } },
  allowPositionals: true,
});
const root = process.cwd();
const dir = resolve(root, positionals[0] ?? briefingsDir());
const started = performance.now();
const files = await findBriefingFiles(dir, root).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
const sources = sourcesDir(values.sources);
const report = await checkBriefingFiles(
  files,
  root,
  sources ? { sourceTexts: folderSourceTexts(resolve(root, sources), root) } : {},
  dir,
);
const ms = Math.round(performance.now() - started);

console.log(report.lines.join('\n'));
if (!sources) console.log(noSourcesNote);
console.log(
  `Checked ${plural(report.files, 'briefing')} in ${ms} ms: ` +
    `${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}` +
    (values.strict && report.warnings > 0 ? ' (warnings fail under --strict)' : ''),
);
const failed = report.files === 0 || report.errors > 0 || (values.strict && report.warnings > 0);
if (report.files === 0) console.error(`No .mdx briefings found in ${dir}`);
process.exitCode = failed ? 1 : 0;
