// Writes the JSON Schema of the frontmatter and the field reference from the zod schemas: `npm run schema`.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import {
  briefingJsonSchema,
  briefingJsonSchemaPath,
  fieldReference,
  fieldReferencePath,
} from '../lib/validate/briefing-json-schema.ts';

const path = resolve(process.cwd(), briefingJsonSchemaPath);
// Formatted as Prettier would, so `npm run format:check` and the staleness test agree with it.
const options = { ...(await resolveConfig(path)), filepath: path };
await writeFile(path, await format(JSON.stringify(briefingJsonSchema()), options));
console.log(`Wrote ${briefingJsonSchemaPath}`);

const reference = resolve(process.cwd(), fieldReferencePath);
await writeFile(
  reference,
  await format(fieldReference(), { ...(await resolveConfig(reference)), filepath: reference }),
);
console.log(`Wrote ${fieldReferencePath}`);
