import { describe, expect, test } from 'vitest';
import config, { quietAstroDirective } from '../../astro.config.mjs';

const directiveWarning = (directive: string) => ({
  code: 'MODULE_LEVEL_DIRECTIVE',
  message: `The semantics of the module level directive "${directive}" in "content/briefings/a.mdx?astroPropagatedAssets" may not be preserved when bundling.`,
});

describe('quietAstroDirective', () => {
  const passed = (warning: { code?: string; message: string }) => {
    const shown: unknown[] = [];
    quietAstroDirective(warning, (w) => shown.push(w));
    return shown;
  };

  test("drops the bundler's warning about Astro's own head-inject directive", () => {
    expect(passed(directiveWarning('use astro:head-inject'))).toEqual([]);
  });

  test('passes on every other warning, other directives included', () => {
    const others = [
      directiveWarning('use client'),
      { code: 'UNRESOLVED_IMPORT', message: '"x" is imported by "src/a.ts", but could not be resolved' },
      { message: 'use astro:head-inject, in a warning with no code' },
    ];
    for (const warning of others) expect(passed(warning)).toEqual([warning]);
  });

  test('is the build’s handler of bundler warnings', () => {
    expect(config.vite?.build?.rolldownOptions?.onwarn).toBe(quietAstroDirective);
  });
});
