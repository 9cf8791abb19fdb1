/** How much data `npm run seed:large` writes; the defaults are QUALITY.md's. */
export interface LargeSeedSizes {
  cases: number;
  allegations: number;
  /** Evidence records: metadata only, no stored content. */
  evidence: number;
  actions: number;
  auditEvents: number;
}

export const DEFAULT_LARGE_SEED_SIZES: Readonly<LargeSeedSizes> = {
  cases: 100_000,
  allegations: 300_000,
  evidence: 1_000_000,
  actions: 200_000,
  auditEvents: 2_000_000,
};

/** Kinds of generated rows, for ids and for the seeded generators of each pass. */
export const RowKind = {
  User: 1,
  Clause: 2,
  Subject: 3,
  Case: 4,
  Allegation: 5,
  Evidence: 6,
  Custody: 7,
  Finding: 8,
  Action: 9,
  Statement: 10,
  Task: 11,
  AuditEvent: 12,
} as const;
