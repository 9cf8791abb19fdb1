import { cpus, totalmem } from 'node:os';

const escape = (text) => String(text).replace(/\|/g, '\\|');
const metText = (met) => (met === true ? 'yes' : met === false ? '**no**' : '—');

export function markdownTable(rows) {
  const lines = [
    '| what | load | measured | baseline (same run) | ratio | target | met |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    lines.push(
      `| ${[row.what, row.load, row.value, row.baseline, row.ratio, row.target, metText(row.met)].map(escape).join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

export async function machine(db) {
  const { rows } = await db.query('SHOW server_version');
  const cpu = cpus();
  return {
    cores: cpu.length,
    cpu: cpu[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    postgres: rows[0].server_version,
  };
}

const DATA_TABLES = [
  'cases',
  'case_members',
  'allegations',
  'evidence',
  'enforcement_actions',
  'audit_events',
  'users',
];

export async function dataSizes(db) {
  const sizes = {};
  for (const table of DATA_TABLES) {
    const { rows } = await db.query(`SELECT count(*)::bigint AS n FROM "${table}"`);
    sizes[table] = Number(rows[0].n);
  }
  return sizes;
}

export function benchmarksDocument({
  rows,
  machine: m,
  load,
  sizes,
  startedAt,
  seconds,
  quick,
  failures,
  poolSize,
  rowIds,
}) {
  const data = Object.entries(sizes)
    .map(([table, n]) => `${n.toLocaleString('en-US')} ${table}`)
    .join(', ');
  return `# Benchmarks

Measured by \`npm run bench\`${quick ? ' -- --quick' : ''} on ${startedAt.toISOString().slice(0, 10)} (${Math.round(seconds / 60)} min), against data from
\`npm run seed:large\` on a PostgreSQL server. Targets are QUALITY.md's. Every baseline ran in the same
run, on the same data and machine, right after the value it is compared with; the load generators
run in processes of their own, on the same cores as the API and PostgreSQL.

- **Machine**: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB of memory; Node ${m.node}; PostgreSQL ${m.postgres}.
- **Data** (counted before the run): ${data}.
- **Load**: 1-minute load average ${load.map((l) => l.toFixed(1)).join(' at the start, ')} at the end, on ${m.cores} cores.
- **Noise**: the machine is shared, and other work ran during the run; compare ratios, which pair each
  value with a baseline taken minutes apart, rather than absolute figures between runs.

${markdownTable(rows)}
${failures.length ? `\nRows that could not be measured:\n\n${failures.map((f) => `- ${f.id}: ${f.message}`).join('\n')}\n` : ''}
## How each row is measured

- **API rows** drive \`node apps/api/dist/main.js\` (a pool of ${poolSize} connections, log level info, to a file) with
  autocannon from a separate process: a warm-up that is not counted, then a closed loop of N clients.
  Latencies are per request; throughput counts 2xx answers only.
- **Bare SQL** is the SQL the API sent for one such request, recorded from the running API process
  (a preloaded hook on \`pg\`'s \`Client#query\`), replayed with the same parameters through a bare
  \`pg\` pool of the same size, with as many concurrent callers as the API had clients. For
  \`/metrics/outcomes\` one "request" is its four aggregate statements at once, as the service sends them.
- **Audited write**: \`POST /cases\` at one client against its own transaction (as recorded, from
  \`START TRANSACTION\` to \`COMMIT\`) minus the statements that append the audit event (the chain lock,
  the head read and the insert), replayed with a new case id and reference each time. The API figure
  also carries HTTP, authentication and the read-back of the created case.
- **Writes with two processes**: two fresh API processes, 16 clients each, then \`GET /audit/verify\` over
  the whole chain.
- **Exports**: one download each, through a fresh API process whose resident set is sampled every
  100 ms from \`/proc\`; rows/s are rows of the CSV over the download's wall time. The baseline is
  \`COPY (SELECT * FROM audit_events … ORDER BY seq) TO STDOUT WITH (FORMAT csv, HEADER)\` of the same rows
  through \`pg-copy-streams\`. The 200k export is the chain's first 200,000 events (a \`to\` filter).
- **Verifier**: \`apps/api/bin/audit-verify.mjs --json\` on an NDJSON export; its baseline is
  \`canonicalEventText\` + SHA-256 alone over events already parsed in memory.
- **Dashboard**: Debian's Chromium through playwright-core, a new browser context per load (cold cache),
  signed in as the busy lead; from \`page.goto('/cases')\` to the first table row visible. The first
  load is not counted. The JavaScript size is the gzipped (level 9) size of the scripts that load fetched.
- **Start-up**: \`node apps/api/dist/main.js\` without \`DATABASE_URL\` and with an empty \`DATA_DIR\`
  (embedded PostgreSQL, migrations, demo seed) until \`/api/v1/health\` answers 200.

Re-run one row while working on it: \`npm run bench -- --only cases\` (rows: ${rowIds.map((id) => `\`${id}\``).join(', ')}).
`;
}
