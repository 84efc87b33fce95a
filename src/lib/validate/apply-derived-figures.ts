import type { Briefing, ParsedBriefing } from '../../schemas/briefing.ts';
import type { Figure, ParsedFigure } from '../../schemas/figure.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';
import { foundId } from '../errors/wording.ts';
import { incomparableMessage, magnitude, measures } from '../model/measures.ts';
import { deriveValue, derivedUnit, roundTo } from '../model/derive-value.ts';
import { howStated } from '../model/quote-match.ts';

/** A derived figure's computed value before rounding, by id: what a stated number is checked against. */
export type ExactValues = Map<string, number>;

/** What a derived figure's quote must write, by what is wrong with it. */
const quoteExpectation = {
  missing: (value: number) =>
    `expected the quote to state the computed value ${value} to the precision it is written in`,
  fall: (value: number) =>
    `expected the quote to state the computed value ${value} as a fall, with a minus sign or a word such as "down"`,
  rise: (value: number) => `expected the quote to state the computed value ${value} without a minus sign`,
};

/** The `value` fields written in the raw frontmatter's figures, by index. */
function typedValues(raw: unknown): (unknown | undefined)[] {
  const figures = (raw as { figures?: unknown })?.figures;
  if (!Array.isArray(figures)) return [];
  return figures.map((f) => (f && typeof f === 'object' && 'value' in f ? (f as { value: unknown }).value : undefined));
}

/**
 * Computes every derived figure from its inputs (inputs may be derived too) and reports what stops
 * it: a value typed in by hand, an input that is missing, a bound or itself, a unit the formula does
 * not give, a division by zero, or a quote that states another number. Returns the checked
 * briefing, each derived figure's value filled in and rounded to its decimals, only when every
 * figure has its value.
 */
export function applyDerivedFigures(
  briefing: ParsedBriefing,
  raw: unknown,
): { briefing?: Briefing; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const typed = typedValues(raw);
  const byId = new Map(briefing.figures.map((f) => [f.id, f]));
  const values = new Map<string, number>();
  const exact: ExactValues = new Map();
  const failed = new Set<string>();
  const position = new Map(briefing.figures.map((f, i) => [f.id, i]));

  const resolve = (figure: ParsedFigure, trail: string[]): number | undefined => {
    if (!figure.derived) return figure.value;
    if (values.has(figure.id)) return values.get(figure.id);
    if (failed.has(figure.id)) return undefined;
    const i = position.get(figure.id)!;
    const fail = (path: PropertyKey[], message: string) => {
      failed.add(figure.id);
      issues.push(contentError(['figures', i, ...path], message));
      return undefined;
    };
    if (typed[i] !== undefined)
      return fail(
        ['value'],
        `expected no value because the figure is derived (the build computes it from ${figure.derived.of.join(' and ')}), found ${JSON.stringify(typed[i])}`,
      );
    const { formula, of } = figure.derived;
    const decimals = figure.decimals ?? 1;
    const inputs: ParsedFigure[] = [];
    for (const [k, id] of of.entries()) {
      const input = byId.get(id);
      if (!input)
        return fail(['derived', 'of', k], `expected the id of a figure in figures, ${foundId(id, byId.keys())}`);
      if (id === figure.id || trail.includes(id))
        return fail(['derived', 'of', k], `expected a figure not derived from "${figure.id}" itself, found "${id}"`);
      if (input.precision !== 'exact' && input.precision !== 'about')
        return fail(
          ['derived', 'of', k],
          `expected an input with a value, not a bound, found "${id}" (${input.precision})`,
        );
      inputs.push(input);
    }
    const [a, b] = inputs as [ParsedFigure, ParsedFigure];
    const incomparable = incomparableMessage(a, b);
    if (incomparable) return fail(['derived', 'of', 1], incomparable);
    const unit = derivedUnit(formula, a.unit);
    // A difference or a gap is written in the figure's own unit, so it may be any unit of the
    // formula's measure: a gap between two margins in basis points ("(800 basis points)").
    const inOwnUnit = formula === 'difference' || formula === 'percentage-point-gap';
    const fits =
      unit !== undefined &&
      (unit === figure.unit || (inOwnUnit && measures[unit].measure === measures[figure.unit].measure));
    if (!fits)
      return fail(
        ['unit'],
        unit
          ? `expected ${unit} for a ${formula} of figures in ${a.unit}, found ${figure.unit}`
          : `expected inputs in percent for a ${formula}, found "${a.id}" in ${a.unit}`,
      );
    const unlike = formula === 'difference' ? incomparableMessage(a, figure) : undefined;
    if (unlike) return fail(['unit'], unlike);
    const va = resolve(a, [...trail, figure.id]);
    const vb = resolve(b, [...trail, figure.id]);
    if (va === undefined || vb === undefined)
      return fail(['derived', 'of'], 'expected inputs whose values can be computed, found one that cannot');
    // Computed on magnitudes (scale and unit applied), then written in the figure's own unit and scale.
    const result = deriveValue(formula, magnitude(va, a), magnitude(vb, b));
    const value = result === undefined || !inOwnUnit ? result : result / magnitude(1, figure);
    if (value === undefined) return fail(['derived', 'of', 1], `expected a non-zero base, found "${b.id}" at 0`);
    const stated = figure.quote === undefined ? 'stated' : howStated(figure.quote, value);
    if (stated !== 'stated')
      return fail(['quote'], `${quoteExpectation[stated](roundTo(value, 4))}, found "${figure.quote}"`);
    exact.set(figure.id, value);
    values.set(figure.id, roundTo(value, decimals));
    return values.get(figure.id);
  };

  const figures = briefing.figures.flatMap((figure): Figure[] => {
    const value = resolve(figure, []);
    return value === undefined ? [] : [{ ...figure, value }];
  });
  const complete = issues.length === 0 && figures.length === briefing.figures.length;
  return { briefing: complete ? { ...briefing, figures } : undefined, issues };
}
