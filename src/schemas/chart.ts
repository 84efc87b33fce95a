import { z } from 'zod';
import { idSchema, textSchema } from './common.ts';

/**
 * Chart kinds: `bar` compares entities (horizontal bars); `column` and `line` draw one metric over
 * time for one or more entities; `grouped-bar` sets two or more series side by side per category
 * (reported against estimate, this year against last).
 */
export const chartKinds = ['bar', 'column', 'line', 'grouped-bar'] as const;

/** Kinds that draw figures over time, one series per entity. */
export const timeChartKinds = ['column', 'line'] as const;

/** One bar: a figure, or an entity the source ranks without giving its number. */
export const chartItemSchema = z.union(
  [
    z.strictObject({
      /** A figure id. */
      figure: idSchema.meta({ description: 'A figure id.' }),
    }),
    z.strictObject({
      /** An entity id with no figure on the chart's metric; a claim must place it. */
      entity: idSchema.meta({
        description: "An entity id with no figure on the chart's metric; a claim must place it.",
      }),
    }),
  ],
  { error: 'Expected an item written as { figure: <figure id> } or { entity: <entity id> }' },
);

/** Fields every chart has. */
const chartBase = {
  /** Stable id; the chart's anchor and the reference in `<Chart id>`. */
  id: idSchema.meta({ description: "Stable id; the chart's anchor and the reference in <Chart id>." }),
  /** Heading shown above the chart. */
  title: textSchema.meta({ description: 'Heading shown above the chart.' }),
  /** What the chart shows, in a sentence; also the canvas's accessible description. */
  caption: textSchema.meta({
    description: "What the chart shows, in a sentence; also the canvas's accessible description.",
  }),
  /** Optional extra words for the source line, e.g. a note on projections. */
  sourceNote: textSchema
    .optional()
    .meta({ description: 'Optional extra words for the source line, e.g. a note on projections.' }),
};

/** One entity's figures over time, oldest first, one figure per period. */
export const timeSeriesSchema = z.strictObject({
  /** Figure ids on one entity and metric, in time order. */
  figures: z
    .array(idSchema)
    .min(1, 'Expected at least one figure')
    .max(12, 'Expected at most twelve figures, so the chart fits a phone screen')
    .meta({ description: 'Figure ids on one entity and metric, in time order.' }),
  /** The series' name in the legend and table; the entity's name when left out. */
  label: textSchema
    .optional()
    .meta({ description: "The series' name in the legend and table; the entity's name when left out." }),
});

/** One metric over time, as columns or a line, for one or more entities. */
export const timeChartSchema = z.strictObject({
  ...chartBase,
  /** `column` (vertical bars per period) or `line`. */
  kind: z.enum(timeChartKinds).meta({ description: 'column (vertical bars per period) or line.' }),
  /** One series per entity; lines are told apart by marker and dash as well as colour. */
  series: z
    .array(timeSeriesSchema)
    .min(1, 'Expected at least one series')
    .max(4, 'Expected at most four series, each with its own marker and dash')
    .meta({ description: 'One series per entity; lines are told apart by marker and dash as well as colour.' }),
  /** A figure id to emphasise, for a single series (its latest value, say). */
  highlight: idSchema
    .optional()
    .meta({ description: 'A figure id to emphasise, for a single series (its latest value, say).' }),
});

/** One category of a grouped bar chart: one figure per series, in the order of `series`. */
export const chartGroupSchema = z.strictObject({
  /** The category's name; the first figure's entity name when left out. */
  label: textSchema
    .optional()
    .meta({ description: "The category's name; the first figure's entity name when left out." }),
  /** Figure ids, one per series. */
  figures: z
    .array(idSchema)
    .min(2, 'Expected one figure per series, at least two')
    .meta({ description: 'Figure ids, one per series.' }),
});

/** Two or more series side by side per category: "reported" against "analysts' estimate". */
export const groupedBarChartSchema = z.strictObject({
  ...chartBase,
  /** Two or more series side by side per category. */
  kind: z.literal('grouped-bar').meta({ description: 'Two or more series side by side per category.' }),
  /** The series' names, in the order each group lists its figures. */
  series: z
    .array(textSchema)
    .min(2, 'Expected at least two series to set side by side')
    .max(3, 'Expected at most three series, each with its own fill')
    .meta({ description: "The series' names, in the order each group lists its figures." }),
  /** The categories, top to bottom. */
  groups: z
    .array(chartGroupSchema)
    .min(1, 'Expected at least one group')
    .max(6, 'Expected at most six groups')
    .meta({ description: 'The categories, top to bottom.' }),
});

/** A comparison chart, drawn from figures and shown with a caption, source line and data table. */
export const barChartSchema = z.strictObject({
  ...chartBase,
  /** Horizontal bars, one per entity. */
  kind: z.literal('bar').meta({ description: 'Horizontal bars, one per entity.' }),
  /** The bars, in the order drawn; all figures must share a unit. */
  items: z
    .array(chartItemSchema)
    .min(2, 'Expected at least two items to compare')
    // The page reserves each chart's height by its number of bars (styles: .chart-canvas[data-rows]).
    .max(8, 'Expected at most eight items, so the chart fits a phone screen')
    .meta({ description: 'The bars, in the order drawn; all figures must share a unit.' }),
  /** The figure (or entity) id to emphasise. */
  highlight: idSchema.meta({ description: 'The figure (or entity) id to emphasise.' }),
});

/** Any chart, by `kind`. */
export const chartSchema = z.discriminatedUnion('kind', [barChartSchema, timeChartSchema, groupedBarChartSchema]);

export type ChartInput = z.input<typeof chartSchema>;
export type Chart = z.output<typeof chartSchema>;
export type BarChart = z.output<typeof barChartSchema>;
export type TimeChart = z.output<typeof timeChartSchema>;
export type GroupedBarChart = z.output<typeof groupedBarChartSchema>;
export type ChartKind = (typeof chartKinds)[number];
export type ChartItem = z.output<typeof chartItemSchema>;
