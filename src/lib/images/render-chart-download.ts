import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { ChartConfiguration } from 'chart.js';
import { darkChartTheme, lightChartTheme } from '../chart/chart-style.ts';
import { chartFontFamily, withCanvas, withChartCanvas } from './canvas.ts';
import { canvasToPng } from './encode-png.ts';
import { drawLegend } from './render-share-image.ts';
import { wrapText } from './wrap-text.ts';

/**
 * A chart as a picture to download and use elsewhere: everything the chart needs to travel alone
 * (its title and subtitle above it, its source and the credit line below), so a copy pasted into a
 * report still says what it shows and where it comes from.
 */
export interface ChartDownloadContent {
  title: string;
  subtitle: string;
  /** "Source: …", as under the chart on the page. */
  source: string;
  /** "Chart: <site> · <address of the chart>". */
  credit: string;
  /** The chart's light or dark configuration, drawn at `width` × `height` CSS pixels. */
  chart: ChartConfiguration;
  width: number;
  height: number;
  dark: boolean;
}

/** Room around everything, in CSS pixels (the embed page's padding). */
const padding = 16;
/** Device pixels per CSS pixel: twice, sharp on paper and on dense screens. */
export const downloadScale = 2;

interface Line {
  text: string;
  size: number;
  lineHeight: number;
  weight: 400 | 700;
  muted: boolean;
}

/** The text blocks above and below the chart, wrapped to the picture's width. */
function textBlocks(ctx: SKRSContext2D, content: ChartDownloadContent) {
  const wrap = (text: string, style: Omit<Line, 'text'>, maxLines: number): Line[] => {
    ctx.font = `${style.weight} ${style.size}px ${chartFontFamily}`;
    return wrapText(text, content.width, (t) => ctx.measureText(t).width, maxLines).map((line) => ({
      ...style,
      text: line,
    }));
  };
  const above = [
    ...wrap(content.title, { size: 18, lineHeight: 24, weight: 700, muted: false }, 3),
    ...wrap(content.subtitle, { size: 14, lineHeight: 20, weight: 400, muted: true }, 3),
  ];
  const small = { size: 12, lineHeight: 17, weight: 400, muted: true } as const;
  const below = [...wrap(content.source, small, 4), ...wrap(content.credit, small, 2)];
  return { above, below };
}

const blockHeight = (lines: Line[]) => lines.reduce((sum, line) => sum + line.lineHeight, 0);

/** The picture's CSS size for its content, laid out but not drawn. */
export function chartDownloadSize(content: ChartDownloadContent): { width: number; height: number } {
  const { above, below } = textBlocks(createCanvas(1, 1).getContext('2d'), content);
  const legend = content.chart.data.datasets.length > 1 ? 24 : 0;
  return {
    width: content.width + 2 * padding,
    height: padding + blockHeight(above) + 12 + legend + content.height + 10 + blockHeight(below) + padding,
  };
}

/** The credited picture to download, and the chart's own wide picture drawn for it. */
export interface ChartDownloadImages {
  download: Buffer;
  /** The chart alone at `width` × `height`, twice size: the page's wide picture in this scheme. */
  picture: Buffer;
}

/**
 * Draws the credited picture, twice its CSS size, in the light or dark scheme. The chart is drawn
 * once for both: the page's wide picture is that drawing, encoded before it is set into the
 * credited one.
 */
export function renderChartDownload(content: ChartDownloadContent): ChartDownloadImages {
  const theme = content.dark ? darkChartTheme : lightChartTheme;
  const size = chartDownloadSize(content);
  return withCanvas(size.width * downloadScale, size.height * downloadScale, (canvas) => {
    const ctx = canvas.getContext('2d');
    ctx.scale(downloadScale, downloadScale);
    ctx.fillStyle = theme.background;
    ctx.fillRect(0, 0, size.width, size.height);
    ctx.textBaseline = 'top';
    const { above, below } = textBlocks(ctx, content);
    const drawLines = (lines: Line[], top: number) =>
      lines.reduce((y, line) => {
        ctx.font = `${line.weight} ${line.size}px ${chartFontFamily}`;
        ctx.fillStyle = line.muted ? theme.muted : theme.text;
        ctx.fillText(line.text, padding, y);
        return y + line.lineHeight;
      }, top);
    let y = drawLines(above, padding) + 12;
    if (content.chart.data.datasets.length > 1) {
      drawLegend(ctx, content.chart, { left: padding, top: y, size: 13, colour: theme.text });
      y += 24;
    }
    const picture = withChartCanvas(
      content.chart,
      { width: content.width, height: content.height, scale: downloadScale, background: theme.background },
      (chart) => {
        ctx.drawImage(chart, padding, y, content.width, content.height);
        return canvasToPng(chart);
      },
    );
    drawLines(below, y + content.height + 10);
    return { download: canvasToPng(canvas, 'fetchedOnce'), picture };
  });
}
