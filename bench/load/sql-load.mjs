// The baseline: the application's own SQL, captured from it, through a bare pg pool with the
// same number of concurrent callers as the HTTP load had clients. Prints one JSON line.
//   node sql-load.mjs '{"databaseUrl":…,"poolSize":10,"concurrency":32,"seconds":20,"warmupSeconds":5,
//                      "mode":"parallel"|"transaction","statements":[{"text":…,"values":[…]}],"substitutions":{…}}'
import pg from 'pg';
import { percentiles } from '../lib/stats.mjs';

const spec = JSON.parse(process.argv[2]);
const pool = new pg.Pool({ connectionString: spec.databaseUrl, max: spec.poolSize });

/** One request's statements at once, as Promise.all in a service would send them. */
const parallel = () => Promise.all(spec.statements.map((s) => pool.query(s.text, s.values)));

/**
 * One captured transaction replayed on one connection. Values that identify the row it created
 * (the new case's id and reference) are swapped for those of the new row, so that each replay
 * is a new write, as each HTTP request is.
 */
async function transaction() {
  const client = await pool.connect();
  const swaps = new Map();
  try {
    for (const step of spec.statements) {
      const values = step.values.map((value) => (swaps.has(value) ? swaps.get(value) : value));
      const result = await client.query(step.text, values);
      const sub = spec.substitutions ?? {};
      if (sub.reference && /nextval\(/i.test(step.text)) {
        const n = Object.values(result.rows[0])[0];
        swaps.set(sub.reference, sub.reference.replace(/\d+$/, String(n).padStart(4, '0')));
      }
      if (sub.id && result.rows[0]?.id && /^\s*INSERT/i.test(step.text) && !swaps.has(sub.id)) {
        swaps.set(sub.id, result.rows[0].id);
      }
    }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const work = spec.mode === 'transaction' ? transaction : parallel;

async function loop(until, latencies, errors) {
  while (Date.now() < until) {
    const started = process.hrtime.bigint();
    try {
      await work();
      latencies?.push(Number(process.hrtime.bigint() - started) / 1e6);
    } catch (error) {
      errors.push(error.message);
    }
  }
}

async function phase(seconds, latencies) {
  const errors = [];
  const until = Date.now() + seconds * 1000;
  await Promise.all(Array.from({ length: spec.concurrency }, () => loop(until, latencies, errors)));
  return errors;
}

if (spec.warmupSeconds > 0) await phase(spec.warmupSeconds, null);
const latencies = [];
const started = process.hrtime.bigint();
const errors = await phase(spec.seconds, latencies);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
await pool.end();
console.log(
  JSON.stringify({
    ...percentiles(latencies),
    requests: latencies.length,
    ok: latencies.length,
    errors: errors.length,
    firstError: errors[0] ?? null,
    throughput: latencies.length / seconds,
    seconds,
  }),
);
