import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  copyCode,
  copyFactor,
  generateBriefing,
  generateBriefings,
  realBriefings,
  type Template,
} from '../bench/generate-briefings.ts';
import { containsNumber } from '../../src/lib/validate/quotes.ts';
import { validateBriefingSource } from '../../src/lib/validate/validate-briefing-source.ts';
import { briefingFiles, readBriefingSource } from '../support/briefings.ts';

const work = mkdtempSync(join(tmpdir(), 'generate-briefings-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const minimal: Template = { slug: 'minimal', text: readBriefingSource('minimal') };
const real: Template = { slug: 'alibaba-ai-rally', text: readBriefingSource('rally') };
const parsed = (text: string) => validateBriefingSource(text).briefing!;

describe('generateBriefings', () => {
  test('writes the count asked for, round-robin from every template, each a valid briefing', () => {
    const files = generateBriefings(join(work, 'round-robin'), 5, [real, minimal]);
    expect(files.map((f) => basename(f))).toEqual([
      'generated-0001.mdx',
      'generated-0002.mdx',
      'generated-0003.mdx',
      'generated-0004.mdx',
      'generated-0005.mdx',
    ]);
    const briefings = files.map((f) => validateBriefingSource(readFileSync(f, 'utf8')));
    briefings.forEach((b) => expect(b.errors).toEqual([]));
    expect(briefings.map((b) => b.briefing!.subject.entity)).toEqual([
      'alibaba-aa',
      'example-corp-aa',
      'alibaba-ab',
      'example-corp-ab',
      'alibaba-ac',
    ]);
    expect(new Set(briefings.map((b) => b.briefing!.title)).size).toBe(5);
  });

  test('reads every briefing in content/briefings by default', () => {
    expect(realBriefings().map((t) => t.slug)).toContain(basename(briefingFiles.real, '.mdx'));
  });

  test('fails with the template’s errors when it cannot make a valid briefing', () => {
    const broken: Template = { slug: 'broken', text: '---\ntitle: Broken\n---\n' };
    expect(() => generateBriefings(join(work, 'broken'), 1, [broken])).toThrow(/^broken \(copy 0\):.*summary/);
  });
});

describe('generateBriefing', () => {
  const original = parsed(minimal.text);
  const copy = parsed(generateBriefing(minimal, 3, new Map()));

  test('renames every entity, and every reference to it, for the copy', () => {
    expect(copy.entities.map((e) => [e.id, e.name])).toEqual(
      original.entities.map((e) => [`${e.id}-ad`, `${e.name} Ad`]),
    );
    expect(copy.subject).toMatchObject({ company: 'Example Corp Ad', entity: 'example-corp-ad' });
    expect(copy.figures.map((f) => f.entity)).toEqual(original.figures.map((f) => `${f.entity}-ad`));
    expect(copy.title).toBe(original.title.replace('Example Corp', 'Example Corp Ad'));
  });

  test('scales every figure by the copy’s factor, keeping its decimals, and its quote with it', () => {
    original.figures.forEach((figure, i) => {
      const scaled = copy.figures[i]!;
      const decimals = (String(figure.value).split('.')[1] ?? '').length;
      expect(scaled.value).toBe(Number((figure.value * copyFactor(3)).toFixed(decimals)));
      expect(containsNumber(scaled.quote ?? '', scaled.value)).toBe(true);
    });
    expect(copy.figures.some((f, i) => f.value !== original.figures[i]!.value)).toBe(true);
  });

  test('points references to another template’s slug at that template’s briefing in the same copy', () => {
    const text = minimal.text.replace(/^disclaimer: .*$/m, 'disclaimer: minimal');
    const generated = generateBriefing({ ...minimal, text }, 0, new Map([['minimal', 'generated-0009']]));
    expect(parsed(generated).disclaimer).toBe('generated-0009');
  });

  test('renames names in the prose too, each once', () => {
    const generated = generateBriefing(real, 0, new Map());
    expect(generated).toContain("name: Alibaba's Qwen 2.5 Max,");
    expect(generated.slice(generated.indexOf('\n---\n'))).not.toMatch(/\bAlibaba(?! Aa)(?!'s Qwen)\b/);
  });
});

describe('copyCode and copyFactor', () => {
  test('give each copy its own letters and a factor between 0.8 and 1.2', () => {
    const codes = Array.from({ length: 1000 }, (_, i) => copyCode(i));
    expect(new Set(codes).size).toBe(1000);
    codes.forEach((code) => expect(code).toMatch(/^[A-Z][a-z]+$/));
    const factors = Array.from({ length: 41 }, (_, i) => copyFactor(i));
    expect(Math.min(...factors)).toBeCloseTo(0.8);
    expect(Math.max(...factors)).toBeCloseTo(1.2);
    expect(new Set(factors).size).toBe(41);
  });
});
