import type { Basis, Figure } from '../../schemas/figure.ts';
import type { BriefingIndex } from '../model/briefing-index.ts';
import {
  previousValueNote,
  derivationText,
  figureInline,
  figureBasisLabel,
  formatValue,
  formatWithBasis,
  figureChanges,
  type FigureChange,
} from '../model/format-figure.ts';
import { entityPage } from '../model/entities.ts';
import { figureName } from '../model/metric-names.ts';
import { figurePeriod } from '../model/periods.ts';
import { figureAnchor } from '../model/page-addresses.ts';
import { citationText, citeSource, viewSource } from './source-view.ts';
import type { Briefing } from '../../schemas/briefing.ts';

export interface FigureView {
  id: string;
  /** The figure itself, for text that places it in a sentence (`figureInProse`). */
  figure: Figure;
  anchor: string;
  /**
   * What the figure is called where it stands alone (key figures, share images, citations, feeds):
   * its label, or its metric's name where the label runs on into the value ("… at its highest in").
   */
  label: string;
  entityName: string;
  /** The company page of the figure's entity (or of the company it belongs to), when it has one. */
  entityUrl?: string;
  /** "more than 30%" */
  value: string;
  /** As it reads in prose: "4.2% (projected)", or for a revised figure "4.8% (reported; was projected at 4.2%)". */
  inline: string;
  /** For a revised figure, its previous value: "was projected at 4.2%". */
  revised?: string;
  basis: Basis;
  /** "reported", "estimate", "projected", or "derived" for a computed figure. */
  basisLabel: string;
  period: string;
  sourceTitle: string;
  /** The source's words, or empty for a derived figure the source does not state. */
  quote: string;
  /** For a derived figure, how it was worked out, in words: "the change from 50.1% to 52.4%". */
  derived?: string;
  /** Text for "Copy citation"; the page's URL is appended in the browser. */
  citation: string;
}

/** A figure as the page, its citation and its share image show it. */
export function buildFigureView(
  figure: Figure,
  index: BriefingIndex,
  briefing: { title: string; asOf: string },
): FigureView {
  const revised = previousValueNote(figure);
  const inline = figureInline(figure);
  const source = index.sources.get(figure.source);
  const derived = derivationText(figure, index.figures);
  const label = figureName(figure);
  return {
    id: figure.id,
    figure,
    anchor: figureAnchor(figure.id),
    label,
    entityName: index.entities.get(figure.entity)?.name ?? figure.entity,
    entityUrl: entityPage(figure.entity, index.entities),
    value: formatValue(figure),
    inline,
    revised,
    basis: figure.basis,
    basisLabel: figureBasisLabel(figure),
    period: figurePeriod(figure, index.entities).heading,
    sourceTitle: source?.title ?? figure.source,
    quote: figure.quote ?? '',
    derived,
    citation: citationText({
      subject: label,
      // A citation travels without the page around it, so it names the basis even when reported.
      value: `${revised ? inline : formatWithBasis(figure)}${derived ? `, ${derived}` : ''}`,
      source: source ? citeSource(viewSource(source)) : figure.source,
      briefingTitle: briefing.title,
      asOf: briefing.asOf,
    }),
  };
}

/** A revision as "What changed" lists it: each value with the source it came from. */
export interface ChangeView extends FigureChange {
  /** The earlier value's source, cited in one line. */
  fromCitation: string;
  /** The new value's source, cited in one line. */
  toCitation: string;
}

/** Every revision of every figure, newest first, each value naming its own source. */
export function buildChangeViews(briefing: Briefing, index: BriefingIndex): ChangeView[] {
  // A validated briefing's revisions all name sources it lists.
  const cite = (id: string) => citeSource(viewSource(index.sources.get(id)!));
  return briefing.figures
    .flatMap(figureChanges)
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((change) => ({ ...change, fromCitation: cite(change.fromSource), toCitation: cite(change.toSource) }));
}
