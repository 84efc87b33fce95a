import type { ChartConfiguration } from 'chart.js';
import type { BarChart, Chart, ChartKind } from '../../schemas/chart.ts';
import { type BriefingIndex, chartFigureIds } from '../model/briefing-index.ts';
import {
  barLabel,
  buildChartConfig,
  buildDataTable,
  type DataTable,
  chartRows,
  type ChartRow,
} from '../chart/bar-chart.ts';
import {
  darkChartTheme,
  lightChartTheme,
  type ChartTheme,
  seriesStyle,
  type SeriesStyle,
} from '../chart/chart-style.ts';
import { buildGroupedBarConfig, buildGroupedBarTable, groupedChartData } from '../chart/grouped-bar-chart.ts';
import { buildTimeChartTable, buildTimeChartConfig, timeChartData } from '../chart/time-chart.ts';
import { citationText, citeSource, viewSource } from './source-view.ts';
import { chartAnchor, embedPagePath } from '../model/page-addresses.ts';
import { chartEmbed, type ChartEmbed } from './chart-embed.ts';
import { narrowestChartWidth, narrowPictureWidth } from '../chart/fit-common.ts';
import { narrowRows } from '../chart/fit-bars.ts';

/** One entry of a chart's legend, drawn in HTML so it reads without JavaScript. */
export interface LegendEntry {
  label: string;
  /** Index into the series styles (colour, fill, dash, marker). */
  series: number;
  style: SeriesStyle;
}

export interface ChartView {
  id: string;
  kind: ChartKind;
  anchor: string;
  title: string;
  caption: string;
  sourceLine: string;
  /** One sentence naming every bar's value, for the canvas's accessible name. */
  summary: string;
  rows: number;
  /** Text for "Copy citation"; the page's URL is appended in the browser. */
  citation: string;
  /** The static image printed in place of the canvas, and the CSS size it is drawn for. */
  printImage: { path: string; width: number; height: number; scale: number };
  /**
   * The pictures that stand where the chart goes before (or without) scripts: wide and narrow,
   * light and dark, each the size of the chart's box there so nothing moves when it is drawn.
   */
  pictures: ChartPictures;
  /** The chart's own data as CSV: its table, each row credited with the chart's source line. */
  csvPath: string;
  /** The chart outside its page: embed page, oEmbed answer, credited downloads. */
  embed: ChartEmbed;
  /** Chart.js configurations for the light and dark colour schemes. */
  config: ChartConfiguration;
  darkConfig: ChartConfiguration;
  table: DataTable;
  /** The series a chart of several series sets side by side; empty for a chart of one series. */
  legend: LegendEntry[];
}

/** What differs between chart kinds: drawing, table, spoken summary, height. */
interface ChartParts {
  config: ChartConfiguration;
  darkConfig: ChartConfiguration;
  table: DataTable;
  /** Sentences naming every value. */
  sentences: string[];
  rows: number;
  legend: LegendEntry[];
}

const legendOf = (labels: string[], kind: 'lines' | 'bars'): LegendEntry[] =>
  labels.map((label, i) => ({
    label,
    series: i,
    style: { ...seriesStyle(i, lightChartTheme), ...(kind === 'bars' ? { dash: [] } : {}) },
  }));

function barParts(chart: BarChart, index: BriefingIndex): ChartParts {
  const data = chartRows(chart, index);
  return {
    ...inBothThemes((theme) => buildChartConfig(data, theme)),
    table: buildDataTable(data),
    sentences: data.rows.map(rowSentence),
    rows: chartHeightRows(data.rows.length),
    legend: [],
  };
}

/** A chart's configurations for the light and dark colour schemes. */
function inBothThemes(build: (theme: ChartTheme) => object): {
  config: ChartConfiguration;
  darkConfig: ChartConfiguration;
} {
  return {
    config: build(lightChartTheme) as ChartConfiguration,
    darkConfig: build(darkChartTheme) as ChartConfiguration,
  };
}

function kindParts(chart: Chart, index: BriefingIndex): ChartParts {
  if (chart.kind === 'bar') return barParts(chart, index);
  if (chart.kind === 'grouped-bar') {
    const data = groupedChartData(chart, index);
    return {
      ...inBothThemes((theme) => buildGroupedBarConfig(data, theme)),
      table: buildGroupedBarTable(data),
      sentences: data.groups.map(
        (g) => `${g.label}: ${g.points.map((p, i) => `${data.series[i]} ${p.label}`).join(', ')}`,
      ),
      // Two thirds of a row per bar: a group's bars sit closer together than single bars.
      rows: chartHeightRows(Math.max(2, Math.ceil((data.groups.length * data.series.length * 2) / 3))),
      legend: legendOf(data.series, 'bars'),
    };
  }
  const data = timeChartData(chart, index);
  return {
    ...inBothThemes((theme) => buildTimeChartConfig(data, theme)),
    table: buildTimeChartTable(data),
    sentences: data.series.map(
      (s) => `${s.label}: ${s.points.flatMap((p, i) => (p ? [`${data.categories[i]} ${p.label}`] : [])).join(', ')}`,
    ),
    rows: 6,
    legend:
      data.series.length > 1
        ? legendOf(
            data.series.map((s) => s.label),
            chart.kind === 'line' ? 'lines' : 'bars',
          )
        : [],
  };
}

