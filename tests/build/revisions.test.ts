import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildBriefingView, type BriefingView } from '../../src/lib/view/briefing-view.ts';
import { validateBriefingSource } from '../../src/lib/validate/validate-briefing-source.ts';
import { readBriefingSource, realBriefingSlug as slug } from '../support/briefings.ts';
import { buildSite } from '../support/build-site.ts';

const original = readBriefingSource('real');
const work = mkdtempSync(join(tmpdir(), 'briefing-revisions-'));

/**
 * The README's worked example: a projected figure replaced by the reported one from a later
 * source, keeping the projection in its history. The reported number here is test data only.
 */
function reviseProjectedFigure(text: string): { text: string; figureId: string; reported: number; projected: number } {
  const { briefing } = validateBriefingSource(text);
  const figure = briefing!.figures.find((f) => f.basis === 'projected')!;
  const reported = figure.value + 0.5;
  const block = new RegExp(`(  - id: ${figure.id}\\n(?:    .*\\n)*?)(?=  - id: )`);
  const revised = text
    .replace(block, (match) =>
      match
        .replace(/ {4}value: .*\n/, `    value: ${reported}\n`)
        .replace(/ {4}basis: projected\n/, '    basis: reported\n')
        .replace(/ {4}source: .*\n/, '    source: results\n')
        .replace(/ {4}quote: .*\n/, `    quote: cloud revenue rose ${reported}%\n`)
        .concat(
          `    asOf: 2030-02-20\n    history:\n      - { value: ${figure.value}, basis: projected, date: 2030-01-10, note: before results }\n`,
        ),
    )
    .replace(
      '\nentities:\n',
      `\n  - id: results\n    title: Quarterly results (test data)\n    publisher: Example Wire\n    date: 2030-02-20\n\nentities:\n`,
    );
  return { text: revised, figureId: figure.id, reported, projected: figure.value };
}

let page: HTMLElement;
let view: BriefingView;
let example: ReturnType<typeof reviseProjectedFigure>;

beforeAll(() => {
  example = reviseProjectedFigure(original);
  const result = validateBriefingSource(example.text);
  if (!result.briefing) throw new Error(JSON.stringify(result.errors, null, 2));
  view = buildBriefingView(slug, result.briefing, result.body);
  const briefings = join(work, 'briefings');
  mkdirSync(briefings);
  writeFileSync(join(briefings, `${slug}.mdx`), example.text);
  const outDir = join(work, 'dist');
  const build = buildSite(outDir, { briefingsDir: briefings });
  if (build.status !== 0) throw new Error(build.output);
  page = parse(readFileSync(join(outDir, 'briefings', slug, 'index.html'), 'utf8'));
});

describe('a revised figure', () => {
  test('reads as reported, with its earlier projection beside it', () => {
    const inline = page.querySelector(`.fig[data-figure="${example.figureId}"]`)?.textContent.trim();
    expect(inline).toBe(view.figures.get(example.figureId)!.inline);
    expect(inline).toContain(`${example.reported}%`);
    expect(inline).toContain('reported');
    expect(inline).toContain(`was projected at ${example.projected}%`);
  });

  test('is listed with its date in a "What changed" section', () => {
    const items = page
      .querySelectorAll('#what-changed ~ ul li')
      .map((li) => li.textContent.replace(/\s+/g, ' ').trim());
    expect(items).toHaveLength(1);
    expect(items[0]).toContain('2030-02-20');
    expect(items[0]).toContain(`${example.reported}%`);
    expect(items[0]).toContain(`${example.projected}% (projected)`);
    expect(page.querySelector('.toc a[href="#what-changed"]')).not.toBeNull();
  });

  test('fails validation when its history is out of order', () => {
    const swapped = example.text.replace('date: 2030-01-10', 'date: 2030-03-01');
    const messages = validateBriefingSource(swapped).errors.map((e) => e.message);
    expect(messages).toContain('expected a date after the last revision (2030-03-01), found 2030-02-20');
  });
});
