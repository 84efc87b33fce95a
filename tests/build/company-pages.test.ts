import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { buildTempSite } from '../support/built-site.ts';
import { editOnce, readPublicationSource } from '../support/publication.ts';
import { tempDir } from '../support/temp-dir.ts';

let outDir: string;
const read = (path: string): HTMLElement => parse(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
const text = (el: HTMLElement | null | undefined) => el?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const hrefs = (els: HTMLElement[]) => els.map((a) => a.getAttribute('href'));

beforeAll(() => {
  outDir = buildTempSite({
    // A key figure of another company beside the subject's own.
    'widgets-spring.mdx': readPublicationSource('spring').replace(
      'keyFigures:\n  - example-growth-march\n',
      'keyFigures:\n  - example-growth-march\n  - sample-growth-march\n',
    ),
    'widgets-summer.mdx': readPublicationSource('summer'),
  });
});

describe('the built company pages', () => {
  test('exist for every company and index the briefings are about or cite, each linked from the company index', () => {
    const index = read('companies');
    expect(hrefs(index.querySelectorAll('.company h2 a'))).toEqual([
      '/companies/example-corp/',
      '/companies/sample-inc/',
      '/companies/widget-index/',
    ]);
    for (const entity of ['example-corp', 'sample-inc', 'widget-index'])
      expect(existsSync(join(outDir, 'companies', entity, 'index.html')), entity).toBe(true);
  });

  test("list the company's briefings newest first", () => {
    const page = read('companies/example-corp');
    expect(text(page.querySelector('h1'))).toBe('Example Corp');
    expect(hrefs(page.querySelectorAll('.briefing-list h3 a'))).toEqual([
      '/briefings/widgets-summer/',
      '/briefings/widgets-spring/',
    ]);
  });

  test('list every figure by period, each linking to a section that exists in its briefing', () => {
    const page = read('companies/example-corp');
    const rows = page.querySelectorAll('table.company-figures tbody tr');
    expect(
      rows.map((row) => [text(row.querySelector('th')), text(row.querySelector('td')), text(row.querySelector('a'))]),
    ).toEqual([
      ['The quarter to 31 March 2024 (Q4 of fiscal 2024)', '12%', "Example Corp's summer quarter, Results"],
      ['The quarter to 31 March 2024 (Q4 of fiscal 2024)', '12%', "Example Corp's spring quarter, Results"],
      [
        'The quarter to 30 June 2024 (Q1 of fiscal 2025)',
        '11% (was projected at 10%)',
        "Example Corp's summer quarter, Results",
      ],
      ['The quarter to 30 June 2024 (Q1 of fiscal 2025)', '10%', "Example Corp's spring quarter, Outlook"],
    ]);
    for (const href of hrefs(rows.map((row) => row.querySelector('a')!))) {
      const [path, fragment] = href!.split('#');
      expect(read(path!).getElementById(fragment!), href!).not.toBeNull();
    }
  });

  test('chart a metric over its periods with a caption, source line, data table and print image', () => {
    const chart = read('companies/example-corp').querySelector('figure.chart')!;
    expect(chart.getAttribute('id')).toBe('chart-metric-example-corp-sales-growth');
    expect(chart.querySelector('canvas')!.getAttribute('aria-label')).toBe(
      'Example Corp sales growth. Jan–Mar 2024: 12%. Apr–Jun 2024: 11%.',
    );
    expect(text(chart.querySelector('.chart-caption'))).not.toBe('');
    expect(text(chart.querySelector('.chart-source'))).toMatch(
      /^Source: Fictional report on widget makers' summer quarter/,
    );
    expect(chart.querySelectorAll('table tbody tr').map((row) => text(row.querySelector('td')))).toEqual([
      '12%',
      '11%',
    ]);
    const image = chart.querySelector('.chart-picture img')!.getAttribute('src')!;
    expect(readFileSync(join(outDir, image)).subarray(1, 4).toString()).toBe('PNG');
  });

  test('are linked from the briefing header, its key figures and its chart tables', () => {
    const page = read('briefings/widgets-spring');
    expect(hrefs(page.querySelectorAll('.briefing-header .eyebrow a'))).toEqual(['/companies/example-corp/']);
    // A key figure links another company's page; the subject's, which the header links, it names
    // without a link, and no label links to its own card.
    expect(hrefs(page.querySelectorAll('.key-figure-meta a'))).toEqual(['/companies/sample-inc/']);
    expect(text(page.querySelector('.key-figure-meta'))).toMatch(/^Example Corp · /);
    expect(page.querySelectorAll('.key-figure-label a')).toEqual([]);
    expect(hrefs(page.querySelectorAll('.chart .data-table tbody th a'))).toEqual([
      '/companies/example-corp/',
      '/companies/sample-inc/',
    ]);
  });
});

describe('a build whose briefings give one number two values', () => {
  test('fails naming both files, their lines and values', () => {
    const work = tempDir('company-disagree-');
    const briefings = join(work, 'briefings');
    mkdirSync(briefings);
    writeFileSync(join(briefings, 'widgets-spring.mdx'), readPublicationSource('spring'));
    writeFileSync(
      join(briefings, 'widgets-summer.mdx'),
      editOnce(
        editOnce(readPublicationSource('summer'), '    value: 12\n', '    value: 13\n'),
        'after 12%',
        'after 13%',
      ),
    );
    const result = buildSite(join(work, 'dist'), { briefingsDir: briefings });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(
      /widgets-summer\.mdx:40 figures\[1\]\.value: expected 12% as \S*widgets-spring\.mdx:28 figures\[0\]\.value gives Example Corp sales growth \(reported\) for the quarter to 31 March 2024 \(Q4 of fiscal 2024\), found 13%/,
    );
    expect(existsSync(join(work, 'dist'))).toBe(false);
  });
});
