// Preloaded into an API process by the benchmark (NODE_OPTIONS=--require): records the SQL that
// the application sends, with its parameters, so that the baseline runs exactly the same
// statements through a bare pg pool. Off until the benchmark turns it on over the IPC channel
// (signals are taken: Nest's shutdown hooks listen to SIGUSR2 and the like), so that it costs
// one boolean test per query while load is measured.
const { appendFileSync } = require('node:fs');
const { join } = require('node:path');

const file = process.env.BENCH_SQL_LOG;
if (file && process.send) {
  const pg = require(require.resolve('pg', { paths: [join(__dirname, '../../apps/api'), process.cwd()] }));
  let capturing = false;
  process.on('message', (message) => {
    if (!message || typeof message.benchSqlCapture !== 'boolean') return;
    capturing = message.benchSqlCapture;
    process.send({ benchSqlCapture: capturing });
  });
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function capture(config, values, callback) {
    if (capturing) {
      const text = typeof config === 'string' ? config : config && config.text;
      const params = Array.isArray(values) ? values : config && config.values;
      if (typeof text === 'string') appendFileSync(file, JSON.stringify({ text, values: params ?? [] }) + '\n');
    }
    return query.call(this, config, values, callback);
  };
}
