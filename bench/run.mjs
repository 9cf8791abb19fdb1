#!/usr/bin/env node
// `npm run bench`: measures QUALITY.md's speed table against the database of DATABASE_URL
// (filled by `npm run seed:large`), each row next to its baseline in the same run.
//
//   DATABASE_URL=postgres://… npm run bench [-- --quick] [--only cases,export] [--seconds 20] [--out FILE] [--keep]
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startApi } from './lib/api-server.mjs';
import { runCommand, runJson } from './lib/child.mjs';
import { ROOT } from './lib/paths.mjs';
import { benchmarksDocument, dataSizes, machine, markdownTable } from './lib/report.mjs';
import { dashboardRows } from './rows/dashboard.mjs';
import { exportRows, verifierRows } from './rows/exports.mjs';
import { casesRows, metricsRows, searchRows } from './rows/reads.mjs';
import { startupRows } from './rows/startup.mjs';
import { writeRows, writesRows } from './rows/writes.mjs';

/** In this order: reads first, writes (which add cases and events) last. */
const ROWS = {
  cases: casesRows,
  search: searchRows,
  metrics: metricsRows,
  export: exportRows,
  verifier: verifierRows,
  dashboard: dashboardRows,
  startup: startupRows,
  write: writeRows,
  writes: writesRows,
};

const USAGE = `usage: DATABASE_URL=postgres://… npm run bench -- [options]

  --quick          shorter runs, the 200k export only (a few minutes)
  --only a,b       only these rows: ${Object.keys(ROWS).join(', ')}
  --seconds N      measured seconds per load run (default 20, quick 6)
  --out FILE       write the table there (default: docs/benchmarks.md, for a full run of every row)
  --keep           keep the temporary folder (logs, captured SQL, the NDJSON export)`;

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    only: { type: 'string' },
    seconds: { type: 'string' },
    out: { type: 'string' },
    keep: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const databaseUrl = process.env.DATABASE_URL?.trim();
if (!databaseUrl) {
  console.error(
    `DATABASE_URL is not set: the benchmark runs against a PostgreSQL server filled by npm run seed:large.\n\n${USAGE}`,
  );
  process.exit(2);
}
const selected = options.only ? options.only.split(',').map((id) => id.trim()) : Object.keys(ROWS);
const unknown = selected.filter((id) => !(id in ROWS));
if (unknown.length) {
  console.error(`unknown rows: ${unknown.join(', ')}\n\n${USAGE}`);
  process.exit(2);
}
const quick = Boolean(options.quick);
const seconds = Number(options.seconds ?? (quick ? 6 : 20));
const complete = !options.only && !quick;
const outFile = options.out ?? (complete ? join(ROOT, 'docs/benchmarks.md') : null);

/** Newest modification time under a folder, for "is the build older than its sources?". */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

async function build() {
  console.error('building the API (incremental)…');
  const api = await runCommand('npx', ['tsc', '-b', 'apps/api'], { cwd: ROOT });
  if (api.code !== 0) throw new Error(`the API build failed:\n${api.stdout}${api.stderr}`);
  const index = join(ROOT, 'apps/web/dist/index.html');
  if (
    selected.includes('dashboard') &&
    (!existsSync(index) || newest(join(ROOT, 'apps/web/src')) > statSync(index).mtimeMs)
  ) {
    console.error('building the dashboard…');
    const web = await runCommand('npm', ['run', 'build', '-w', 'apps/web'], { cwd: ROOT });
    if (web.code !== 0) throw new Error(`the dashboard build failed:\n${web.stdout}${web.stderr}`);
  }
}

const signingKey = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' });
const poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 10);
const apiEnv = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  TOKEN_SECRET: randomBytes(48).toString('base64'),
  AUDIT_SIGNING_KEY: Buffer.from(signingKey).toString('base64'),
  DATABASE_POOL_SIZE: String(poolSize),
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
};
const password = process.env.BENCH_PASSWORD ?? 'demo-password';
const tmp = mkdtempSync(join(tmpdir(), 'ethics-bench-'));
const running = new Set();
const db = new pg.Client({ connectionString: databaseUrl });
const results = [];
const failures = [];
const tokens = new Map();
let sharedApi = null;

async function launch(name, captureSql) {
  const api = await startApi({ env: apiEnv, name, logDir: tmp, captureSql });
  running.add(api);
  const stop = api.stop;
  return Object.assign(api, {
    stop: async () => {
      running.delete(api);
      await stop();
    },
  });
}

