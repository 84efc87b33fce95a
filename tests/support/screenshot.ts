// Takes screenshots of a built site: `node tests/support/screenshot.ts <url-path> <out.png> [width] [scheme]`.
import { resolve } from 'node:path';
import { launchChromium } from './chromium.ts';
import { serveStatic } from './static-server.ts';

const [path = '/', out = 'screenshot.png', width = '1280', scheme = 'light'] = process.argv.slice(2);
const server = await serveStatic(resolve('dist'));
const browser = await launchChromium();
try {
  const page = await browser.newPage({
    viewport: { width: Number(width), height: 900 },
    colorScheme: scheme as 'light' | 'dark',
  });
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 400) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForTimeout(300);
  await page.screenshot({ path: out, fullPage: true });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
  await server.close();
}
