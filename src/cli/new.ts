// Starts a briefing from a source text: `npm run new -- <slug> --source path/to/text.txt`.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { idSchema } from '../schemas/common.ts';
import { briefingsDir } from '../lib/collection/briefing-files.ts';
import { scaffoldBriefing } from './scaffold-briefing.ts';
import { describeReadFailure } from '../lib/errors/wording.ts';

const { values, positionals } = parseArgs({
  options: { source: { type: 'string' } },
  allowPositionals: true,
});
const [slug] = positionals;
const root = process.cwd();

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!slug || !values.source) fail('Usage: npm run new -- <slug> --source path/to/text.txt');
if (!idSchema.safeParse(slug).success) fail(`Expected a lower-case slug such as "acme-results", found "${slug}"`);
const sourcePath = resolve(root, values.source);
const text = await readFile(sourcePath, 'utf8').catch((error: unknown) =>
  fail(`The source text ${values.source} cannot be read: ${describeReadFailure(error)}`),
);
const target = join(resolve(root, briefingsDir()), `${slug}.mdx`);
if (existsSync(target)) fail(`${relative(root, target)} already exists; choose another slug`);

await mkdir(dirname(target), { recursive: true });
await writeFile(target, scaffoldBriefing(slug, basename(sourcePath), text));
const sources = relative(root, dirname(sourcePath)) || '.';
console.log(
  [
    `Wrote ${relative(root, target)} with a figure stub for every number in ${values.source}.`,
    'Complete it, then run:',
    `  npm run check -- --strict --sources ${sources}`,
    `  npm run build -- --strict --sources ${sources}`,
  ].join('\n'),
);
