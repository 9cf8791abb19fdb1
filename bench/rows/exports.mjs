import { join } from 'node:path';
import { sampleMemory } from '../lib/api-server.mjs';
import { megabytes, rate, ratio, times } from '../lib/stats.mjs';

/** The first `events` events of the chain, as an export filter: `to` is the next event's time. */
async function prefixFilter(ctx, events) {
  const { rows } = await ctx.db.query(
    `SELECT to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at
       FROM audit_events ORDER BY seq OFFSET $1 LIMIT 1`,
    [events],
  );
  return rows[0]?.at ?? null;
}

const literal = (text) => `'${text.replace(/'/g, "''")}'`;

/**
 * One CSV export through a fresh API process (so that its peak memory is this export's alone),
 * its resident set sampled all along, and the same rows through COPY … TO STDOUT.
 */
async function measureExport(ctx, label, events) {
  const to = events === null ? null : await prefixFilter(ctx, events);
  const where = to ? `WHERE occurred_at < ${literal(to)}::timestamptz` : '';
  const { rows } = await ctx.db.query(`SELECT count(*)::int AS n FROM audit_events ${where}`);
  const count = rows[0].n;
  const api = await ctx.freshApi(`export-${label}`);
  try {
    const headers = await ctx.auth(ctx.users.auditor);
    await (await fetch(`${api.url}/api/v1/audit/events?limit=1`, { headers })).arrayBuffer();
    const idle = api.memory().rss;
    const sampler = sampleMemory(api.pid);
    const query = to ? `format=csv&to=${encodeURIComponent(to)}` : 'format=csv';
    const download = await ctx.download({ url: `${api.url}/api/v1/audit/export?${query}`, headers });
    const peak = sampler.stop();
    const copy = await ctx.copyOut(
      `COPY (SELECT * FROM audit_events ${where} ORDER BY seq) TO STDOUT WITH (FORMAT csv, HEADER)`,
    );
    // An unfiltered export runs up to its own event, one more than counted before it.
    const apiRows = download.newlines - 1;
    const apiRate = apiRows / download.seconds;
    const copyRate = copy.rows / copy.seconds;
    const r = ratio(apiRate, copyRate);
    ctx.add({
      what: `\`GET /audit/export?format=csv\`, ${label} events`,
      load: `1 download of ${count.toLocaleString('en-US')} rows`,
      value: `${rate(apiRate, 'rows/s')} (${download.seconds.toFixed(1)} s, ${megabytes(download.bytes)})`,
      baseline: `COPY … TO STDOUT CSV: ${rate(copyRate, 'rows/s')} (${copy.seconds.toFixed(1)} s)`,
      ratio: times(r),
      target: '≥ 0.8× COPY',
      met: download.status === 200 && r !== null && r >= 0.8,
      data: { download, copy, count, to },
    });
    return { label, idle, peak, status: download.status };
  } finally {
    await api.stop();
  }
}

export async function exportRows(ctx) {
  const measured = [await measureExport(ctx, '200k', 200_000)];
  if (!ctx.quick) measured.push(await measureExport(ctx, '2M (whole chain)', null));
  const [small, large] = measured;
  const growth = large ? large.peak / small.peak - 1 : null;
  ctx.add({
    what: 'API peak RSS during the CSV exports',
    load: measured.map((m) => m.label).join(' and '),
    value: measured.map((m) => `${m.label}: ${megabytes(m.peak)}`).join(' · '),
    baseline: `idle before: ${measured.map((m) => megabytes(m.idle)).join(' · ')}`,
    ratio: growth === null ? '—' : `+${(growth * 100).toFixed(0)}% 200k → 2M`,
    target: '≤ 250 MB, ≤ +20% from 200k to 2M',
    met: measured.every((m) => m.peak <= 250 * 1024 * 1024) && (growth === null || growth <= 0.2),
    data: measured,
  });
}

/**
 * The offline verifier on an NDJSON export (the whole chain; in a quick run the first 200k
 * events, checked as a filtered export), and its floor: serialise + SHA-256 alone.
 */
export async function verifierRows(ctx) {
  const file = join(ctx.tmp, 'chain.ndjson');
  const to = ctx.quick ? await prefixFilter(ctx, 200_000) : null;
  const api = await ctx.api();
  const headers = await ctx.auth(ctx.users.auditor);
  const query = to ? `format=ndjson&to=${encodeURIComponent(to)}` : 'format=ndjson';
  const download = await ctx.download({ url: `${api.url}/api/v1/audit/export?${query}`, headers, file });
  if (download.status !== 200) throw new Error(`the NDJSON export answered ${download.status}`);
  const verify = await ctx.verify(file, to ? ['--filtered'] : []);
  const baseline = await ctx.hashBaseline(file, ctx.quick ? 100_000 : 500_000);
  const r = ratio(verify.eventsPerSecond, baseline.throughput);
  ctx.add({
    what: '`npm run audit:verify` on an NDJSON export',
    load: `${verify.checked.toLocaleString('en-US')} events${to ? ' (filtered mode)' : ''}, one process`,
    value: `${rate(verify.eventsPerSecond, 'events/s')}, ${verify.valid ? 'valid' : 'INVALID'}`,
    baseline: `serialise + SHA-256 alone: ${rate(baseline.throughput, 'events/s')}`,
    ratio: times(r),
    target: '≥ 80,000 events/s',
    met: verify.valid && verify.eventsPerSecond >= 80_000,
    data: { verify, baseline, download },
  });
}
