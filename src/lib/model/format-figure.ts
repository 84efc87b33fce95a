import type { FigureValue } from './measures.ts';
import { matchQuote } from './quote-match.ts';
import type { Basis, Figure, FigureRevision, Unit } from '../../schemas/figure.ts';
import { precisionTable } from '../../schemas/precision.ts';
import { durationUnits } from '../../schemas/period.ts';
import { formatNumber } from './format-number.ts';
import { formulaInWords, formulaText } from './derive-value.ts';
import type { Said } from './basis-in-words.ts';
import { numberWords } from './written-numbers.ts';

/** How a figure's number is written: its decimal places, and whether in cents ("4 cents"). */
export interface WrittenForm {
  decimals: number;
  cents: boolean;
}

const decimalsOf = (n: number | undefined) => (n === undefined ? 0 : (String(n).split('.')[1]?.length ?? 0));

/**
 * The figure's written form: `decimals` when set, else as the quote writes the number ("$4.40" has
 * two places), else as many places as the value needs.
 */
export function writtenForm(figure: FigureValue): WrittenForm {
  const match = figure.quote ? matchQuote({ ...figure, quote: figure.quote }) : undefined;
  const ends = match?.found ? match.ends : [];
  const cents = ends.length > 0 && ends.every((end) => end.cents);
  if (figure.decimals !== undefined) return { decimals: figure.decimals, cents };
  if (ends.length > 0 && !ends.some((end) => end.fraction))
    return { decimals: Math.max(...ends.map((end) => end.decimals)), cents };
  const scale = cents ? 100 : 1;
  return {
    decimals: Math.max(
      decimalsOf(figure.value * scale),
      decimalsOf(figure.to === undefined ? undefined : figure.to * scale),
    ),
    cents,
  };
}

const basisWords: Record<Basis, string> = {
  reported: 'reported',
  projected: 'projected',
  estimate: 'estimate',
};

/**
 * The figure's value as the source wrote it, with its scale, currency, sign, precision and any
 * bound spelled out: "more than 30%", "US$13.7 billion", "−12%", "about US$100 billion".
 */
export function formatValue(figure: FigureValue): string {
  const { decimals, cents } = writtenForm(figure);
  const { wording } = precisionTable[figure.precision];
  return (wording ? `${wording} ` : '') + formatNumber(figure, decimals, cents);
}

/** The word for a basis, as shown beside a number. */
export function basisLabel(basis: Basis): string {
  return basisWords[basis];
}

/**
 * A figure's basis as the page and the data files label it: "derived" for a figure computed from
 * others, whatever its inputs' basis; else the word for its basis.
 */
export function figureBasisLabel(figure: Pick<Figure, 'basis'> & Partial<Pick<Figure, 'derived'>>): string {
  return figure.derived ? 'derived' : basisWords[figure.basis];
}

type Shown = FigureValue & Pick<Figure, 'basis'> & Partial<Pick<Figure, 'derived'>>;

/**
 * Text followed by its basis, the one way the site adds it: "4.2% (projected)", "5% (derived)",
 * "4.2% (projected; derived)". A reported number stands alone unless `always` asks for its basis,
 * as text read out of context does ("4.2% (reported)"); `said` leaves out what a label beside the
 * text already says ("Analysts' expectation" needs no "(estimate)").
 */
export function withBasis(
  text: string,
  basis: Basis,
  { derived = false, always = false, said = [] }: { derived?: boolean; always?: boolean; said?: readonly Said[] } = {},
): string {
  const words = [...(always && basis === 'reported' ? ['reported'] : []), ...tagWords(basis, derived, said)];
  return words.length ? `${text} (${words.join('; ')})` : text;
}

/**
 * The words of a figure's tag, the one rule for them: its basis unless reported, and "derived"
 * when computed, each left out where the text around it says so itself (`said`, from `basisSaid`).
 */
function tagWords(basis: Basis, derived: boolean, said: readonly Said[] = []): string[] {
  return [
    basis !== 'reported' && !said.includes(basis) ? basisWords[basis] : '',
    derived && !said.includes('derived') ? 'derived' : '',
  ].filter(Boolean);
}

/** Units whose numbers are lengths of time or counts: a pledge "over 3 years" is no projection. */
const withoutBasisInProse = new Set<Unit>([...durationUnits, 'count']);

/**
 * The figure as it reads inline in prose: reported numbers stand alone, anything else carries
 * its basis so a projection never reads as a result ("4.2% (projected)"), and a number the briefing
 * computed says so ("5% (derived)"), each unless `said` by the text around it. A length of time
 * or a count reads as written ("over 3 years"): tables and key figures give its basis in full.
 */
export function formatInline(figure: Shown, said: readonly Said[] = []): string {
  const basis = withoutBasisInProse.has(figure.unit) ? 'reported' : figure.basis;
  const words = tagWords(basis, Boolean(figure.derived), said);
  return words.length ? `${formatValue(figure)} (${words.join('; ')})` : formatValue(figure);
}

/**
 * A length of time or a count as running text writes it: a whole number from one to nine in
 * words, as the sources do ("about two years", "over three years"); larger ones in digits.
 */
function spelledOut(figure: Figure): string {
  const text = formatValue(figure);
  const { value } = figure;
  const small = value !== undefined && Number.isInteger(value) && value >= 1 && value <= 9;
  return small && figure.to === undefined && !figure.scale ? text.replace(String(value), numberWords[value]!) : text;
}

