import { latencyText, rate, ratio, times } from '../lib/stats.mjs';

const NEW_CASE = {
  title: 'Benchmark intake: reseller suspected of bulk face matching',
  summary: 'Opened by the benchmark to measure audited writes.',
  severity: 'low',
};

const AUDIT_STATEMENT = /audit_events|pg_advisory/i;

/**
 * The SQL of one `POST /cases`: its transaction, from its start to its commit. The baseline
 * replays it without the statements that append the audit event.
 */
async function capturedWrite(ctx, api, headers) {
  const { result, queries } = await api.captured(async () => {
    const response = await fetch(`${api.url}/api/v1/cases`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(NEW_CASE),
    });
    if (response.status !== 201) throw new Error(`POST /cases answered ${response.status}`);
    return response.json();
  });
  const begin = queries.findIndex((q) => /^\s*(START TRANSACTION|BEGIN)/i.test(q.text));
  const commit = queries.findIndex((q, i) => i > begin && /^\s*COMMIT/i.test(q.text));
  if (begin < 0 || commit < 0) throw new Error('no transaction found in the SQL of POST /cases');
  const transaction = queries.slice(begin, commit + 1);
  return {
    created: result,
    withoutAudit: transaction.filter((q) => !AUDIT_STATEMENT.test(q.text)),
    auditStatements: transaction.filter((q) => AUDIT_STATEMENT.test(q.text)).length,
  };
}

const postCase = (url, headers) => ({
  url: `${url}/api/v1/cases`,
  method: 'POST',
  headers: { ...headers, 'content-type': 'application/json' },
  body: JSON.stringify(NEW_CASE),
});

/** One client: the time of an audited write against the same transaction without its event. */
export async function writeRows(ctx) {
  const api = await ctx.api();
  const headers = await ctx.auth(ctx.users.writer);
  const write = await capturedWrite(ctx, api, headers);
  const substitutions = { id: write.created.id, reference: write.created.reference };
  const http = await ctx.http({ targets: [postCase(api.url, headers)], connections: 1 });
  const sql = await ctx.sql({ statements: write.withoutAudit, concurrency: 1, mode: 'transaction', substitutions });
  const r = ratio(http.p50, sql.p50);
  ctx.add({
    what: 'audited write (`POST /cases`) vs the same transaction without its audit event',
    load: `1 client, ${ctx.seconds} s`,
    value: latencyText(http, 'writes/s'),
    baseline: `bare SQL, no audit (${write.withoutAudit.length} statements): ${latencyText(sql, 'tx/s')}`,
    ratio: `${times(r)} time (p50)`,
    target: '≤ 1.3× the unaudited write',
    met: http.errors === 0 && r !== null && r <= 1.3,
    data: { http, sql, statements: write.withoutAudit.map((s) => s.text.replace(/\s+/g, ' ')) },
  });
}

/** Two API processes on one database, 32 clients in all; the chain must verify afterwards. */
export async function writesRows(ctx) {
  const headers = await ctx.auth(ctx.users.writer);
  const api = await ctx.api();
  const write = await capturedWrite(ctx, api, headers);
  const substitutions = { id: write.created.id, reference: write.created.reference };
  const connections = 32;
  const first = await ctx.freshApi('writer-1');
  const second = await ctx.freshApi('writer-2');
  let http;
  try {
    http = await ctx.http({ targets: [postCase(first.url, headers), postCase(second.url, headers)], connections });
  } finally {
    await first.stop();
    await second.stop();
  }
  const sql = await ctx.sql({
    statements: write.withoutAudit,
    concurrency: connections,
    poolSize: 2 * ctx.poolSize,
    mode: 'transaction',
    substitutions,
  });
  const auditor = await ctx.auth(ctx.users.auditor);
  const started = Date.now();
  const verification = await (await fetch(`${api.url}/api/v1/audit/verify`, { headers: auditor })).json();
  const verifySeconds = (Date.now() - started) / 1000;
  ctx.add({
    what: 'audited writes (`POST /cases`), two API processes, chain verified afterwards',
    load: `${connections} clients over 2 processes, ${ctx.seconds} s`,
    value: `${rate(http.throughput, 'writes/s')} (${latencyText(http, 'writes/s')}); chain ${verification.valid ? 'valid' : 'INVALID'} (${verification.checked?.toLocaleString('en-US')} events, ${verifySeconds.toFixed(0)} s)`,
    baseline: `bare SQL, no audit: ${rate(sql.throughput, 'tx/s')}`,
    ratio: `${times(ratio(http.throughput, sql.throughput))} throughput`,
    target: '≥ 1,000 writes/s, chain valid',
    met: http.errors === 0 && http.throughput >= 1000 && verification.valid === true,
    data: { http, sql, verification, verifySeconds },
  });
}
