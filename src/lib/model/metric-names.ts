import type { Basis } from '../../schemas/figure.ts';
import { capitalise } from '../errors/wording.ts';

/** What naming a metric needs of each of its figures. */
export interface NamedFigure {
  label: string;
  metric: string;
  basis: Basis;
  metricName?: string;
}

/**
 * Words a name does not end on: a label ending on one runs on into its value ("Bullish options
 * volume at its highest in" four months, "Tsai and Wu at the helm since" a year).
 */
const runOnWords = new Set(
  'a about above against an and as at below between by during for from in into of on or over since than the to under until with'.split(
    ' ',
  ),
);

/**
 * The period a label may end on, which a heading over every period must not carry: "One-off costs
 * in the quarter", "Net income a year earlier", "Revenue for the year".
 */
const periodEnding =
  /\s+(?:(?:in|for|over|during|of|on) (?:the|this|that|its|last|each) (?:fiscal |calendar )?(?:quarter|year|half|month|period|week)(?: before| earlier)?|(?:a|one|the) (?:year|quarter|month) (?:earlier|before|ago))$/i;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when a label reads as a name: it does not run on into a value it leaves out. */
export function readsAsName(label: string): boolean {
  const last = label.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return last !== '' && !runOnWords.has(last);
}

/**
 * A label as a heading on the page of `names` (the company's name and other names): without that
 * name at its start ("Alibaba share gain" → "Share gain", "Alibaba's forward P/E" → "Forward P/E"),
 * without the period it ends on, and for an estimate or projection without what follows its first
 * comma ("Revenue, consensus estimate" → "Revenue"): the table beside it gives period and basis.
 */
export function headingOf(label: string, basis: Basis, names: readonly string[]): string {
  let text = label.trim();
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const own = new RegExp(`^${escape(name)}(?:['’]s)?\\s+`, 'i');
    if (own.test(text)) {
      text = text.replace(own, '');
      break;
    }
  }
  if (basis !== 'reported') text = text.split(',')[0]!;
  return capitalise(text.replace(periodEnding, '').trim());
}

/** A metric id in words: "bullish-options-volume-high" → "Bullish options volume high". */
export const metricIdInWords = (metric: string) => capitalise(metric.replace(/-/g, ' '));

/** The most frequent of some texts, the latest (last) of those tied. */
function commonest(texts: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  let best: string | undefined;
  for (const text of texts) if (best === undefined || counts.get(text)! >= counts.get(best)!) best = text;
  return best;
}

/**
 * The name of one metric of one entity over its figures, given oldest period first, as a company
 * page heads it and its chart is titled: the `metricName` a figure gives (the latest); else the
 * heading most of its reported figures' labels make (any figure's, when none is reported), if it
 * reads as a name; else the metric's id in words, if that does; else that heading without the
 * words it runs on with. Never a fragment of one figure's sentence, nor the company's own name.
 */
export function metricName(figures: readonly NamedFigure[], names: readonly string[]): string {
  const given = figures.findLast((f) => f.metricName)?.metricName;
  if (given) return given;
  const reported = figures.filter((f) => f.basis === 'reported');
  const headings = (reported.length > 0 ? reported : figures).map((f) => headingOf(f.label, f.basis, names));
  const heading = commonest(headings) ?? '';
  if (heading && readsAsName(heading)) return heading;
  const fromId = figures[0] ? metricIdInWords(figures[0].metric) : '';
  if (fromId && readsAsName(fromId)) return fromId;
  const words = heading.split(/\s+/);
  while (words.length > 1 && !readsAsName(words.join(' '))) words.pop();
  return words.join(' ');
}

/**
 * What a figure shown on its own (a key figure, a share image, a citation) is called: its label
 * when that reads as a name; else, by the same rule as a metric's heading, its `metricName`, or
 * what its label or metric id makes as a name ("Tsai and Wu at the helm since" → "Year the
 * current leadership took over").
 */
export function figureName(figure: NamedFigure): string {
  return readsAsName(figure.label) ? figure.label : metricName([figure], []);
}
