// HTTP load from its own process with autocannon: a closed loop of `connections` clients per
// target for `warmupSeconds` (not counted) and then `seconds`. Prints one JSON summary line.
//   node http-load.mjs '{"targets":[{"url":…,"method":"GET","headers":{…},"body":…}],"connections":32,…}'
import autocannon from 'autocannon';
import { percentiles } from '../lib/stats.mjs';

const spec = JSON.parse(process.argv[2]);

function run(target, connections, seconds, latencies) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        method: target.method ?? 'GET',
        headers: target.headers ?? {},
        body: target.body,
        connections,
        duration: seconds,
        timeout: spec.timeoutSeconds ?? 120,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    if (latencies) instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/** The connections split over the targets (two API processes get half each). */
function split(total, parts) {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

const shares = split(spec.connections, spec.targets.length);
if (spec.warmupSeconds > 0) {
  await Promise.all(spec.targets.map((target, i) => run(target, shares[i], spec.warmupSeconds, null)));
}
const latencies = [];
const started = process.hrtime.bigint();
const results = await Promise.all(spec.targets.map((target, i) => run(target, shares[i], spec.seconds, latencies)));
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const sum = (pick) => results.reduce((total, result) => total + pick(result), 0);
const ok = sum((r) => r['2xx']);
console.log(
  JSON.stringify({
    ...percentiles(latencies),
    requests: latencies.length,
    ok,
    errors: sum((r) => r.errors + r.timeouts + r.non2xx),
    throughput: ok / seconds,
    seconds,
  }),
);
