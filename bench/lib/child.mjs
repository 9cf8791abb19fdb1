import { spawn } from 'node:child_process';
import { once } from 'node:events';

/**
 * Runs a Node script in its own process (load generators never share a process with what they
 * measure) and returns the JSON it prints as its last line of output.
 */
export async function runJson(script, input, { env = process.env, onStart } = {}) {
  const child = spawn(process.execPath, [script, JSON.stringify(input)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  onStart?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`${script} exited with ${code}: ${stderr.slice(-2000)}`);
  const lines = stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]);
}

/** Runs a command to completion; resolves with its wall time in seconds and output. */
export async function runCommand(command, args, { env = process.env, cwd } = {}) {
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const [code] = await once(child, 'exit');
  return { code, stdout, stderr, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}
