import type { ChartPicture, ChartPictures } from './chart-view.ts';
import { siteName } from './share-image-spec.ts';

/**
 * The key of the one message an embed page sends its parent, `{ [embedHeightKey]: <CSS pixels> }`,
 * and the only one the embed snippet's script reads.
 */
export const embedHeightKey = 'briefing-embed-height';

/** The colour schemes an embed page takes from its `?theme=` flag; anything else follows the reader. */
export const embedThemes = ['light', 'dark'] as const;

/** Room around the chart on an embed page and in its downloads, in CSS pixels. */
export const embedPadding = 16;

/**
 * The title, subtitle, legend, source and credit lines around the chart on an embed page at its
 * natural width, about: added to the picture's height for the iframe's height where a host strips
 * the snippet's script (and the frame then scrolls rather than cuts the chart off).
 */
const embedChromeHeight = 200;

/** The credited pictures' file-name endings after the chart's id. */
export const downloadVariants = [
  { suffix: '-download', dark: false },
  { suffix: '-download-dark', dark: true },
] as const;

/** Where a chart lives outside its page: the embed page, its oEmbed answer and its credited pictures. */
export interface ChartEmbed {
  /** The embed page (no site chrome), framable by any site. */
  page: string;
  /** The oEmbed answer for the chart, written at build time. */
  oembed: string;
  /** The place on the page the credit line links back to. */
  source: string;
  title: string;
  /** The iframe's size before its content reports its height: the picture's width, a fitting height. */
  width: number;
  height: number;
  /** Downloadable pictures with the title, source and credit drawn in, twice the CSS size. */
  downloads: { light: string; dark: string };
}

/**
 * The embed of a chart whose files start at `base` ("/briefings/x/charts/growth") and whose embed
 * page is at `page` ("/embed/briefings/x/growth/").
 */
export function chartEmbed(chart: {
  base: string;
  page: string;
  source: string;
  title: string;
  pictures: ChartPictures;
}): ChartEmbed {
  const { width, height } = chart.pictures.wide.light;
  return {
    page: chart.page,
    oembed: `${chart.page}oembed.json`,
    source: chart.source,
    title: chart.title,
    width: width + 2 * embedPadding,
    height: height + embedChromeHeight,
    downloads: {
      light: `${chart.base}${downloadVariants[0].suffix}.png`,
      dark: `${chart.base}${downloadVariants[1].suffix}.png`,
    },
  };
}

/** The credit line drawn into a downloaded picture: the site and the address of the chart. */
export function embedCredit(embed: ChartEmbed, site: URL): string {
  const url = new URL(embed.source, site);
  return `Chart: ${siteName} · ${url.host}${url.pathname}${url.hash}`;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML a host pastes: a full-width iframe at a fixed height, and a small script that sets the
 * iframe's height from the embed page's message. The script accepts a message only from this
 * site's origin and from the frame that sent it, and only a height that is a plain number in a
 * sane range, so another frame on the host page cannot resize this one or inject anything.
 */
export function embedSnippet(embed: ChartEmbed, site: URL): string {
  const src = new URL(embed.page, site).href;
  const iframe =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(`Chart: ${embed.title}`)}"` +
    ` width="100%" height="${embed.height}" loading="lazy" style="width:100%;border:0" data-briefing-embed></iframe>`;
  const script =
    `<script>addEventListener("message",function(e){var h=e.data&&e.data[${JSON.stringify(embedHeightKey)}];` +
    `if(e.origin!==${JSON.stringify(site.origin)}||typeof h!=="number"||!(h>0&&h<10000))return;` +
    `document.querySelectorAll("iframe[data-briefing-embed]").forEach(function(f){` +
    `if(f.contentWindow===e.source)f.style.height=Math.ceil(h)+"px"})})</script>`;
  return `${iframe}\n${script}`;
}

/**
 * The chart's oEmbed answer (oembed.com, a `rich` type): the snippet, its size, the title, the
 * site as provider and the chart's print picture as thumbnail.
 */
export function oEmbedAnswer(embed: ChartEmbed, thumbnail: ChartPicture, site: URL) {
  return {
    version: '1.0',
    type: 'rich',
    title: embed.title,
    provider_name: siteName,
    provider_url: site.href,
    html: embedSnippet(embed, site),
    width: embed.width,
    height: embed.height,
    thumbnail_url: new URL(thumbnail.path, site).href,
    thumbnail_width: Math.round(thumbnail.width * thumbnail.scale),
    thumbnail_height: Math.round(thumbnail.height * thumbnail.scale),
  };
}
