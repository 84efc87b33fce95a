import type { FitOptions } from '../../src/lib/chart/fit-common.ts';
import type { ValueLabelOptions } from '../../src/lib/chart/value-labels.ts';
import { chartFontFamily, measureText } from '../../src/lib/images/canvas.ts';

/** Fitting at a width, in the bundled font the pictures are drawn in; as tall as twelve rows unless told. */
export const fitAt = (width: number, narrow: boolean, height = 646): FitOptions => ({
  width,
  height,
  narrow,
  measure: measureText,
  family: chartFontFamily,
});

/** The parts of a fitted configuration's options the tests read. */
type FittedOptions = {
  layout: { padding: { right: number } };
  scales: Record<
    string,
    {
      min: number;
      max: number;
      beginAtZero: boolean;
      ticks: { display?: boolean; stepSize: number; callback: (v: number) => string; font?: { size: number } };
    }
  >;
  plugins: { valueLabels: ValueLabelOptions };
};

export const fittedOptions = (config: { options?: unknown }) => config.options as FittedOptions;