const script = (name) => join(ROOT, 'bench/load', name);
const ctx = {
  quick,
  seconds,
  poolSize,
  tmp,
  logDir: tmp,
  db,
  tokenExpiry: null,
  users: {
    busyLead: 'lead-1@large.test',
    reviewer: 'reviewer-1@large.test',
    executive: 'executive-1@large.test',
    auditor: 'auditor-1@large.test',
    writer: 'lead-2@large.test',
  },
  async api() {
    sharedApi ??= await launch('api', true);
    return sharedApi;
  },
  freshApi: (name) => launch(name, false),
  async auth(email) {
    if (!tokens.has(email)) {
      const api = await ctx.api();
      const response = await fetch(`${api.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      if (!response.ok)
        throw new Error(
          `sign-in of ${email} answered ${response.status}: was the database seeded with npm run seed:large?`,
        );
      const body = await response.json();
      ctx.tokenExpiry = body.expiresAt;
      tokens.set(email, { Authorization: `Bearer ${body.accessToken}` });
    }
    return tokens.get(email);
  },
  http: (spec) => runJson(script('http-load.mjs'), { warmupSeconds: quick ? 2 : 5, seconds, ...spec }),
  sql: (spec) =>
    runJson(script('sql-load.mjs'), { databaseUrl, poolSize, warmupSeconds: quick ? 2 : 5, seconds, ...spec }),
  download: (spec) => runJson(script('download.mjs'), { file: null, ...spec }),
  copyOut: (sql) => runJson(script('copy-out.mjs'), { databaseUrl, sql }),
  hashBaseline: (file, events) => runJson(script('hash-baseline.mjs'), { file, events }),
  async verify(file, args) {
    const run = await runCommand(process.execPath, [
      join(ROOT, 'apps/api/bin/audit-verify.mjs'),
      file,
      '--json',
      ...args,
    ]);
    if (run.code === 2) throw new Error(`the verifier could not run: ${run.stderr}`);
    return JSON.parse(run.stdout);
  },
  add(row) {
    results.push(row);
    console.error(
      `  ${row.met === true ? 'met ' : row.met === false ? 'MISS' : '    '} ${row.what}: ${row.value} | ${row.baseline} | ${row.ratio}`,
    );
  },
};

async function stopAll() {
  await Promise.all([...running].map((api) => api.stop()));
}

process.on('SIGINT', () => {
  void stopAll().finally(() => process.exit(130));
});

const startedAt = new Date();
const loadAtStart = loadavg()[0];
try {
  await build();
  await db.connect();
  const sizes = await dataSizes(db);
  if (sizes.cases === 0) throw new Error('the database has no cases: fill it first with npm run seed:large');
  const host = await machine(db);
  console.error(
    `measuring ${selected.join(', ')} on ${Object.entries(sizes)
      .map(([t, n]) => `${n} ${t}`)
      .join(', ')}${quick ? ' (quick)' : ''}`,
  );
  for (const id of selected) {
    console.error(`\n[${id}]`);
    try {
      await ROWS[id](ctx);
    } catch (error) {
      failures.push({ id, message: error instanceof Error ? error.message : String(error) });
      console.error(`  FAILED: ${failures[failures.length - 1].message}`);
    }
  }
  await stopAll();
  const elapsed = (Date.now() - startedAt.getTime()) / 1000;
  console.log(`\n${markdownTable(results)}\n`);
  writeFileSync(
    join(tmp, 'results.json'),
    JSON.stringify({ startedAt, quick, seconds, host, sizes, results, failures }, null, 2),
  );
  if (outFile) {
    writeFileSync(
      outFile,
      benchmarksDocument({
        rows: results,
        machine: host,
        sizes,
        startedAt,
        seconds: elapsed,
        quick,
        load: [loadAtStart, loadavg()[0]],
        failures,
        poolSize,
        rowIds: Object.keys(ROWS),
      }),
    );
    console.log(`written to ${outFile}`);
  }
  console.log(
    `${results.length} rows in ${(elapsed / 60).toFixed(1)} min; ${failures.length} could not be measured${options.keep ? `; files in ${tmp}` : ''}`,
  );
  process.exitCode = failures.length ? 1 : 0;
} finally {
  await stopAll();
  await db.end().catch(() => undefined);
  if (!options.keep) rmSync(tmp, { recursive: true, force: true });
}
