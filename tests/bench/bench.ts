// Benchmarks and budgets: `npm run bench [-- --briefings N] [-- --skip-lighthouse]`.
// Prints figures, and exits non-zero when a budget is missed; it is not part of `npm test`.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { buildArgs, projectRoot } from '../support/build-site.ts';
import { serveStatic } from '../support/static-server.ts';
import { generateBriefings, generatePlainPages } from './generate-briefings.ts';
import { runLighthouse } from './lighthouse.ts';
import { pageWeight } from './page-weights.ts';

const { values } = parseArgs({
  options: { briefings: { type: 'string', default: '1000' }, 'skip-lighthouse': { type: 'boolean', default: false } },
});
const count = Number(values.briefings);
// Pages without charts ship only the search opener (the search itself loads when opened).
const budget = {
  jsGzip: 45 * 1024,
  jsGzipLine: 55 * 1024,
  searchOpenerGzip: 1.5 * 1024,
  coldRatio: 2.5,
  warmRatio: 1.5,
  checkSeconds: 10,
  lighthouse: 100,
  cls: 0,
};
const missed: string[] = [];
const work = mkdtempSync(join(tmpdir(), 'briefing-bench-'));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * CPU seconds used by this process's finished children, every thread counted (Linux only, else
 * undefined): beside the wall-clock time it shows how much work a build is, which other load on
 * the machine leaves unchanged, and how well it spreads over the cores.
 */
