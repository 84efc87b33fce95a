import { readFileSync } from 'node:fs';
import { resolveShownText } from '../../src/lib/model/shown-text.ts';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { formatDate } from '../../src/lib/view/format-date.ts';
import type { Briefing } from '../../src/schemas/briefing.ts';
import type { Figure } from '../../src/schemas/figure.ts';
import { buildBriefingView, type BriefingView } from '../../src/lib/view/briefing-view.ts';
import { validateBriefingSource } from '../../src/lib/validate/validate-briefing-source.ts';
import { readBriefingSource, realBriefingSlug as slug } from '../support/briefings.ts';
import { buildTempSite } from '../support/built-site.ts';

const original = readBriefingSource('real');

let page: HTMLElement;
let view: BriefingView;
let briefing: Briefing;
/** The real briefing's revised figure: the cloud growth projected by the news report, then reported. */
let revised: Figure;

beforeAll(() => {
  const result = validateBriefingSource(original);
  if (!result.briefing) throw new Error(JSON.stringify(result.errors, null, 2));
  briefing = result.briefing;
  revised = briefing.figures.find((f) => f.history.length > 0)!;
  view = buildBriefingView(slug, resolveShownText(briefing));
  const outDir = buildTempSite({ [`${slug}.mdx`]: original });
  page = parse(readFileSync(join(outDir, 'briefings', slug, 'index.html'), 'utf8'));
});

describe('a revised figure', () => {
  test('reads as reported, with its earlier projection beside it', () => {
    const inline = page.querySelector(`.fig[data-figure="${revised.id}"]`)?.textContent.trim();
    expect(inline).toBe(view.figures.get(revised.id)!.inline);
    expect(inline).toContain(`${revised.value}%`);
    expect(inline).toContain('reported');
    expect(inline).toContain(`was projected at ${revised.history[0]!.value}%`);
  });

  test('is listed with its date and the source of each value in a "What changed" section', () => {
    const items = page
      .querySelectorAll('#what-changed ~ ul li')
      .map((li) => li.textContent.replace(/\s+/g, ' ').trim());
    const source = (id: string | undefined) => briefing.sources.find((s) => s.id === id)!;
    expect(items).toHaveLength(1);
    // In the page's one date style, as in the prose: "20 February 2025", not "2025-02-20".
    expect(items[0]).toContain(formatDate(revised.asOf!));
    expect(items[0]).not.toContain(revised.asOf!);
    // The date belongs to the new value, not to the day the page changed.
    expect(items[0]).toContain(
      `${revised.label}: now ${revised.value}% as of ${formatDate(revised.asOf!)}, from “${source(revised.source).title}”`,
    );
    expect(items[0]).toContain(
      `${revised.history[0]!.value}% (projected), from “${source(revised.history[0]!.source).title}”`,
    );
    expect(page.querySelector('.toc a[href="#what-changed"]')).not.toBeNull();
  });

  test('fails validation when its history is dated after the current value', () => {
    const late = original.replace(
      '- { value: 9.7, basis: projected,',
      '- { value: 9.7, basis: projected, date: 2025-03-01,',
    );
    const messages = validateBriefingSource(late).errors.map((e) => e.message);
    expect(messages).toContain(`expected a date after the last revision (2025-03-01), found ${revised.asOf}`);
  });
});
