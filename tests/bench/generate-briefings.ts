import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, visit, type Document, type Scalar } from 'yaml';
import { formatContentIssues } from '../../src/lib/errors/content-issue.ts';
import { numberSpellings } from '../../src/lib/validate/quotes.ts';
import { splitFrontmatter } from '../../src/lib/validate/frontmatter.ts';
import { validateBriefingSource } from '../../src/lib/validate/validate-briefing-source.ts';
import { projectRoot } from '../support/build-site.ts';

/** A real briefing the generated ones are made from. */
export interface Template {
  slug: string;
  text: string;
}

/** Every briefing in content/briefings, in file-name order. */
export function realBriefings(dir: string = join(projectRoot, 'content/briefings')): Template[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => ({ slug: basename(file, '.mdx'), text: readFileSync(join(dir, file), 'utf8') }));
}

/** A short letter code for copy `n` (0 → "Aa", 1 → "Ab", …), free of digits so it never reads as a figure. */
export function copyCode(n: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return `${letters[Math.floor(n / 26) % 26]!.toUpperCase()}${letters[n % 26]}${n >= 676 ? letters[Math.floor(n / 676) % 26] : ''}`;
}

/** The factor copy `n` scales its numbers by: between 0.80 and 1.20, differing from copy to copy. */
export const copyFactor = (n: number) => 1 + (((n * 37) % 41) - 20) / 100;

const decimalsOf = (value: number) => (String(value).split('.')[1] ?? '').length;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Years are left alone: a number that looks like one is more likely a date than an amount. */
const looksLikeYear = (value: number) => Number.isInteger(value) && value >= 1900 && value <= 2100;

/** A pattern for `value` as a whole number, in any way a source may write it. */
function numberPattern(value: number): RegExp {
  const spellings = numberSpellings(value).map(escapeRegExp).join('|');
  return new RegExp(`(?<![\\d.,])(?:${spellings})(?![\\d]|[.,]\\d)`, 'g');
}

/**
 * Scales every number in the frontmatter by `factor`, keeping its decimals, and rewrites the same
 * number in the strings beside it (a quote states the value it backs), knowing no field by name.
 */
function scaleNumbers(doc: Document, factor: number): void {
  visit(doc, {
    Map(_, map) {
      const changed: [RegExp, string][] = [];
      for (const pair of map.items) {
        const node = pair.value;
        if (!isScalar(node) || typeof node.value !== 'number' || looksLikeYear(node.value)) continue;
        const decimals = decimalsOf(node.value);
        const scaled = Number((node.value * factor).toFixed(decimals));
        if (scaled !== node.value) changed.push([numberPattern(node.value), String(scaled)]);
        node.value = scaled;
      }
      for (const pair of map.items) {
        const node = pair.value;
        if (isScalar(node) && typeof node.value === 'string')
          node.value = changed.reduce((text, [from, to]) => text.replace(from, to), node.value);
      }
    },
  });
}

/**
 * Renames in the frontmatter every scalar that is exactly an id in `ids` (an entity or a briefing
 * slug, wherever it is referenced), and every mention of a name in `names`, in any string.
 */
function rename(doc: Document, ids: Map<string, string>, renameNames: (text: string) => string): void {
  visit(doc, {
    Scalar(key, node: Scalar) {
      if (key === 'key' || typeof node.value !== 'string') return;
      node.value = ids.get(node.value) ?? renameNames(node.value);
    },
  });
}