function childrenCpuSeconds(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) / clockTicks;
  } catch {
    return undefined;
  }
}
const clockTicks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/** Runs a Node script to completion, prints its wall-clock and CPU time, and returns the wall-clock seconds and what it printed. */
function timed(
  label: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): { seconds: number; output: string } {
  const started = performance.now();
  const cpuBefore = childrenCpuSeconds();
  const result = spawnSync(process.execPath, args, {
    cwd: options.cwd ?? projectRoot,
    env: { ...env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = childrenCpuSeconds();
  if (result.status !== 0)
    throw new Error(`${label} failed:\n${result.stdout.slice(-4000)}${result.stderr.slice(-4000)}`);
  const cpu = cpuBefore === undefined || cpuAfter === undefined ? '' : ` (CPU ${(cpuAfter - cpuBefore).toFixed(1)} s)`;
  console.log(`  ${label.padEnd(58)} ${seconds.toFixed(2).padStart(8)} s${cpu}`);
  return { seconds, output: result.stdout + result.stderr };
}

/**
 * A build's warnings (unclear content, charts that do not read well at some size) count as a missed
 * budget: the generated briefings vary the real ones' names and lengths, and must build as cleanly.
 */
function noWarnings(label: string, output: string): void {
  const lines = output.split('\n');
  const start = lines.indexOf('Warnings:');
  if (start === -1) return;
  const end = lines.findIndex((line, i) => i > start && !line.startsWith('  '));
  const warnings = lines.slice(start + 1, end === -1 ? undefined : end);
  missed.push(
    `${label} warned ${warnings.length} times, first:${warnings
      .slice(0, 3)
      .map((w) => `\n      ${w.trim()}`)
      .join('')}`,
  );
}

const filesIn = (dir: string) => readdirSync(dir, { recursive: true }).map(String);
const htmlPages = (dir: string) => filesIn(dir).filter((f) => f.endsWith('.html')).length;
const pngImages = (dir: string) => filesIn(dir).filter((f) => f.endsWith('.png')).length;

/** Company pages (index and one company) and feeds (XML other than sitemaps), when the site has them. */
function publicationSizes(outDir: string): void {
  const companies = join(outDir, 'companies');
  if (existsSync(join(companies, 'index.html'))) {
    const first = readdirSync(companies, { withFileTypes: true }).find(
      (e) => e.isDirectory() && existsSync(join(companies, e.name, 'index.html')),
    );
    const pages: [string, string][] = [['company index', 'companies/']];
    if (first) pages.push([`company page (${first.name})`, `companies/${first.name}/`]);
    else console.log('  (no company page in this build: no companies/<entity>/index.html)');
    for (const [name, path] of pages) {
      const w = pageWeight(outDir, path);
      console.log(
        `  ${name.padEnd(24)}${[w.html, w.jsRaw, w.jsGzip, w.css, w.images, w.printImages].map((n) => kb(n).padStart(11)).join('')}`,
      );
    }
  } else {
    console.log('  (no company pages in this build: companies/index.html is absent)');
  }
  const feeds = filesIn(outDir).filter((f) => f.endsWith('.xml') && !basename(f).startsWith('sitemap'));
  if (feeds.length === 0) console.log('  (no feeds in this build: no XML files other than sitemaps)');
  for (const feed of feeds.sort()) {
    const bytes = readFileSync(join(outDir, feed));
    console.log(
      `  feed /${feed.padEnd(41)}${kb(bytes.length).padStart(11)} raw ${kb(gzipSync(bytes).length).padStart(9)} gzip`,
    );
  }
}

/** A bare Astro 7 project (MDX integration, no schema, no charts) with `pages` plain MDX pages. */
function bareAstroProject(pages: number): string {
  const root = join(work, 'bare');
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(
    join(root, 'astro.config.mjs'),
    "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n",
  );
  generatePlainPages(join(root, 'src/pages'), pages);
  return root;
}

try {
  console.log('\nPage weight (the real briefings)');
  const sampleOut = join(work, 'sample-dist');
  const sampleBuild = timed('npm run build, sample', buildArgs(sampleOut));
  noWarnings('the build of the real briefings', sampleBuild.output);
  // Every page of the sample site: the home page, each briefing and each of its share pages.
  const briefingPages = readdirSync(join(sampleOut, 'briefings'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((b) => [
      `briefings/${b.name}/`,
      ...readdirSync(join(sampleOut, 'briefings', b.name), { withFileTypes: true })
        .filter((e) => e.isDirectory() && e.name !== 'charts')
        .map((e) => `briefings/${b.name}/${e.name}/`),
    ]);
  // Every chart's embed page, which other sites frame: held to the same budgets by the kinds it draws.
  const embedRoot = join(sampleOut, 'embed');
  const embedPages = existsSync(embedRoot)
    ? readdirSync(embedRoot, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && e.name === 'index.html')
        .map((e) => `${relative(sampleOut, e.parentPath)}/`)
    : [];
  // The company index and each company's page (whose charts over time are columns or lines).
  const companyPages = existsSync(join(sampleOut, 'companies'))
    ? [
        'companies/',
        ...readdirSync(join(sampleOut, 'companies'), { withFileTypes: true })
          .filter((e) => e.isDirectory() && existsSync(join(sampleOut, 'companies', e.name, 'index.html')))
          .map((e) => `companies/${e.name}/`),
      ]
    : [];
  const weights = ['', ...briefingPages, ...companyPages, ...embedPages, '404.html'].map((path) => ({
    path,
    w: pageWeight(sampleOut, path),
  }));
  /** A page's JavaScript budget by the chart kinds it draws: line pieces load only where a line is drawn. */
  const jsBudget = (kinds: string[]) =>
    kinds.includes('line') ? budget.jsGzipLine : kinds.length ? budget.jsGzip : budget.searchOpenerGzip;
  const pageClass = (kinds: string[]) =>
    kinds.includes('line') ? 'with line charts' : kinds.length ? 'bars only' : 'no charts';
  /** The page of a kind that ships the most JavaScript, among `paths`. */
  const heaviestOf = (paths: string[], cls?: string) =>
    weights
      .filter((p) => paths.includes(p.path) && (cls === undefined || pageClass(p.w.chartKinds) === cls))
      .sort((a, b) => b.w.jsGzip - a.w.jsGzip)[0]?.path;
  const briefingsOnly = briefingPages.filter((p) => p.split('/').length === 3);
  const sharePages = briefingPages.filter((p) => p.split('/').length === 4);
  // Every kind of page the site publishes, each by its heaviest (in JavaScript) example.
  const types = (
    [
      ['home', ''],
      ['briefing, bars only', heaviestOf(briefingsOnly, 'bars only')],
      ['briefing, with line charts', heaviestOf(briefingsOnly, 'with line charts')],
      ['section share page', heaviestOf(sharePages)],
      ['company index', companyPages.length ? 'companies/' : undefined],
      ['company page', heaviestOf(companyPages.slice(1))],
      ['embed page', heaviestOf(embedPages)],
      ['404', '404.html'],
    ] as [string, string | undefined][]
  ).filter((t): t is [string, string] => t[1] !== undefined);
  console.log(
    `  ${'page'.padEnd(28)}${['HTML', 'JS raw', 'JS gzip', 'budget', 'CSS', 'images', 'print img'].map((h) => h.padStart(11)).join('')}  kinds`,
  );
  for (const [name, path] of types) {
    const { w } = weights.find((p) => p.path === path)!;
    console.log(
      `  ${name.padEnd(28)}${[w.html, w.jsRaw, w.jsGzip, jsBudget(w.chartKinds), w.css, w.images, w.printImages].map((n) => kb(n).padStart(11)).join('')}  ${w.chartKinds.join(', ') || '-'}`,
    );
  }
  for (const { path, w } of weights) {
    const limit = jsBudget(w.chartKinds);
    if (w.jsGzip > limit)
      missed.push(
        w.chartKinds.length
          ? `${path} (${pageClass(w.chartKinds)}) JS ${kb(w.jsGzip)} gzip > ${kb(limit)}`
          : `${path || 'home'} ships ${kb(w.jsGzip)} gzip of JavaScript; pages without charts ship only the search opener (${kb(limit)})`,
      );
  }
  publicationSizes(sampleOut);

  console.log('\nnpm run check');
  timed('the real briefings', ['src/cli/check.ts']);
  const dirN = join(work, `briefings-${count}`);
  const generated = generateBriefings(dirN, count);
  if (count > 200) {
    const dir200 = join(work, 'check-200');
    mkdirSync(dir200);
    for (const file of generated.slice(0, 200)) copyFileSync(file, join(dir200, basename(file)));
    timed('200 generated briefings', ['src/cli/check.ts', dir200]);
  }
  const check = timed(`${count} generated briefings`, ['src/cli/check.ts', dirN]).seconds;
  if (check > budget.checkSeconds)
    missed.push(`npm run check of ${count} briefings took ${check.toFixed(2)} s > ${budget.checkSeconds} s`);

  console.log(`\nnpm run build (sample: ${sampleBuild.seconds.toFixed(2)} s)`);
  const outN = join(work, `dist-${count}`);
  // An image cache of the benchmark's own: it starts empty, and the project's own cache is left alone.
  const generatedEnv = { BRIEFINGS_DIR: dirN, BRIEFING_IMAGE_CACHE: join(work, 'image-cache') };
  const coldBuild = timed(`${count} generated briefings, cold image cache`, buildArgs(outN), {
    env: generatedEnv,
  });
  noWarnings(`the build of ${count} generated briefings`, coldBuild.output);
  const cold = coldBuild.seconds;
  const warm = timed(`${count} generated briefings, warm image cache`, buildArgs(outN), {
    env: generatedEnv,
  }).seconds;
  const pages = htmlPages(outN);
  const bareRoot = bareAstroProject(pages);
  const bare = timed(
    `bare Astro 7 build of ${pages} plain MDX pages`,
    [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'],
    { cwd: bareRoot },
  ).seconds;
  // A drawing is kept in one file: a picture's .png, or a download with its chart's wide picture, .pngs.
  const drawn = readdirSync(generatedEnv.BRIEFING_IMAGE_CACHE).filter((f) => /\.pngs?$/.test(f)).length;
  console.log(
    `  ${pages} pages and ${pngImages(outN)} images (${drawn} distinct drawings, each drawn once; a download and its chart's wide picture are one)`,
  );
  console.log(
    `  ratio to bare build: cold ${(cold / bare).toFixed(2)}x (budget ${budget.coldRatio}x), warm ${(warm / bare).toFixed(2)}x (budget ${budget.warmRatio}x)`,
  );
  if (cold / bare > budget.coldRatio)
    missed.push(`cold build ${(cold / bare).toFixed(2)}x the bare build > ${budget.coldRatio}x`);
  if (warm / bare > budget.warmRatio)
    missed.push(`warm build ${(warm / bare).toFixed(2)}x the bare build > ${budget.warmRatio}x`);

  if (!values['skip-lighthouse']) {
    console.log('\nLighthouse (mobile preset)');
    const server = await serveStatic(sampleOut);
    try {
      // Every kind of page, by its heaviest example.
      for (const [name, path] of types) {
        const r = await runLighthouse(`${server.url}/${path}`);
        const scores = Object.entries(r.scores)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ');
        console.log(
          `  ${name.padEnd(28)} ${scores}; LCP ${Math.round(r.lcpMs)} ms, CLS ${r.cls.toFixed(3)}, TBT ${Math.round(r.tbtMs)} ms`,
        );
        for (const [k, v] of Object.entries(r.scores))
          if (v < budget.lighthouse) missed.push(`${name} Lighthouse ${k} ${v} < ${budget.lighthouse}`);
        if (r.cls > budget.cls) missed.push(`${name} CLS ${r.cls} > ${budget.cls}`);
      }
    } finally {
      await server.close();
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(missed.length ? `\nBudgets missed:\n${missed.map((m) => `  - ${m}`).join('\n')}` : '\nAll budgets met.');
process.exitCode = missed.length ? 1 : 0;
