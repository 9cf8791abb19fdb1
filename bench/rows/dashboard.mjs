import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ROOT } from '../lib/paths.mjs';
import { latencyText, percentiles } from '../lib/stats.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WEB_DIST = join(ROOT, 'apps/web/dist');

/** Gzipped size of the JavaScript a page loaded, from the built files it was served. */
function gzippedJs(urls) {
  let total = 0;
  for (const url of urls) {
    const file = join(WEB_DIST, new URL(url).pathname);
    if (existsSync(file)) total += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return total;
}

/**
 * The case list in headless Chromium as the busy lead: from navigation to the first row of
 * cases visible, each time in a new browser context (cold cache, as a first visit).
 */
export async function dashboardRows(ctx) {
  const api = await ctx.api();
  const headers = await ctx.auth(ctx.users.busyLead);
  const session = { accessToken: headers.Authorization.slice('Bearer '.length), expiresAt: ctx.tokenExpiry };
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const timings = [];
  let scripts = new Set();
  try {
    const runs = ctx.quick ? 4 : 10;
    for (let run = 0; run <= runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(
        (value) => window.sessionStorage.setItem('ethics.session', value),
        JSON.stringify(session),
      );
      const page = await context.newPage();
      const loaded = new Set();
      page.on('response', (response) => {
        if (response.url().endsWith('.js')) loaded.add(response.url());
      });
      const started = Date.now();
      await page.goto(`${api.url}/cases`, { waitUntil: 'commit' });
      await page.locator('table tbody tr').first().waitFor({ state: 'visible', timeout: 60_000 });
      // The first load warms the server's caches and the file system; it is not counted.
      if (run > 0) timings.push(Date.now() - started);
      scripts = loaded;
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const figures = { ...percentiles(timings), throughput: null };
  ctx.add({
    what: 'dashboard: case list rendered in headless Chromium (busy lead)',
    load: `${timings.length} cold loads of /cases`,
    value: latencyText(figures).replace(' · —', ''),
    baseline: '—',
    ratio: '—',
    target: '≤ 1.5 s to the first rows',
    met: figures.p95 !== null && figures.p95 <= 1500,
    data: { timings },
  });
  const bytes = gzippedJs(scripts);
  ctx.add({
    what: 'dashboard: initial route JavaScript, gzipped',
    load: `${scripts.size} scripts loaded for /cases`,
    value: `${(bytes / 1024).toFixed(0)} KB`,
    baseline: '—',
    ratio: '—',
    target: '≤ 300 KB',
    met: bytes <= 300 * 1024,
    data: { scripts: [...scripts].map((url) => new URL(url).pathname), bytes },
  });
}