/** What a chart figure shows on any page: drawing, words, print image and data table. */
export type ShownChart = Pick<
  ChartView,
  | 'kind'
  | 'anchor'
  | 'title'
  | 'caption'
  | 'sourceLine'
  | 'summary'
  | 'rows'
  | 'printImage'
  | 'pictures'
  | 'config'
  | 'darkConfig'
  | 'table'
  | 'legend'
>;

/**
 * How many rows of height a chart's box takes (the page's CSS sets a height for each, as the print
 * picture does): one a bar, at most twelve.
 */
export const chartHeightRows = (bars: number) => Math.min(12, Math.max(1, bars));

/** Print images are drawn at the width of an A4 or Letter text column, twice over for sharpness. */
export function printImageSize(rows: number) {
  return { width: 640, height: 70 + 48 * rows, scale: 2 };
}

/** One no-script picture of a chart: where it is, its CSS size and how it is drawn. */
export interface ChartPicture {
  path: string;
  width: number;
  height: number;
  scale: number;
  narrow: boolean;
  dark: boolean;
}

/** A chart's four pictures, and the rows of height its box takes on narrow screens. */
export interface ChartPictures {
  wide: { light: ChartPicture; dark: ChartPicture };
  narrow: { light: ChartPicture; dark: ChartPicture };
  narrowRows: number;
}

/** The four pictures' file-name endings after the chart's id. */
export const pictureVariants = [
  { suffix: '', narrow: false, dark: false },
  { suffix: '-dark', narrow: false, dark: true },
  { suffix: '-narrow', narrow: true, dark: false },
  { suffix: '-narrow-dark', narrow: true, dark: true },
] as const;

/**
 * Text widths as the bundled font prints them, roughly (DejaVu Sans averages six tenths of an em):
 * enough to size a box, which the chart then fits itself to exactly.
 */
const estimatedWidth = (text: string, font: string) => text.length * (font.startsWith('600') ? 8.4 : 7.8);

/**
 * The pictures of a chart whose files start at `base` ("/briefings/x/charts/growth"): the wide
 * light one is the print picture; the narrow ones are drawn at a phone's chart width, as tall as
 * the box the page gives the chart there.
 */
export function chartPictures(base: string, config: ChartConfiguration, rows: number): ChartPictures {
  const narrowHeight = narrowRows(config, rows, { width: narrowestChartWidth, measure: estimatedWidth, family: '' });
  // The wide pictures are twice their size (the light one is also the print picture): they come
  // from the drawing of the credited downloads, which are twice size (so a new caption or credit
  // redraws them too). The narrow ones stand in only until the chart script draws (or where it
  // never runs): drawn a little less dense.
  const picture = ({ suffix, narrow, dark }: (typeof pictureVariants)[number]): ChartPicture => ({
    path: `${base}${suffix}.png`,
    ...(narrow ? { width: narrowPictureWidth, height: 70 + 48 * narrowHeight, scale: 1.5 } : printImageSize(rows)),
    narrow,
    dark,
  });
  const [wide, wideDark, narrow, narrowDark] = pictureVariants.map(picture);
  return {
    wide: { light: wide!, dark: wideDark! },
    narrow: { light: narrow!, dark: narrowDark! },
    narrowRows: narrowHeight,
  };
}

function rowSentence(row: ChartRow): string {
  return row.kind === 'unstated' ? `${row.label}: not stated, ${row.notes[0]}` : `${row.label}: ${barLabel(row)}`;
}

/** Everything the page, the print image and the share image need to show one chart. */
export function buildChartView(
  chart: Chart,
  index: BriefingIndex,
  briefing: { pageUrl: string; title: string; asOf: string },
): ChartView {
  const parts = kindParts(chart, index);
  const base = `${briefing.pageUrl}charts/${chart.id}`;
  const pictures = chartPictures(base, parts.config, parts.rows);
  const sourceIds = new Set(chartFigureIds(chart).map((id) => index.figures.get(id)!.source));
  const sources = [...sourceIds].map((id) => citeSource(viewSource(index.sources.get(id)!)));
  return {
    id: chart.id,
    kind: chart.kind,
    anchor: chartAnchor(chart.id),
    title: chart.title,
    caption: chart.caption,
    sourceLine: `Source: ${sources.join('; ')}.${chart.sourceNote ? ` ${chart.sourceNote}` : ''}`,
    summary: `${chart.title}. ${parts.sentences.join('. ')}.`,
    rows: parts.rows,
    printImage: pictures.wide.light,
    pictures,
    csvPath: `${base}.csv`,
    embed: chartEmbed({
      base,
      page: embedPagePath(briefing.pageUrl, chart.id),
      source: `${briefing.pageUrl}#${chartAnchor(chart.id)}`,
      title: chart.title,
      pictures,
    }),
    citation: citationText({
      subject: chart.title,
      source: sources.join('; '),
      briefingTitle: briefing.title,
      asOf: briefing.asOf,
    }),
    config: parts.config,
    darkConfig: parts.darkConfig,
    table: parts.table,
    legend: parts.legend,
  };
}
