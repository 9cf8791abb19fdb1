// Streams one HTTP download (an export) to a file or to nowhere, from its own process.
//   node download.mjs '{"url":…,"headers":{…},"file":null|"/path"}'
import { createWriteStream } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';

const spec = JSON.parse(process.argv[2]);
const started = process.hrtime.bigint();
const response = await fetch(spec.url, { headers: spec.headers });
let bytes = 0;
let newlines = 0;
const counter = new Writable({
  write(chunk, _encoding, done) {
    bytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) newlines++;
    done();
  },
});
const sink = spec.file ? createWriteStream(spec.file) : null;
const body = Readable.fromWeb(response.body);
if (sink) {
  body.on('data', (chunk) => counter.write(chunk));
  await pipeline(body, sink);
} else {
  await pipeline(body, counter);
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({ status: response.status, bytes, newlines, seconds }));
