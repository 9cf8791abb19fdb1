import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import * as argon2 from 'argon2';
import type { Role } from '@ethics/domain';
import { Client } from 'pg';

const ROOT = join(__dirname, '../../../..');
const SERVER_ENTRY = join(ROOT, 'apps/api/dist/main.js');
const LISTENING = 'ethics case tracker is listening';
/** Log lines kept per process, to show with a failure. */
const KEPT_LINES = 200;

export const PROCESS_PASSWORD = 'correct-horse-battery-staple';

export interface LogLine {
  msg?: string;
  [field: string]: unknown;
}

export interface ApiProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  /** Resolves with the exit code and signal, whenever the process ends. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the first log line from now on that `matches`. */
  nextLog(matches: (line: LogLine) => boolean): Promise<LogLine>;
  /** The last lines the process wrote, for a failure message. */
  recentOutput(): string;
  /** SIGKILL unless it has exited; for clean-up. */
  kill(): Promise<void>;
}

let built: Promise<void> | null = null;

/** `tsc -b apps/api` once per spec file: incremental, so quick when nothing changed. */
export function buildApi(): Promise<void> {
  built ??= promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-b', 'apps/api'], {
    cwd: ROOT,
  }).then(() => undefined);
  return built;
}

/** What a server deployment must be given: a token secret and an audit signing key, shared by its processes. */
export function deploymentSecrets(): Record<string, string> {
  const { privateKey } = generateKeyPairSync('ed25519');
  return {
    TOKEN_SECRET: randomBytes(48).toString('base64'),
    AUDIT_SIGNING_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/**
 * `node apps/api/dist/main.js` as a process of its own on a loopback port the system picks,
 * as `npm start` runs it; resolves once it listens. `env` adds to (or, undefined, removes from)
 * this process's environment.
 */
export async function startApiProcess(env: Record<string, string | undefined>): Promise<ApiProcess> {
  await buildApi();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env };
  for (const [name, value] of Object.entries(childEnv)) if (value === undefined) delete childEnv[name];
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'exit').then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
  }));
  const recent: string[] = [];
  const watchers = new Set<{ matches: (line: LogLine) => boolean; resolve: (line: LogLine) => void }>();
  const keep = (text: string) => {
    recent.push(text);
    if (recent.length > KEPT_LINES) recent.shift();
  };
  createInterface({ input: child.stderr }).on('line', keep);
  createInterface({ input: child.stdout }).on('line', (text) => {
    keep(text);
    let line: LogLine;
    try {
      line = JSON.parse(text) as LogLine;
    } catch {
      return;
    }
    for (const watcher of [...watchers]) {
      if (!watcher.matches(line)) continue;
      watchers.delete(watcher);
      watcher.resolve(line);
    }
  });
  const nextLog = (matches: (line: LogLine) => boolean) =>
    new Promise<LogLine>((resolve) => watchers.add({ matches, resolve }));
  const recentOutput = () => recent.join('\n');

  const listening = nextLog((line) => line.msg === LISTENING);
  const outcome = await Promise.race([listening, exited]);
  if (!('msg' in outcome)) {
    throw new Error(`the API exited before listening (${String(outcome.code ?? outcome.signal)}):\n${recentOutput()}`);
  }
  return {
    url: String(outcome.url),
    pid: child.pid!,
    child,
    exited,
    nextLog,
    recentOutput,
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}

let passwordHash: Promise<string> | null = null;

/** A user written straight into a deployment's database, as an administrator would create one. */
export async function createUser(databaseUrl: string, role: Role): Promise<{ id: string; email: string }> {
  passwordHash ??= argon2.hash(PROCESS_PASSWORD, { type: argon2.argon2id });
  const email = `${role}-${randomBytes(6).toString('hex')}@process.test`;
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      'INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING id',
      [email, `${role} of the process specs`, role, await passwordHash],
    );
    return { id: rows[0].id, email };
  } finally {
    await client.end();
  }
}

/** Signs in over HTTP; returns the headers that carry the session. */
export async function signIn(url: string, email: string): Promise<Record<string, string>> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PROCESS_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in answered ${response.status}: ${await response.text()}`);
  const { accessToken } = (await response.json()) as { accessToken: string };
  return { authorization: `Bearer ${accessToken}` };
}
