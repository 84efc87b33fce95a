import { describe, expect, test } from 'vitest';
import { buildBriefingView } from '../../../src/lib/view/briefing-view.ts';
import { citeSource } from '../../../src/lib/view/source-view.ts';
import { formatValue } from '../../../src/lib/model/format-figure.ts';
import type { LeadsClaim, OutranksClaim } from '../../../src/schemas/claim.ts';
import { splitFrontmatter } from '../../../src/lib/validate/split-frontmatter.ts';
import { loadBriefing, readBriefingSource } from '../../support/briefings.ts';

const real = loadBriefing('real');
const view = buildBriefingView('alibaba-ai-rally', real, splitFrontmatter(readBriefingSource('real')).body);

describe('buildBriefingView on the real briefing', () => {
  test('carries the slug, title and company', () => {
    expect(view).toMatchObject({ slug: 'alibaba-ai-rally', title: real.title, company: real.subject.company });
  });

  test('resolves every key figure to its figure view, in order', () => {
    expect(view.keyFigures.map((f) => f.id)).toEqual(real.keyFigures);
    for (const figure of view.keyFigures) {
      const source = real.figures.find((f) => f.id === figure.id)!;
      expect(figure.value).toBe(formatValue(source));
      expect(figure.anchor).toBe(`figure-${figure.id}`);
    }
  });

  test('marks non-reported figures inline with their basis', () => {
    for (const figure of view.figures.values()) {
      if (figure.basis === 'reported') expect(figure.inline).toBe(figure.value);
      else expect(figure.inline).toBe(`${figure.value} (${figure.basisLabel})`);
    }
  });

  test('gives every chart a caption, a source line and a table with a row per bar', () => {
    expect(view.charts.size).toBe(real.charts.length);
    for (const chart of real.charts) {
      if (chart.kind !== 'bar') continue;
      const chartView = view.charts.get(chart.id)!;
      expect(chartView.caption).toBe(chart.caption);
      expect(chartView.sourceLine).toMatch(/^Source: .+\.( .+)?$/);
      expect(chartView.table.rows).toHaveLength(chart.items.length);
      expect(chartView.rows).toBe(chart.items.length);
      expect(chartView.config.data.datasets[0]!.data).toHaveLength(chart.items.length);
      expect(chartView.anchor).toBe(`chart-${chart.id}`);
    }
  });

  test("cites an undated source as undated and appends the chart's source note", () => {
    const cloud = real.charts.find((c) => c.sourceNote)!;
    const source = real.sources[0]!;
    expect(view.charts.get(cloud.id)!.sourceLine).toBe(`Source: ${source.title} (undated). ${cloud.sourceNote}`);
  });

  test('summarises each chart in one sentence naming every bar', () => {
    for (const chart of view.charts.values()) {
      expect(chart.summary.startsWith(`${chart.title}. `)).toBe(true);
      for (const row of chart.table.rows) expect(chart.summary).toContain(row.cells[0]);
    }
  });

  test('gives every claim its evidence', () => {
    expect(view.claims.map((c) => c.id)).toEqual(real.claims.map((c) => c.id));
    for (const claim of view.claims) expect(claim.evidence).toMatch(/ vs |^No numbers stated: /);
  });

  test('names the peers a figure leads once, saying they have no numbers', () => {
    const claim = real.claims.find((c): c is LeadsClaim => c.kind === 'leads')!;
    const leader = view.figures.get(claim.figure)!;
    const names = claim.over.map((id) => real.entities.find((e) => e.id === id)!.name);
    expect(view.claims.find((c) => c.id === claim.id)!.evidence).toBe(
      `${leader.label} ${leader.inline} vs ${names.slice(0, -1).join(', ')} and ${names.at(-1)} (no numbers stated)`,
    );
  });

  test('shows a ranking the source gives without numbers as stated, with no value', () => {
    const claim = real.claims.find((c): c is OutranksClaim => c.kind === 'outranks')!;
    const name = (id: string) => real.entities.find((e) => e.id === id)!.name;
    const others = claim.over.map(name);
    expect(view.claims.find((c) => c.id === claim.id)!.evidence).toBe(
      `No numbers stated: the source ranks ${name(claim.entity)} above ${others.slice(0, -1).join(', ')} and ${others.at(-1)}.`,
    );
  });

  test("marks a projected figure as projected in a claim's evidence", () => {
    const projected = real.figures.find((f) => f.basis === 'projected')!;
    const claims = view.claims.filter((c) => c.evidence.includes(projected.label));
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims)
      expect(claim.evidence).toContain(`${projected.label} ${formatValue(projected)} (projected)`);
  });

  test('names the basis in every figure citation, reported figures included', () => {
    for (const figure of view.figures.values()) expect(figure.citation).toContain(`(${figure.basisLabel}`);
  });

  test('keeps the sections in order with their levels', () => {
    expect(view.sections.map((s) => s.id)).toEqual(real.sections.map((s) => s.id));
    expect(view.sections.every((s) => s.level === 2)).toBe(true);
  });

  test('places every chart in exactly one section', () => {
    expect(view.sections.flatMap((s) => s.charts).sort()).toEqual(real.charts.map((c) => c.id).sort());
  });

  test('shows the source as undated', () => {
    expect(view.sources[0]).toMatchObject({ date: 'Undated', dateNote: expect.any(String) });
  });
});

describe('citeSource', () => {
  test('names the publisher and date when the source has them', () => {
    expect(citeSource({ id: 's', title: 'Trade report', publisher: 'Example Gazette', date: '2024-03-01' })).toBe(
      'Trade report, Example Gazette (2024-03-01)',
    );
  });

  test('leaves out a missing publisher and writes an undated source in lower case', () => {
    expect(citeSource({ id: 's', title: 'Trade report', date: 'Undated' })).toBe('Trade report (undated)');
  });
});
