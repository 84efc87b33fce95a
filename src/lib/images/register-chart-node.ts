import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';
import { Chart } from 'chart.js';
import { chartRegistrables } from '../chart/chart-registrables.ts';
import { lineRegistrables } from '../chart/series-line-controller.ts';

/**
 * The family the bundled font is registered under. It is one word, so CSS font strings need no
 * quotes, and no system font's name, so the images can never silently use whatever fonts the
 * building machine happens to have: they look the same on every machine.
 */
export const chartFontFamily = 'BriefingSans';

/** DejaVu Sans from the `dejavu-fonts-ttf` npm package (Bitstream Vera licence; DejaVu changes public domain). */
const fontFiles = ['dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'];

/** Registers the regular and bold faces once per process; a missing or unreadable file stops the build. */
function registerFont(): void {
  if (GlobalFonts.has(chartFontFamily)) return;
  const require = createRequire(import.meta.url);
  for (const file of fontFiles) {
    if (!GlobalFonts.registerFromPath(require.resolve(file), chartFontFamily)) {
      throw new Error(`Could not register the chart font ${file}`);
    }
  }
}

// The same pieces as the browser (`src/scripts/chart-registry.ts` and, for line charts,
// `line-registry.ts`), drawn in the bundled font.
registerFont();
Chart.register(...chartRegistrables, ...lineRegistrables);
Chart.defaults.font.family = chartFontFamily;

export { Chart };
