import { labelGap, openEndRoom, topOf, type PlacedText, type PointLabelPlacer } from './value-labels.ts';

// Labels of columns and lines. Loaded in the browser only with charts over time; nothing here
// imports the number model.

const overlaps = (a: PlacedText['box'], b: PlacedText['box']) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Each value above its column or point (below a negative one, or below when another series is
 * higher at that period, so labels of close values do not collide), kept on the canvas and clear
 * of the value axis's numbers. A label that would cover one already placed is left out, the
 * emphasised, last and first placed first: the table under the chart holds every value.
 */
export const placePointLabels: PointLabelPlacer = (chart, options, place) => {
  const candidates: { placed: PlacedText; rank: number }[] = [];
  chart.data.datasets.forEach((dataset, d) => {
    chart.getDatasetMeta(d).data.forEach((element, i) => {
      const text = options.labels[d]?.[i];
      const raw = dataset.data[i];
      if (!text || !(typeof raw === 'number' || Array.isArray(raw))) return;
      const value = raw as number | [number, number];
      const bold = options.bold?.[0] === d && options.bold[1] === i;
      const rank = bold ? 0 : i === chart.data.labels!.length - 1 ? 1 : i === 0 ? 2 : 3;
      const { x, y, base } = element as unknown as { x: number; y: number; base?: number };
      const top = topOf(value);
      const ends = Array.isArray(value) && base !== undefined ? [y, base] : [y];
      const below =
        top < 0 ||
        (options.offset > 0 &&
          chart.data.datasets.some((other, o) => {
            const theirs = other.data[i];
            return (
              o !== d &&
              (typeof theirs === 'number' || Array.isArray(theirs)) &&
              topOf(theirs as number | [number, number]) > top
            );
          }));
      const open = options.lowerBounds?.[d]?.[i] && !below ? openEndRoom : 0;
      const gap = labelGap + options.offset + open;
      const py = below ? Math.max(...ends) + gap : Math.min(...ends) - gap;
      const baseline = below ? 'top' : 'bottom';
      const centred = place(text, bold, options.color, x, py, 'center', baseline);
      const shift =
        Math.max(0, chart.chartArea.left - centred.box.left) - Math.max(0, centred.box.right - (chart.width - 2));
      candidates.push({
        placed: shift ? place(text, bold, options.color, x + shift, py, 'center', baseline) : centred,
        rank,
      });
    });
  });
  const kept: PlacedText[] = [];
  for (const { placed } of candidates.sort((a, b) => a.rank - b.rank))
    if (!kept.some((k) => overlaps(k.box, placed.box))) kept.push(placed);
  return kept;
};
