/** Colours a chart is drawn with; one set per colour scheme, chosen to pass WCAG contrast. */
export interface ChartTheme {
  /** Axis labels and value labels. */
  text: string;
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
  grid: '#d5dbe1',
  highlight: '#0063a6',
  neutral: '#6b7785',
  background: '#ffffff',
  series: ['#0063a6', '#b84a00', '#00785a', '#a3468a'],
};

export const darkChartTheme: ChartTheme = {
  text: '#e6eaee',
  grid: '#3a434d',
  highlight: '#56b4e9',
  neutral: '#9aa5b1',
  background: '#111519',
  series: ['#56b4e9', '#e69f00', '#3ec79c', '#e59ad0'],
};