/** Replaces every name in one pass, longest first, so "Alibaba's Qwen" is not renamed again as "Alibaba". */
function nameRenamer(names: [string, string][]): (text: string) => string {
  if (names.length === 0) return (text) => text;
  const to = new Map(names);
  const pattern = [...to.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const regExp = new RegExp(`(?<![\\w])(?:${pattern})(?![\\w])`, 'g');
  return (text) => text.replace(regExp, (name) => to.get(name)!);
}

/** The entities a briefing declares, as [id, name] pairs (the one part of the content model read by name). */
function entitiesOf(doc: Document): [string, string][] {
  const list = doc.get('entities');
  if (!isSeq(list)) return [];
  return list.items.flatMap((item) => {
    if (!isMap(item)) return [];
    const id = item.get('id');
    const name = item.get('name');
    return typeof id === 'string' && typeof name === 'string' ? [[id, name] as [string, string]] : [];
  });
}

/**
 * One generated briefing: the template under a new slug, with every entity renamed for the copy
 * (ids and names, in frontmatter and prose) and every number scaled by the copy's factor. All
 * briefings of one copy share its entities and factor, so figures the real briefings share stay
 * equal across them, and references between the real briefings point at the copy's own.
 */
export function generateBriefing(
  template: Template,
  copy: number,
  slugs: Map<string, string>,
  scale: boolean = true,
): string {
  const { frontmatter, body } = splitFrontmatter(template.text);
  if (frontmatter === undefined) throw new Error(`${template.slug}: no frontmatter to generate from`);
  const code = copyCode(copy);
  const make = (scale: boolean) => {
    const doc = parseDocument(frontmatter);
    const entities = entitiesOf(doc);
    // An entity whose name has a number in it ("Qwen 2.5 Max") is kept as it is: the prose may
    // cite the name, and the check lets a number through only inside a name it knows.
    const renamed = entities.filter(([, name]) => !/\d/.test(name));
    const ids = new Map([...renamed.map(([id]): [string, string] => [id, `${id}-${code.toLowerCase()}`]), ...slugs]);
    const renameNames = nameRenamer([
      ...entities.map(([, name]): [string, string] => [name, name]),
      ...renamed.map(([, name]): [string, string] => [name, `${name} ${code}`]),
    ]);
    if (scale) scaleNumbers(doc, copyFactor(copy));
    rename(doc, ids, renameNames);
    return `---\n${doc.toString({ lineWidth: 0 })}---\n${renameNames(body)}`;
  };
  const text = make(scale);
  const { errors } = validateBriefingSource(text);
  if (errors.length > 0) throw new Error(formatContentIssues(`${template.slug} (copy ${copy})`, errors));
  return text;
}

/**
 * Writes `count` briefings into `dir`, made round-robin from every real briefing (see
 * `generateBriefing`), so checks and builds are measured on varied, realistic content at scale.
 */
export function generateBriefings(dir: string, count: number, templates: Template[] = realBriefings()): string[] {
  if (templates.length === 0) throw new Error('No briefings in content/briefings to generate from');
  mkdirSync(dir, { recursive: true });
  const slugOf = (i: number) => `generated-${String(i + 1).padStart(4, '0')}`;
  const files: string[] = [];
  for (let copy = 0; copy * templates.length < count; copy++) {
    const slugs = new Map(templates.map((t, k) => [t.slug, slugOf(copy * templates.length + k)]));
    // Scaling knows no field by name: should one template's numbers not bear it, the whole copy
    // keeps the real numbers, so figures its briefings share stay equal.
    let texts: string[];
    try {
      texts = templates.map((t) => generateBriefing(t, copy, slugs, true));
    } catch {
      texts = templates.map((t) => generateBriefing(t, copy, slugs, false));
    }
    texts.forEach((text, k) => {
      const i = copy * templates.length + k;
      if (i >= count) return;
      files.push(join(dir, `${slugOf(i)}.mdx`));
      writeFileSync(files.at(-1)!, text);
    });
  }
  return files;
}

/** The same number of plain MDX pages with the real briefings' prose, for a bare Astro build to compare with. */
export function generatePlainPages(dir: string, count: number, templates: Template[] = realBriefings()): void {
  const bodies = templates.map((t) =>
    (splitFrontmatter(t.text).body ?? '')
      .replace(/<Fig id="[^"]*"[^>]*\/>/g, 'a figure')
      .replace(/<Chart id="[^"]*" \/>/g, '')
      .replace(/<\/?Section[^>]*>/g, ''),
  );
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= count; i++) {
    writeFileSync(
      join(dir, `page-${i}.mdx`),
      `---\ntitle: Plain page ${i}\n---\n\n# Plain page ${i}\n${bodies[i % bodies.length]}`,
    );
  }
}
