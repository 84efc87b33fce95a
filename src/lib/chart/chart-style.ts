import type { PlotKind } from './plotted-figure.ts';

/** Colours a chart is drawn with; one set per colour scheme, chosen to pass WCAG contrast. */
export interface ChartTheme {
  /** Axis labels and value labels. */
  text: string;
  /** Secondary text drawn around a chart in a picture (subtitle, source, credit): the site's muted text. */
  muted: string;
  /** Grid lines. */
  grid: string;
  /** The highlighted bar. */
  highlight: string;
  /** Every other bar. */
  neutral: string;
  /**
   * The page colour the chart sits on (the site's --color-bg). Charts are drawn transparent in
   * the page; a static image has no page under it, so it is filled with this.
   */
  background: string;
  /**
   * One colour per series for charts of several series (Okabe–Ito hues, each at least 3:1 against
   * the background); markers, dashes and fills tell them apart as well.
   */
  series: readonly string[];
}

/** Okabe–Ito blue for the highlight (colour-blind safe), slate grey for the rest. */
export const lightChartTheme: ChartTheme = {
  text: '#1f2933',
  muted: '#4b5765',
  grid: '#d5dbe1',
  highlight: '#0063a6',
  neutral: '#6b7785',
  background: '#ffffff',
  series: ['#0063a6', '#b84a00', '#00785a', '#a3468a'],
};

export const darkChartTheme: ChartTheme = {
  text: '#e6eaee',
  muted: '#a9b4bf',
  grid: '#3a434d',
  highlight: '#56b4e9',
  neutral: '#9aa5b1',
  background: '#111519',
  series: ['#56b4e9', '#e69f00', '#3ec79c', '#e59ad0'],
};

/** Marker shapes, one per series, so lines are told apart without colour. */
export const seriesMarkers = ['circle', 'square', 'triangle', 'diamond'] as const;
export type SeriesMarker = (typeof seriesMarkers)[number];

/** Dash patterns, one per series: solid, dashed, dotted, dash-dot. */
const dashes: readonly number[][] = [[], [8, 4], [2, 4], [10, 4, 2, 4]];

/** How one series is drawn: colour, and the cues that do not rely on colour. */
export interface SeriesStyle {
  color: string;
  /** Bars: `solid` fills, `outline` draws a pale fill with a strong edge, `light` a paler one. */
  fill: 'solid' | 'outline' | 'light';
  dash: number[];
  marker: SeriesMarker;
}

/** The style of series `i` in a theme; the legend and the table name each series in words. */
export function seriesStyle(i: number, theme: ChartTheme): SeriesStyle {
  const n = i % seriesMarkers.length;
  return {
    color: theme.series[n]!,
    fill: (['solid', 'outline', 'light', 'solid'] as const)[n]!,
    dash: dashes[n]!,
    marker: seriesMarkers[n]!,
  };
}

/** A #rrggbb colour with an alpha channel. */
export function withAlpha(hex: string, alpha: number): string {
  return `${hex}${Math.round(alpha * 255)
    .toString(16)
    .padStart(2, '0')}`;
}

/** How strongly each series fill is drawn; a bound or a range takes the `outline` strength. */
export const fillAlpha: Record<SeriesStyle['fill'], number> = { solid: 1, light: 0.6, outline: 0.35 };

/**
 * A bar's fill and edge: its series' fill, except that a ceiling or a range is always pale with a
 * strong edge, so a bar the source does not pin down never looks like a measured one. A floor
 * ("more than 25%") is drawn as solid as its series: the bar up to it is certain, and the value
 * labels draw an open end past it.
 */
export function barPaint(
  color: string,
  fill: SeriesStyle['fill'],
  plotted: { kind: PlotKind; lower?: boolean },
): { background: string; border: number } {
  const style = plotted.kind === 'exact' || (plotted.kind === 'bound' && plotted.lower) ? fill : 'outline';
  return {
    background: style === 'solid' ? color : withAlpha(color, fillAlpha[style]),
    border: style === 'solid' ? 0 : 2,
  };
}
