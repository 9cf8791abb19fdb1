import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { appendAuditEvents } from '../factories/audit-events.factory';
import {
  createUser,
  deploymentSecrets,
  signIn,
  startApiProcess,
  type ApiProcess,
  type LogLine,
} from '../support/api-process';
import { offlineSummary } from '../support/offline-verifier';
import { createScratchDatabase, type ScratchDatabase } from '../support/scratch-database';

/** Enough events that their export (~20 MB) cannot sit in the sockets' buffers: it stays in flight while unread. */
const EXPORTED_EVENTS = 30_000;

const draining = (line: LogLine) => line.msg?.startsWith('shutdown: new connections refused') ?? false;

/** Starts a GET and resolves with the response as soon as its headers arrive, body unread. */
function openResponse(url: string, headers: Record<string, string>): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { headers, agent: false }, (response) => {
      response.pause();
      resolve(response);
    });
    request.on('error', reject);
    request.end();
  });
}

/** A connection with a health check begun but not finished: a request in flight, as a proxy's would be. */
async function halfSentHealthCheck(url: string): Promise<{ socket: Socket; finish(): Promise<string> }> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  socket.write(`GET /api/v1/health HTTP/1.1\r\nHost: ${hostname}\r\n`);
  return {
    socket,
    finish: () =>
      new Promise<string>((resolve, reject) => {
        let text = '';
        socket.setEncoding('utf8');
        socket.on('data', (chunk: string) => (text += chunk));
        socket.once('end', () => resolve(text));
        socket.once('error', reject);
        socket.write('\r\n');
      }),
  };
}

function connectionRefused(url: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

describe('graceful shutdown on SIGTERM', () => {
  const secrets = deploymentSecrets();
  const processes: ApiProcess[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'ethics-shutdown-'));
  afterAll(async () => {
    for (const api of processes) await api.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('on a PostgreSQL server', () => {
    let scratch: ScratchDatabase;
    beforeAll(async () => {
      scratch = await createScratchDatabase();
    });
    afterAll(async () => {
      await scratch?.drop();
    });

    const start = async (env: Record<string, string> = {}) => {
      const api = await startApiProcess({ DATABASE_URL: scratch.url, ...secrets, ...env });
      processes.push(api);
      return api;
    };

    it('refuses new connections, answers health 503, finishes the export in flight, seals, and exits 0', async () => {
      const api = await start();
      const auditor = await createUser(scratch.url, 'auditor');
      const dataSource = await new DataSource(dataSourceOptions({ url: scratch.url, poolSize: 1 })).initialize();
      await appendAuditEvents(dataSource, EXPORTED_EVENTS).finally(() => dataSource.destroy());
      const headers = await signIn(api.url, auditor.email);

      const healthCheck = await halfSentHealthCheck(api.url);
      const exported = await openResponse(`${api.url}/api/v1/audit/export?format=ndjson`, headers);
      expect(exported.statusCode).toBe(200);

      const drainingLogged = api.nextLog(draining);
      api.child.kill('SIGTERM');
      await drainingLogged;

      await expect(connectionRefused(api.url)).resolves.toBe('ECONNREFUSED');
      const health = await healthCheck.finish();
      expect(health).toMatch(/^HTTP\/1\.1 503 /);
      expect(health).toMatch(/\r\nConnection: close\r\n/i);
      expect(health).toContain('"status":"draining"');

      // The export was held by its reader all along; read now, it is whole, and it verifies.
      const file = join(dir, 'export.ndjson');
      await pipeline(exported, createWriteStream(file));
      const summary = await offlineSummary(file);
      expect(summary).toMatchObject({ valid: true, mode: 'complete' });
      expect(summary.lastSeq).toBeGreaterThan(EXPORTED_EVENTS);
      expect(readFileSync(file, 'utf8').endsWith('\n')).toBe(true);

      await expect(api.exited).resolves.toEqual({ code: 0, signal: null });
      expect(api.recentOutput()).toContain('"msg":"shutdown complete"');

      const client = new Client({ connectionString: scratch.url });
      await client.connect();
      const unsealed = await client
        .query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events WHERE seq IS NULL')
        .finally(() => client.end());
      expect(unsealed.rows[0].n).toBe(0);
    }, 300_000);

    it('cuts what is still in flight after SHUTDOWN_TIMEOUT_MS, and still exits 0', async () => {
      const api = await start({ SHUTDOWN_TIMEOUT_MS: '500' });
      const auditor = await createUser(scratch.url, 'auditor');
      const exported = await openResponse(
        `${api.url}/api/v1/audit/export?format=ndjson`,
        await signIn(api.url, auditor.email),
      );
      const cut = new Promise<string>((resolve) => {
        exported.once('aborted', () => resolve('aborted'));
        exported.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      });

      api.child.kill('SIGTERM');
      // Never read: the export can only end by the cut.
      await expect(api.exited).resolves.toEqual({ code: 0, signal: null });
      expect(api.recentOutput()).toContain('requests still in flight after the timeout are cut');
      exported.resume();
      await expect(cut).resolves.toMatch(/aborted|ECONNRESET/);
    }, 300_000);
  });

  it('stops the embedded database child process too', async () => {
    const api = await startApiProcess({ DATA_DIR: join(dir, 'embedded'), DATABASE_URL: undefined });
    processes.push(api);
    const [embedded] = readFileSync(`/proc/${api.pid}/task/${api.pid}/children`, 'utf8').trim().split(/\s+/);
    expect(Number(embedded)).toBeGreaterThan(0);
    await expect(fetch(`${api.url}/api/v1/health`).then((response) => response.status)).resolves.toBe(200);

    api.child.kill('SIGTERM');
    await expect(api.exited).resolves.toEqual({ code: 0, signal: null });
    // Stopped and waited for before the API exited, not left to notice its parent is gone.
    expect(() => process.kill(Number(embedded), 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));

    // Its files were closed cleanly: the next start opens them.
    const again = await startApiProcess({ DATA_DIR: join(dir, 'embedded'), DATABASE_URL: undefined });
    processes.push(again);
    await expect(fetch(`${again.url}/api/v1/health`).then((response) => response.status)).resolves.toBe(200);
    again.child.kill('SIGTERM');
    await expect(again.exited).resolves.toEqual({ code: 0, signal: null });
  }, 300_000);
});
