// Builds the site without ever losing the last good one: `npm run build [-- --strict]`.
// Briefings are validated first; pages are built into a staging folder and swapped into
// `dist/` only when the whole build succeeds.
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { briefingsDir } from '../lib/briefings-dir.ts';
import { checkBriefingFiles, findBriefingFiles } from '../lib/check-briefing-files.ts';
import { swapDirectory } from '../lib/swap-directory.ts';

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    outDir: { type: 'string', default: 'dist' },
  },
});
const root = process.cwd();
const outDir = resolve(root, values.outDir);
// Staged beside the output so the final swap is a rename on one file system.
const staging = `${outDir}.staging`;

const report = await checkBriefingFiles(await findBriefingFiles(resolve(root, briefingsDir())), root);
if (report.errors > 0 || (values.strict && report.warnings > 0)) {
  console.error(report.lines.join('\n'));
  console.error(`Build stopped: ${values.outDir}/ was left as it was.`);
  process.exit(1);
}
if (report.warnings > 0) console.warn(report.lines.filter((l) => !l.startsWith('✓')).join('\n'));

await rm(staging, { recursive: true, force: true });
try {
  await build({ root, outDir: staging, logLevel: 'warn' });
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  console.error(error instanceof Error ? error.message : error);
  console.error(`Build failed: ${values.outDir}/ was left as it was.`);
  process.exit(1);
}
await swapDirectory(staging, outDir);
console.log(`Built ${report.files} ${report.files === 1 ? 'briefing' : 'briefings'} into ${values.outDir}/`);
