import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { faviconIco } from '../lib/images/favicon-ico.ts';

/** `favicon.ico`, drawn from `public/favicon.svg` so the two icons never differ. */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await faviconIco(await readFile(resolve(process.cwd(), 'public/favicon.svg')))), {
    headers: { 'content-type': 'image/x-icon' },
  });
