import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { ChartConfiguration } from 'chart.js';
import type { ShareImageSpec } from '../view/share-image-spec.ts';
import { chartFontFamily, withCanvas, withChartCanvas } from './canvas.ts';
import { canvasToPng } from './encode-png.ts';
import { wrapText } from './wrap-text.ts';

/** What a share image shows; the eyebrow (site or briefing name) may be left out. */
export type ShareImageContent = Pick<ShareImageSpec, 'title' | 'subtitle' | 'chart' | 'keyFigure'> & {
  eyebrow?: string;
};

/** Open Graph's recommended size, which every major site crops least. */
const shareImageSize = { width: 1200, height: 630 } as const;

/** The site's light-scheme tokens (src/styles/global.css), so the card reads as the page. */
const colours = { background: '#ffffff', text: '#1a222b', muted: '#4b5765', accent: '#0063a6' };
const margin = 64;
const contentWidth = shareImageSize.width - 2 * margin;
/**
 * How much to enlarge a chart: it is laid out at 1/zoom of its area and drawn zoom times denser,
 * because cards are usually shown at half size or less, where the config's 12–13px text would
 * be too small to read. Up to 1.5×, less when the chart has too many bars for its area to keep
 * about 24 CSS pixels a bar (plus 60 for the axis), and never below 1×.
 */
function chartZoom(chart: ChartConfiguration, areaHeight: number): number {
  const bars = chart.data.labels?.length ?? 1;
  return Math.min(1.5, Math.max(1, areaHeight / (60 + 24 * bars)));
}

/** A line style: its font size, line height and how many lines it may take before an ellipsis. */
interface TextStyle {
  size: number;
  lineHeight: number;
  weight: 400 | 700;
  colour: string;
  maxLines: number;
}

const styles = {
  eyebrow: { size: 22, lineHeight: 28, weight: 700, colour: colours.accent, maxLines: 1 },
  title: { size: 46, lineHeight: 56, weight: 700, colour: colours.text, maxLines: 2 },
  subtitle: { size: 20, lineHeight: 28, weight: 400, colour: colours.muted, maxLines: 2 },
  /** With nothing to show below the title, the subtitle takes the body's place. */
  leadSubtitle: { size: 30, lineHeight: 40, weight: 400, colour: colours.muted, maxLines: 4 },
  figureLabel: { size: 30, lineHeight: 40, weight: 400, colour: colours.text, maxLines: 2 },
} satisfies Record<string, TextStyle>;

/** Wraps and draws text from `top` down; returns the y just below its last line. */
function drawText(ctx: SKRSContext2D, text: string, top: number, style: TextStyle): number {
  ctx.font = `${style.weight} ${style.size}px ${chartFontFamily}`;
  ctx.fillStyle = style.colour;
  const lines = wrapText(text, contentWidth, (t) => ctx.measureText(t).width, style.maxLines);
  lines.forEach((line, i) => ctx.fillText(line, margin, top + i * style.lineHeight));
  return top + lines.length * style.lineHeight;
}

/** How many lines a text takes in a style, to lay out from the bottom of the card. */
function lineCount(ctx: SKRSContext2D, text: string, style: TextStyle): number {
  ctx.font = `${style.weight} ${style.size}px ${chartFontFamily}`;
  return wrapText(text, contentWidth, (t) => ctx.measureText(t).width, style.maxLines).length;
}

/**
 * Draws the key figure's value as large as fits (up to 112px) with its label under it, centred
 * in the space between `top` and `bottom` so a short card does not look top-heavy.
 */
function drawKeyFigure(
  ctx: SKRSContext2D,
  figure: { value: string; label: string },
  top: number,
  bottom: number,
): void {
  let size = 112;
  const font = () => `700 ${size}px ${chartFontFamily}`;
  ctx.font = font();
  while (size > 40 && ctx.measureText(figure.value).width > contentWidth) {
    size -= 4;
    ctx.font = font();
  }
  const valueHeight = Math.round(size * 1.15);
  const blockHeight = valueHeight + lineCount(ctx, figure.label, styles.figureLabel) * styles.figureLabel.lineHeight;
  const y = top + Math.max(0, Math.floor((bottom - top - blockHeight) / 2));
  ctx.font = font();
  ctx.fillStyle = colours.accent;
  ctx.fillText(figure.value, margin, y);
  drawText(ctx, figure.label, y + valueHeight, styles.figureLabel);
}

/**
 * Where a card's parts go: the eyebrow and title drawn from the top (`titleBottom` below them),
 * the subtitle's top, and the body between them for a chart or key figure, if the card has one.
 */
