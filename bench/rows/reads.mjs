import { latencyText, ratio, times } from '../lib/stats.mjs';

/** The repository's statements among everything a request sent (sessions and users left out). */
function appQueries(queries, pattern) {
  const found = queries.filter((q) => pattern.test(q.text));
  if (found.length === 0) throw new Error(`no captured SQL matched ${pattern}`);
  return found.map(({ text, values }) => ({ text, values }));
}

/**
 * A GET measured through the API (autocannon, `connections` clients) and its SQL through a bare
 * pool at the same concurrency: the pair QUALITY.md's speed table compares.
 */
async function readPair(ctx, { what, path, email, connections, pattern, target }) {
  const api = await ctx.api();
  const headers = await ctx.auth(email);
  const { queries } = await api.captured(async () => {
    const response = await fetch(`${api.url}${path}`, { headers });
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
    return response.json();
  });
  const statements = appQueries(queries, pattern);
  const http = await ctx.http({ targets: [{ url: `${api.url}${path}`, headers }], connections });
  const sql = await ctx.sql({ statements, concurrency: connections, mode: 'parallel' });
  const throughputRatio = ratio(http.throughput, sql.throughput);
  const met = target(http, throughputRatio);
  ctx.add({
    what,
    load: `${connections} clients, ${ctx.seconds} s`,
    value: latencyText(http),
    baseline: `bare SQL: ${latencyText(sql, 'q/s')}`,
    ratio: `${times(throughputRatio)} throughput`,
    target: met.text,
    met: met.ok,
    data: { http, sql, statements: statements.map((s) => s.text.replace(/\s+/g, ' ')) },
  });
}

const CASE_PAGE = /FROM cases c[\s\S]*ORDER BY c\.opened_at DESC/;

export async function casesRows(ctx) {
  const target = (http, r) => ({
    text: 'p95 ≤ 25 ms, ≥ 0.5× bare SQL',
    ok: http.errors === 0 && http.p95 <= 25 && r !== null && r >= 0.5,
  });
  await readPair(ctx, {
    what: '`GET /cases?status=investigating`, busy lead (member of every case)',
    path: '/api/v1/cases?status=investigating&limit=50',
    email: ctx.users.busyLead,
    connections: 32,
    pattern: CASE_PAGE,
    target,
  });
  await readPair(ctx, {
    what: '`GET /cases?status=investigating`, reviewer on ~5k cases',
    path: '/api/v1/cases?status=investigating&limit=50',
    email: ctx.users.reviewer,
    connections: 32,
    pattern: CASE_PAGE,
    target,
  });
}

export async function searchRows(ctx) {
  await readPair(ctx, {
    what: '`GET /cases?q=surveillance`, busy lead',
    path: '/api/v1/cases?q=surveillance&limit=50',
    email: ctx.users.busyLead,
    connections: 8,
    pattern: CASE_PAGE,
    target: (http, r) => ({
      text: 'p95 ≤ 50 ms, ≥ 0.5× bare SQL',
      ok: http.errors === 0 && http.p95 <= 50 && r !== null && r >= 0.5,
    }),
  });
}

export async function metricsRows(ctx) {
  await readPair(ctx, {
    what: '`GET /metrics/outcomes`, executive',
    path: '/api/v1/metrics/outcomes',
    email: ctx.users.executive,
    connections: 8,
    pattern: /FROM cases c|FROM enforcement_actions a/,
    target: (http) => ({ text: 'p95 ≤ 100 ms', ok: http.errors === 0 && http.p95 <= 100 }),
  });
}
