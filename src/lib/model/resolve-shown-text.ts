import type { Briefing } from '../../schemas/briefing.ts';
import { figureInline } from './figure-inline.ts';
import { renderFigureText } from './figure-text.ts';
import { mapShownText } from './shown-text.ts';

/** The briefing with every `<Fig id="…" />` in its shown text replaced by that figure as it reads inline. */
export function resolveShownText(briefing: Briefing): Briefing {
  const figures = new Map(briefing.figures.map((figure) => [figure.id, figure]));
  const inline = (id: string) => {
    const figure = figures.get(id);
    return figure && figureInline(figure);
  };
  return mapShownText(briefing, (text) => renderFigureText(text, inline));
}
