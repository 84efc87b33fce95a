// Benchmarks and budgets: `npm run bench [-- --briefings N] [-- --skip-lighthouse]`.
// Prints figures, and exits non-zero when a budget is missed; it is not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../support/build-site.ts';
import { serveStatic } from '../support/static-server.ts';
import { generateBriefings, generatePlainPages } from './generate-briefings.ts';
import { runLighthouse } from './lighthouse.ts';
import { pageWeight } from './page-weights.ts';

const { values } = parseArgs({
  options: { briefings: { type: 'string', default: '1000' }, 'skip-lighthouse': { type: 'boolean', default: false } },
});
const count = Number(values.briefings);
// Pages without charts ship only the search opener (the search itself loads when opened); pages with
// bar charts at most 45 KB gzip, pages with line charts at most 55 KB: line pieces load only there.
const budget = {
  jsGzip: 45 * 1024,
  jsGzipLine: 55 * 1024,
  searchOpenerGzip: 1.5 * 1024,
  buildRatio: 1.5,
  lighthouse: 100,
  cls: 0,
};
const missed: string[] = [];
const work = mkdtempSync(join(tmpdir(), 'briefing-bench-'));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Runs a Node script to completion and returns its wall-clock time in seconds. */
function timed(label: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, {
    cwd: options.cwd ?? projectRoot,
    env: { ...env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0)
    throw new Error(`${label} failed:\n${result.stdout.slice(-4000)}${result.stderr.slice(-4000)}`);
  console.log(`  ${label.padEnd(58)} ${seconds.toFixed(2).padStart(8)} s`);
  return seconds;
}

const htmlPages = (dir: string) =>
  readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;

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
  console.log('\nPage weight (the real briefing)');
  const sampleOut = join(work, 'sample-dist');
  const sampleBuild = timed('npm run build, sample', ['src/cli/build.ts', '--outDir', sampleOut]);
  // Every page of the sample site: the home page, each briefing and each of its share pages.
  const briefingPages = readdirSync(join(sampleOut, 'briefings'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((b) => [
      `briefings/${b.name}/`,
      ...readdirSync(join(sampleOut, 'briefings', b.name), { withFileTypes: true })
        .filter((e) => e.isDirectory() && e.name !== 'charts')
        .map((e) => `briefings/${b.name}/${e.name}/`),
    ]);
  const weights = ['', ...briefingPages, '404.html'].map((path) => ({ path, w: pageWeight(sampleOut, path) }));
  /** A page's JavaScript budget by the chart kinds it draws: line pieces load only where a line is drawn. */
  const jsBudget = (kinds: string[]) =>
    kinds.includes('line') ? budget.jsGzipLine : kinds.length ? budget.jsGzip : budget.searchOpenerGzip;
  const pageClass = (kinds: string[]) =>
    kinds.includes('line') ? 'with line charts' : kinds.length ? 'bars only' : 'no charts';
  const heaviest = (cls: string) =>
    weights.filter((p) => pageClass(p.w.chartKinds) === cls).sort((a, b) => b.w.jsGzip - a.w.jsGzip)[0];
  const types: [string, string][] = [
    ['home', ''],
    ...['bars only', 'with line charts', 'no charts'].flatMap((cls): [string, string][] => {
      const page = heaviest(cls);
      return page ? [[`heaviest, ${cls}`, page.path]] : [];
    }),
    ['404', '404.html'],
  ];
  console.log(
    `  ${'page'.padEnd(28)}${['HTML', 'JS raw', 'JS gzip', 'budget', 'CSS', 'images', 'print img'].map((h) => h.padStart(11)).join('')}  kinds`,
  );
  for (const [name, path] of types) {
    const w = pageWeight(sampleOut, path);
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

  console.log('\nnpm run check');
  timed('sample (1 briefing)', ['src/cli/check.ts']);
  const dir200 = join(work, 'check-200');
  generateBriefings(dir200, 200);
  timed('200 generated briefings', ['src/cli/check.ts', dir200]);
  const dirN = join(work, `briefings-${count}`);
  generateBriefings(dirN, count);
  timed(`${count} generated briefings`, ['src/cli/check.ts', dirN]);

  console.log(`\nnpm run build (sample: ${sampleBuild.toFixed(2)} s)`);
  const outN = join(work, `dist-${count}`);
  // An image cache of the benchmark's own: it starts empty, and the project's own cache is left alone.
  const generatedEnv = { BRIEFINGS_DIR: dirN, BRIEFING_IMAGE_CACHE: join(work, 'image-cache') };
  const cold = timed(`${count} generated briefings, cold image cache`, ['src/cli/build.ts', '--outDir', outN], {
    env: generatedEnv,
  });
  const warm = timed(`${count} generated briefings, warm image cache`, ['src/cli/build.ts', '--outDir', outN], {
    env: generatedEnv,
  });
  const pages = htmlPages(outN);
  const bareRoot = bareAstroProject(pages);
  const bare = timed(
    `bare Astro 7 build of ${pages} plain MDX pages`,
    [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'],
    { cwd: bareRoot },
  );
  console.log(
    `  ratio to bare build: cold ${(cold / bare).toFixed(2)}x, warm ${(warm / bare).toFixed(2)}x (budget ${budget.buildRatio}x)`,
  );
  if (warm / bare > budget.buildRatio)
    missed.push(`warm build ${(warm / bare).toFixed(2)}x the bare build > ${budget.buildRatio}x`);

  if (!values['skip-lighthouse']) {
    console.log('\nLighthouse (mobile preset)');
    const server = await serveStatic(sampleOut);
    try {
      // The home page and the heaviest page of each kind that draws charts.
      for (const [name, path] of types.filter(
        ([n]) => n === 'home' || (n.startsWith('heaviest') && !n.endsWith('no charts')),
      )) {
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
