// The export's baseline: PostgreSQL's own `COPY (…) TO STDOUT` of the same rows, read by a
// client in its own process and thrown away.
//   node copy-out.mjs '{"databaseUrl":…,"sql":"COPY (…) TO STDOUT WITH (FORMAT csv, HEADER)"}'
import pg from 'pg';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import copyStreams from 'pg-copy-streams';

const spec = JSON.parse(process.argv[2]);
const client = new pg.Client({ connectionString: spec.databaseUrl });
await client.connect();
let bytes = 0;
const started = process.hrtime.bigint();
const stream = client.query(copyStreams.to(spec.sql));
await pipeline(
  stream,
  new Writable({
    write(chunk, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  }),
);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
await client.end();
console.log(JSON.stringify({ rows: stream.rowCount, bytes, seconds }));
