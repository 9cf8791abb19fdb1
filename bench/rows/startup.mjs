import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startApi } from '../lib/api-server.mjs';
import { median } from '../lib/stats.mjs';

/** `node apps/api/dist/main.js` on the embedded default with an empty DATA_DIR, to a healthy /health. */
export async function startupRows(ctx) {
  const runs = ctx.quick ? 1 : 2;
  const seconds = [];
  for (let run = 0; run < runs; run++) {
    const dataDir = mkdtempSync(join(ctx.tmp, 'embedded-'));
    const { DATABASE_URL: _url, TOKEN_SECRET: _secret, AUDIT_SIGNING_KEY: _key, ...env } = process.env;
    const api = await startApi({ env: { ...env, DATA_DIR: dataDir }, name: `startup-${run + 1}`, logDir: ctx.logDir });
    seconds.push(api.startSeconds);
    await api.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const typical = median(seconds);
  ctx.add({
    what: 'start-up of a fresh embedded server to a healthy `/api/v1/health`',
    load: `${runs} start${runs > 1 ? 's' : ''}, empty DATA_DIR`,
    value: seconds.map((s) => `${s.toFixed(1)} s`).join(', '),
    baseline: '—',
    ratio: '—',
    target: '≤ 15 s',
    met: typical <= 15,
    data: { seconds },
  });
}
