// The verifier's baseline: only the canonical serialisation and SHA-256 of each event, on
// events already parsed into memory, with the verifier's own functions. Prints one JSON line.
//   node hash-baseline.mjs '{"file":"export.ndjson","events":200000}'
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { ROOT } from '../lib/paths.mjs';

const require = createRequire(import.meta.url);
const { canonicalEventText } = require(`${ROOT}/apps/api/bin/audit-chain.cjs`);
const { hash, createHash } = await import('node:crypto');
const sha256 =
  typeof hash === 'function'
    ? (text) => hash('sha256', text, 'hex')
    : (text) => createHash('sha256').update(text).digest('hex');

const spec = JSON.parse(process.argv[2]);
const events = [];
for await (const line of createInterface({ input: createReadStream(spec.file) })) {
  if (!line) continue;
  events.push(JSON.parse(line));
  if (events.length >= spec.events) break;
}
let mismatches = 0;
const started = process.hrtime.bigint();
for (const event of events) if (sha256(canonicalEventText(event)) !== event.hash) mismatches++;
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({ events: events.length, seconds, throughput: events.length / seconds, mismatches }));
