import { parseArgs } from 'node:util';
import { DEFAULT_LARGE_SEED_SIZES, type LargeSeedSizes } from './large-seed-sizes';
import type { LoadMethod } from './row-sink';

export interface LargeSeedCommand {
  sizes: LargeSeedSizes;
  force: boolean;
  method: LoadMethod;
  seed?: number;
  help: boolean;
}

export const LARGE_SEED_USAGE = `usage: DATABASE_URL=postgres://… npm run seed:large -- [options]

Fills the PostgreSQL database of DATABASE_URL (migrated first) with a large, varied data set and
a valid audit chain, in one transaction. Sizes take 250000, 250_000, 250k or 2M.

  --cases N          cases (default 100k)
  --allegations N    allegations (default 300k)
  --evidence N       evidence records, metadata only (default 1M)
  --actions N        enforcement actions (default 200k)
  --audit-events N   audit events (default 2M)
  --yes, --force     write into a database that already holds data
  --seed N           the same seed gives the same data (ids and times aside)
  --method M         copy (default) or insert (for servers that cannot COPY FROM STDIN)
  -h, --help         this text`;

export class UsageError extends Error {}

const SIZE_FLAGS: Record<string, keyof LargeSeedSizes> = {
  cases: 'cases',
  allegations: 'allegations',
  evidence: 'evidence',
  actions: 'actions',
  'audit-events': 'auditEvents',
};

export function parseCount(text: string, name: string): number {
  const match = /^(\d[\d_,]*)([kKmM]?)$/.exec(text.trim());
  if (!match) throw new UsageError(`--${name} must be a whole number such as 5000, 5_000 or 5k (got "${text}")`);
  const base = Number(match[1].replace(/[_,]/g, ''));
  const factor = { '': 1, k: 1_000, m: 1_000_000 }[match[2].toLowerCase() as '' | 'k' | 'm'];
  return base * factor;
}

export function parseLargeSeedArgs(argv: string[]): LargeSeedCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      options: {
        ...Object.fromEntries(Object.keys(SIZE_FLAGS).map((flag) => [flag, { type: 'string' as const }])),
        yes: { type: 'boolean' },
        force: { type: 'boolean' },
        seed: { type: 'string' },
        method: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const sizes = { ...DEFAULT_LARGE_SEED_SIZES };
  for (const [flag, key] of Object.entries(SIZE_FLAGS)) {
    const value = values[flag];
    if (typeof value === 'string') sizes[key] = parseCount(value, flag);
  }
  if (sizes.cases < 1) throw new UsageError('--cases must be at least 1');
  const method = (values.method as string | undefined) ?? 'copy';
  if (method !== 'copy' && method !== 'insert') throw new UsageError('--method must be copy or insert');
  return {
    sizes,
    force: Boolean(values.yes || values.force),
    method,
    seed: typeof values.seed === 'string' ? parseCount(values.seed, 'seed') : undefined,
    help: Boolean(values.help),
  };
}
