import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { format, resolveConfig } from 'prettier';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  briefingJsonSchema,
  briefingJsonSchemaPath,
  fieldReference,
  fieldReferencePath,
  schemaProperties,
} from '../../../src/lib/validate/briefing-json-schema.ts';
import { splitFrontmatter } from '../../../src/lib/validate/frontmatter.ts';
import { projectRoot } from '../../support/build-site.ts';
import { readBriefingSource } from '../../support/briefings.ts';

const path = join(projectRoot, briefingJsonSchemaPath);
const committed = readFileSync(path, 'utf8');
// Formats are checked by the patterns zod writes beside them; Ajv's format plugins are not needed.
const validate = new Ajv2020({ strict: false, validateFormats: false, allErrors: true }).compile(JSON.parse(committed));
const frontmatter = (text: string): unknown => parse(splitFrontmatter(text).frontmatter ?? '');
const contentDir = join(projectRoot, 'content/briefings');
const realBriefings = readdirSync(contentDir).filter((name) => name.endsWith('.mdx'));

describe('the JSON Schema of the frontmatter', () => {
  test('describes every property, for hover help in editors', () => {
    const properties = schemaProperties(briefingJsonSchema());
    expect(properties.length).toBeGreaterThan(100);
    expect(properties.filter((p) => !p.property.description).map((p) => p.path)).toEqual([]);
  });

  test('finds a property without a description', () => {
    const schema = {
      properties: { title: { type: 'string', description: 'Page title.' }, summary: { type: 'string' } },
    };
    expect(
      schemaProperties(schema)
        .filter((p) => !p.property.description)
        .map((p) => p.path),
    ).toEqual(['summary']);
  });

  test('gives the field reference that npm run schema writes, from the same descriptions', async () => {
    const reference = join(projectRoot, fieldReferencePath);
    const generated = await format(fieldReference(), { ...(await resolveConfig(reference)), filepath: reference });
    expect(readFileSync(reference, 'utf8'), 'run npm run schema and commit the result').toBe(generated);
    expect(generated).toContain('| `figures[].precision`');
  });

  test('is what npm run schema writes from the zod schemas today', async () => {
    const generated = await format(JSON.stringify(briefingJsonSchema()), {
      ...(await resolveConfig(path)),
      filepath: path,
    });
    expect(committed, 'run npm run schema and commit the result').toBe(generated);
  });

  test.each(realBriefings)('accepts the frontmatter of content/briefings/%s', (name) => {
    const ok = validate(frontmatter(readFileSync(join(contentDir, name), 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test('accepts the test fixture briefing', () => {
    expect(validate(frontmatter(readBriefingSource('minimal')))).toBe(true);
  });

  test('rejects a number written as text, an unknown field and a javascript: address, naming each place', () => {
    const broken = readBriefingSource('minimal')
      .replace('    value: 25\n', '    value: "25"\n')
      .replace('  tickers: [EXC]\n', '  tickers: [EXC]\n  ticker: EXC\n')
      .replace('    date: 2024-03-01\n', '    date: 2024-03-01\n    url: "javascript:alert(1)"\n');
    expect(validate(frontmatter(broken))).toBe(false);
    const places = new Set(validate.errors!.map((e) => `${e.instancePath} ${e.keyword}`));
    expect([...places]).toEqual(
      expect.arrayContaining(['/figures/1/value type', '/subject additionalProperties', '/sources/0/url pattern']),
    );
  });
});
