import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import type { PaneBuild } from '../preview/build';
import { serveStatic } from '../preview/static-server';

/** Debian's Chromium, as the browser tests use it. */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Gzipped size (node's zlib, default level) of each file, summed, in KB (1024 bytes). */
export function gzipKb(dir: string, files: readonly string[]): number {
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f))).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}

/**
 * The JavaScript Excel loads for the pane: the taskpane entry's initial
 * chunks and the chunks it imports on Excel's path (components, Excel host,
 * engine); not the preview's chunks (preview host, ExcelJS), not office.js.
 */
export function paneGzipKb(build: PaneBuild): number {
  return gzipKb(build.dir, build.paneExcelJs);
}

/** The taskpane entry's initial chunks only (the <script> tags of taskpane.html). */
export function paneInitialGzipKb(build: PaneBuild): number {
  return gzipKb(build.dir, build.paneInitialJs);
}

/**
 * Time from navigation to the first interactive control of the pane (an
 * enabled, visible button) in Chromium, opened outside Office as the browser
 * preview; the median of `runs` loads, each in a fresh browser context (no cache).
 */
export async function paneInteractiveMs(build: PaneBuild, runs = 7): Promise<number> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}`);
  const server = await serveStatic({ root: build.dir });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const times: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 380, height: 860 } });
      const page = await context.newPage();
      await page.goto(`${server.url}taskpane.html`, { waitUntil: 'commit' });
      // Checked every animation frame; performance.now() counts from the navigation's start.
      const at = await page.waitForFunction(
        `(() => {
          const ready = [...document.querySelectorAll('#container button')].some((b) => !b.disabled && b.getClientRects().length > 0);
          return ready ? performance.now() : false;
        })()`,
        undefined,
        { polling: 'raf', timeout: 60_000 },
      );
      const ms = (await at.jsonValue()) as number;
      // The first load warms the browser itself (process start, fonts), not the pane.
      if (i > 0) times.push(ms);
      await context.close();
    }
    times.sort((a, b) => a - b);
    return Math.round(times[Math.floor(times.length / 2)]!);
  } finally {
    await browser.close();
    await server.close();
  }
}
