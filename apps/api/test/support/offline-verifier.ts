import { execFile } from 'node:child_process';
import { join } from 'node:path';

export const OFFLINE_VERIFIER = join(__dirname, '../../bin/audit-verify.mjs');

/** What `audit-verify.mjs --json` prints. */
export interface OfflineSummary {
  valid: boolean;
  mode: 'complete' | 'filtered';
  checked: number;
  linksChecked: number;
  firstSeq: number | null;
  lastSeq: number;
  lastHash: string;
  firstInvalidId: string | null;
  firstInvalidSeq: number | null;
  firstInvalidLine: number | null;
  reason: string | null;
  detail: string | null;
  eventsPerSecond: number | null;
}

export interface OfflineRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the shipped verifier as its own process, exactly as an auditor would. */
export function runOfflineVerifier(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<OfflineRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [OFFLINE_VERIFIER, ...args], { env, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The verifier's `--json` answer for a file. */
export async function offlineSummary(file: string, ...options: string[]): Promise<OfflineRun & OfflineSummary> {
  const run = await runOfflineVerifier([file, '--json', ...options]);
  return { ...run, ...(JSON.parse(run.stdout) as OfflineSummary) };
}