/**
 * The figure as a sentence shows it: its value, and apart from it the tag a reader needs, shown
 * small beside the number. A projection or an estimate is tagged unless its sentence says so in
 * its own words (`said`, from `basisSaid`), and so is a figure the briefing worked out from others
 * ("a beat of 2.1% (derived)"; not beside "by our calculation"); a length of time or a count never
 * is, and reads as the sources write it ("over three years"); a revised figure always says what it was ("reported; was projected at 4.2%").
 */
export function figureInProse(figure: Figure, said: readonly Said[] = []): { text: string; tag?: string } {
  const text = withoutBasisInProse.has(figure.unit) ? spelledOut(figure) : formatValue(figure);
  const revised = previousValueNote(figure);
  if (revised) return { text, tag: `${figure.basis}; ${revised}` };
  if (withoutBasisInProse.has(figure.unit)) return { text };
  const words = tagWords(figure.basis, Boolean(figure.derived), said);
  return words.length ? { text, tag: words.join('; ') } : { text };
}

/** `figureInProse` as plain text, its tag in brackets: "CN¥37.9 billion (estimate)". */
export function figureInProseText(figure: Figure, said: readonly Said[] = []): string {
  const { text, tag } = figureInProse(figure, said);
  return tag ? `${text} (${tag})` : text;
}

/** The figure with its basis always named, for text read out of context: "4.2% (reported)", "5% (reported; derived)". */
export function formatWithBasis(figure: Shown): string {
  return withBasis(formatValue(figure), figure.basis, { derived: Boolean(figure.derived), always: true });
}

/**
 * The figure as it reads in running text, wherever it is placed: "4.2% (projected)", or for a
 * revised figure "4.8% (reported; was projected at 4.2%)"; a length of time or a count as
 * `spelledOut` writes it ("four months").
 */
export function figureInline(figure: Figure): string {
  if (previousValueNote(figure)) return figureInProseText(figure);
  return withoutBasisInProse.has(figure.unit) ? spelledOut(figure) : formatInline(figure);
}

/**
 * The figure's size, its sign dropped, for text whose words already say the direction: "fell by
 * 52%" for −52%; a range keeps its ends in order ("fell by 2% – 4%" for −4% to −2%).
 */
export function figureSize(figure: Figure): Figure {
  if (figure.value === undefined) return figure;
  if (figure.to === undefined) return { ...figure, value: Math.abs(figure.value) };
  const [low, high] = [Math.abs(figure.value), Math.abs(figure.to)].sort((a, b) => a - b);
  return { ...figure, value: low!, to: high! };
}

/**
 * How a derived figure was computed, in numbers, as downloads state it: "derived: (52.4 − 50.1) /
 * 50.1"; undefined for a figure quoted from its source.
 */
export function derivationFormula(figure: Figure, figures: ReadonlyMap<string, Figure>): string | undefined {
  if (!figure.derived) return undefined;
  const [a, b] = figure.derived.of.map((id) => figures.get(id)!.value) as [number, number];
  return `derived: ${formulaText(figure.derived.formula, a, b)}`;
}

/**
 * How a derived figure was computed, in words and its inputs as the page writes them, for readers:
 * "the change from 50.1% to 52.4%"; undefined for a figure quoted from its source.
 */
export function derivationText(figure: Figure, figures: ReadonlyMap<string, Figure>): string | undefined {
  if (!figure.derived) return undefined;
  const [a, b] = figure.derived.of.map((id) => formatValue(figures.get(id)!)) as [string, string];
  return formulaInWords(figure.derived.formula, a, b);
}

/** One revision of a figure: what it read before, what it reads after, when and where each came from. */
export interface FigureChange {
  figureId: string;
  label: string;
  /** The date the new value took effect. */
  date: string;
  from: string;
  to: string;
  /** The source id of the earlier value. */
  fromSource: string;
  /** The source id of the new value. */
  toSource: string;
}

/** An earlier value as a figure of its own: the figure's unit and scale, the revision's number, basis and quote. */
export function revisionValue(figure: Figure, revision: FigureRevision): FigureValue & Pick<Figure, 'basis'> {
  return {
    ...figure,
    value: revision.value,
    to: revision.to,
    precision: revision.precision ?? figure.precision,
    basis: revision.basis,
    quote: revision.quote,
  };
}

/** A figure's revisions, oldest first, each from one recorded value to the next. */
export function figureChanges(figure: Figure): FigureChange[] {
  const values = [
    ...figure.history.map((revision) => ({
      value: revisionValue(figure, revision),
      date: revision.date ?? '',
      source: revision.source ?? figure.source,
    })),
    { value: figure, date: figure.asOf ?? '', source: figure.source },
  ];
  return values.slice(1).map((next, i) => {
    const previous = values[i]!;
    return {
      figureId: figure.id,
      label: figure.label,
      date: next.date,
      // A revision is a change of basis as much as of number: each side names its own.
      from: withBasis(formatValue(previous.value), previous.value.basis, { derived: Boolean(figure.derived) }),
      to: withBasis(formatValue(next.value), next.value.basis, { derived: Boolean(figure.derived) }),
      fromSource: previous.source,
      toSource: next.source,
    };
  });
}

/** "was projected at 4.2%": the figure's previous value, for figures that have been revised. */
export function previousValueNote(figure: Figure): string | undefined {
  const last = figure.history.at(-1);
  if (!last) return undefined;
  const value = formatInline({ ...revisionValue(figure, last), basis: 'reported' });
  return last.basis === figure.basis ? `was ${value}` : `was ${last.basis} at ${value}`;
}
