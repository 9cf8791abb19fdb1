export const STATEMENT_DIRECTIONS = ['issued', 'received'] as const;
export type StatementDirection = (typeof STATEMENT_DIRECTIONS)[number];

export const STATEMENT_AUDIENCES = ['public', 'press', 'customer', 'employees', 'regulator', 'internal'] as const;
export type StatementAudience = (typeof STATEMENT_AUDIENCES)[number];

/** Audiences whose statements need an approver other than the author (a lead or an executive). */
export const PUBLIC_AUDIENCES: readonly StatementAudience[] = ['public', 'press'];

/** Issued statements move draft → in_review → approved → published; received ones are `received`. */
export const STATEMENT_STATUSES = ['draft', 'in_review', 'approved', 'published', 'received'] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];

export type StatementCommand = 'submit' | 'approve' | 'publish';

export const STATEMENT_COMMANDS: Readonly<Record<StatementCommand, { from: StatementStatus; to: StatementStatus }>> = {
  submit: { from: 'draft', to: 'in_review' },
  approve: { from: 'in_review', to: 'approved' },
  publish: { from: 'approved', to: 'published' },
};