function shareLayout(
  ctx: SKRSContext2D,
  content: ShareImageContent,
): { titleBottom: number; footerTop: number; body?: { top: number; bottom: number } } {
  let y = 56;
  if (content.eyebrow) y = drawText(ctx, content.eyebrow, y, styles.eyebrow) + 12;
  y = drawText(ctx, content.title, y, { ...styles.title, maxLines: content.chart ? 2 : 3 });
  const footerTop =
    shareImageSize.height - 44 - lineCount(ctx, content.subtitle, styles.subtitle) * styles.subtitle.lineHeight;
  if (!content.chart && !content.keyFigure) return { titleBottom: y, footerTop };
  // A chart of several series names them above it, as the page's legend does.
  const legend = content.chart && content.chart.data.datasets.length > 1 ? legendHeight : 0;
  return { titleBottom: y, footerTop, body: { top: y + 28 + legend, bottom: footerTop - 24 } };
}

const legendHeight = 40;

/**
 * Names each series of a chart in a row from (`left`, `top`), each after a swatch in its fill and
 * edge, so a picture of grouped bars or lines reads without the page's legend. `size` is the
 * text's size in pixels; the swatch is as tall.
 */
export function drawLegend(
  ctx: SKRSContext2D,
  chart: ChartConfiguration,
  at: { left: number; top: number; size: number; colour: string },
): void {
  const { size } = at;
  let x = at.left;
  ctx.font = `400 ${size}px ${chartFontFamily}`;
  ctx.textBaseline = 'middle';
  for (const dataset of chart.data.datasets as { label?: string; backgroundColor?: unknown; borderColor?: unknown }[]) {
    const first = (paint: unknown) => String(Array.isArray(paint) ? paint[0] : (paint ?? at.colour));
    ctx.fillStyle = first(dataset.backgroundColor);
    ctx.fillRect(x, at.top + 2, size, size);
    ctx.strokeStyle = first(dataset.borderColor);
    ctx.lineWidth = size / 11;
    ctx.strokeRect(x + size / 22, at.top + 2 + size / 22, size - size / 11, size - size / 11);
    ctx.fillStyle = at.colour;
    const label = dataset.label ?? '';
    ctx.fillText(label, x + size * 1.45, at.top + 2 + size / 2);
    x += size * 1.45 + ctx.measureText(label).width + size * 1.6;
  }
  ctx.textBaseline = 'top';
}

/** The CSS size a card's chart is laid out at in a body this tall, and the zoom it is drawn at. */
export function shareChartSize(chart: ChartConfiguration, bodyHeight: number) {
  const zoom = chartZoom(chart, bodyHeight);
  return { width: Math.floor(contentWidth / zoom), height: Math.floor(bodyHeight / zoom), zoom };
}

/** A card-sized canvas the layout check lays cards out on, made once: what it draws is never read. */
const layoutContext = createCanvas(shareImageSize.width, shareImageSize.height).getContext('2d');

/** The size a card's chart is laid out at, for the layout check: the card is laid out, not drawn. */
export function shareImageChartSize(content: ShareImageContent & { chart: ChartConfiguration }) {
  const { body } = shareLayout(layoutContext, content);
  return shareChartSize(content.chart, body!.bottom - body!.top);
}

/**
 * Draws a 1200×630 PNG card for Open Graph and other link previews: a thin accent bar, the
 * eyebrow and title at the top, the subtitle at the foot, and between them either the chart
 * (drawn from the same config as the page) or the key figure's value large with its label; with
 * neither, the subtitle follows the title.
 */
export function renderShareImage(content: ShareImageContent): Buffer {
  const { width, height } = shareImageSize;
  return withCanvas(width, height, (canvas) => {
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = colours.background;
    ctx.fillRect(0, 0, width, height);
    ctx.fillStyle = colours.accent;
    ctx.fillRect(0, 0, width, 8);
    ctx.textBaseline = 'top';

    const layout = shareLayout(ctx, content);
    if (!layout.body) {
      drawText(ctx, content.subtitle, layout.titleBottom + 28, styles.leadSubtitle);
      return canvasToPng(canvas, 'fetchedOnce');
    }
    drawText(ctx, content.subtitle, layout.footerTop, styles.subtitle);
    const { top, bottom } = layout.body;
    if (content.chart && content.chart.data.datasets.length > 1)
      drawLegend(ctx, content.chart, { left: margin, top: top - legendHeight, size: 22, colour: colours.text });
    if (content.chart) {
      const { zoom, ...size } = shareChartSize(content.chart, bottom - top);
      withChartCanvas(content.chart, { ...size, scale: zoom }, (chart) => ctx.drawImage(chart, margin, top));
    } else if (content.keyFigure) {
      drawKeyFigure(ctx, content.keyFigure, top, bottom);
    }
    return canvasToPng(canvas, 'fetchedOnce');
  });
}
