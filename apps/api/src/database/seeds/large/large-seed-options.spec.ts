import { DEFAULT_LARGE_SEED_SIZES } from './large-seed-sizes';
import { UsageError, parseCount, parseLargeSeedArgs } from './large-seed-options';

describe('seed:large options', () => {
  it('defaults to the sizes of QUALITY.md, refusing data already there', () => {
    expect(parseLargeSeedArgs([])).toEqual({
      sizes: DEFAULT_LARGE_SEED_SIZES,
      force: false,
      method: 'copy',
      seed: undefined,
      help: false,
    });
    expect(DEFAULT_LARGE_SEED_SIZES).toEqual({
      cases: 100_000,
      allegations: 300_000,
      evidence: 1_000_000,
      actions: 200_000,
      auditEvents: 2_000_000,
    });
  });

  it('takes each size, in plain, grouped or suffixed form', () => {
    const command = parseLargeSeedArgs([
      '--cases',
      '5k',
      '--allegations=15_000',
      '--evidence',
      '50,000',
      '--actions',
      '1M',
      '--audit-events',
      '2m',
      '--yes',
    ]);
    expect(command.sizes).toEqual({
      cases: 5_000,
      allegations: 15_000,
      evidence: 50_000,
      actions: 1_000_000,
      auditEvents: 2_000_000,
    });
    expect(command.force).toBe(true);
    expect(parseLargeSeedArgs(['--force']).force).toBe(true);
    expect(parseLargeSeedArgs(['--method', 'insert', '--seed', '7'])).toMatchObject({ method: 'insert', seed: 7 });
  });

  it.each([
    [['--cases', 'many']],
    [['--cases', '-5']],
    [['--cases', '0']],
    [['--evidence', '1.5k']],
    [['--method', 'csv']],
    [['--unknown']],
  ])('refuses %j with a usage error', (argv) => {
    expect(() => parseLargeSeedArgs(argv)).toThrow(UsageError);
  });

  it('reads counts exactly', () => {
    expect(parseCount('250000', 'cases')).toBe(250_000);
    expect(parseCount('250k', 'cases')).toBe(250_000);
  });
});
