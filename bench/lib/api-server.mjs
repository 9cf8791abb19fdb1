import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { openSync, closeSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT } from './paths.mjs';

const SERVER_ENTRY = join(ROOT, 'apps/api/dist/main.js');
const SQL_CAPTURE = join(ROOT, 'bench/lib/sql-capture.cjs');

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Resident set size now and at its peak, in bytes, from /proc (Linux). */
export function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

export async function waitForHealth(url, child, timeoutMs, log) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}; see ${log}`);
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error(`the API was not healthy after ${timeoutMs / 1000} s; see ${log}`);
}

/**
 * `node apps/api/dist/main.js` as its own process, logging to a file. With `captureSql`, the
 * process records its SQL on demand (see sql-capture.cjs and `captured`).
 */
export async function startApi({ env, name, logDir, captureSql = false, timeoutMs = 180_000 }) {
  const port = await freePort();
  const log = join(logDir, `${name}.log`);
  const sqlLog = join(logDir, `${name}.sql.ndjson`);
  const out = openSync(log, 'a');
  const childEnv = { ...env, PORT: String(port), HOST: '127.0.0.1' };
  if (captureSql) {
    writeFileSync(sqlLog, '');
    childEnv.BENCH_SQL_LOG = sqlLog;
    childEnv.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --require ${SQL_CAPTURE}`.trim();
  }
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    env: childEnv,
    stdio: captureSql ? ['ignore', out, out, 'ipc'] : ['ignore', out, out],
  });
  closeSync(out);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, timeoutMs, log);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const startSeconds = Number(process.hrtime.bigint() - started) / 1e9;

  /** Turns capture on or off and waits until the process says it has. */
  const setCapture = async (on) => {
    const acknowledged = new Promise((resolve) => {
      const listener = (message) => {
        if (message?.benchSqlCapture !== on) return;
        child.off('message', listener);
        resolve();
      };
      child.on('message', listener);
    });
    child.send({ benchSqlCapture: on });
    await acknowledged;
  };

  /** The SQL the process sent while `work` ran. */
  async function captured(work) {
    if (!captureSql) throw new Error(`${name} was started without SQL capture`);
    const from = readFileSync(sqlLog, 'utf8').length;
    await setCapture(true);
    let result;
    try {
      result = await work();
    } finally {
      await setCapture(false);
    }
    const queries = readFileSync(sqlLog, 'utf8')
      .slice(from)
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line));
    return { result, queries };
  }

  return {
    name,
    url,
    port,
    pid: child.pid,
    log,
    startSeconds,
    captured,
    memory: () => memoryOf(child.pid),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Samples a process's resident set every `intervalMs` until stopped; returns the peak seen. */
export function sampleMemory(pid, intervalMs = 100) {
  let peak = 0;
  const take = () => {
    try {
      peak = Math.max(peak, memoryOf(pid).rss);
    } catch {
      // The process is gone.
    }
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      return peak;
    },
  };
}
