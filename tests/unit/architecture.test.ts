import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const lib = resolve(import.meta.dirname, '../../src/lib');

/** The folders of `src/lib/` in the order data flows: each may import only from those before it. */
const layers = ['errors', 'model', 'validate', 'chart', 'view', 'downloads', 'images', 'collection'];

/** Folders whose code may touch the file system or the environment. */
const impure = new Set(['images', 'collection']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|mjs)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);
}

/** The `src/lib/` folder a path lies in, or undefined outside it. */
function layerOf(path: string): string | undefined {
  const rel = relative(lib, path);
  return rel.startsWith('..') ? undefined : rel.split('/')[0];
}

/**
 * Modules tested through another: the worker entry through `draw-in-worker`, and the Chart.js
 * pieces (registration, value labels, the series controller, the canvas) by drawing real charts
 * in `images/draw-image.test.ts`, `images/render-series-charts.test.ts` and the browser tests.
 */
const testedThroughOthers = new Set([
  'images/draw-worker.ts',
  'images/canvas.ts',
  'chart/chart-registrables.ts',
  'chart/value-labels.ts',
  'chart/series-line-controller.ts',
]);

describe('src/lib', () => {
  test('has a test file for each module, under the same folder and name', () => {
    const untested = sourceFiles(lib)
      .map((file) => relative(lib, file))
      .filter((rel) => !testedThroughOthers.has(rel))
      .filter((rel) => !existsSync(resolve(lib, '../../tests/unit', rel.replace(/\.ts$/, '.test.ts'))));
    expect(untested).toEqual([]);
  });

  test('holds no file outside a concern folder', () => {
    const loose = readdirSync(lib).filter((name) => statSync(join(lib, name)).isFile());
    expect(loose).toEqual([]);
  });

  test('has exactly the documented concern folders', () => {
    const folders = readdirSync(lib).filter((name) => statSync(join(lib, name)).isDirectory());
    expect(folders.sort()).toEqual([...layers].sort());
  });

  test('never imports from a folder later in the data flow', () => {
    const upward: string[] = [];
    for (const file of sourceFiles(lib)) {
      const from = layerOf(file)!;
      for (const spec of importsOf(file).filter((s) => s.startsWith('.'))) {
        const target = resolve(dirname(file), spec);
        const to = layerOf(target);
        if (to === undefined) {
          if (!relative(resolve(lib, '..'), target).startsWith('schemas/'))
            upward.push(`${relative(lib, file)} → ${spec}`);
        } else if (layers.indexOf(to) > layers.indexOf(from)) {
          upward.push(`${relative(lib, file)} → ${spec}`);
        }
      }
    }
    expect(upward).toEqual([]);
  });

  test('touches the file system and the environment only in its impure folders', () => {
    const offenders = sourceFiles(lib)
      .filter((file) => !impure.has(layerOf(file)!))
      .filter(
        (file) =>
          importsOf(file).some((spec) => /^(node:)?(fs|fs\/promises|child_process|worker_threads)$/.test(spec)) ||
          /\bprocess\.(env|cwd)\b/.test(readFileSync(file, 'utf8')),
      )
      .map((file) => relative(lib, file));
    expect(offenders).toEqual([]);
  });

  test("ships none of the number model to the reader's browser", () => {
    // Value imports reachable from the browser scripts; `import type` leaves nothing in a bundle.
    const scripts = resolve(lib, '../scripts');
    const reached = new Set<string>();
    const follow = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      const text = readFileSync(file, 'utf8');
      for (const [, spec] of text.matchAll(/^import (?!type )[^;]*?from '(\.[^']+)'/gms))
        follow(resolve(dirname(file), spec!));
      for (const [, spec] of text.matchAll(/import\('(\.[^']+)'\)/g)) follow(resolve(dirname(file), spec!));
    };
    readdirSync(scripts).forEach((name) => follow(join(scripts, name)));
    const shipped = [...reached].map((file) => relative(lib, file)).filter((rel) => !rel.startsWith('..'));
    expect(shipped.length).toBeGreaterThan(0);
    expect(shipped.filter((rel) => !rel.startsWith('chart/'))).toEqual([]);
  });
});
