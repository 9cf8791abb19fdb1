// Serves an S3-compatible endpoint on a loopback port for the tests (s3rver, objects kept in
// S3_TEST_DIR), in a process of its own so that its memory and CPU are not the API's.
// Reports `{ ready: true, port }` over IPC once it is listening.
import S3rver from 's3rver';

const server = new S3rver({
  address: '127.0.0.1',
  port: Number(process.env.S3_TEST_PORT ?? '0'),
  directory: process.env.S3_TEST_DIR,
  silent: true,
});

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
// The test process owns this one: when it goes away, so do we.
process.on('disconnect', () => void stop());

server.run().then(
  ({ port }) => process.send?.({ ready: true, port }),
  (error) => {
    process.send?.({ ready: false, message: String(error?.message ?? error) });
    process.exit(1);
  },
);
