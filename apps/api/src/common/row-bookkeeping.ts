import { iso } from './iso-date';

interface VersionedRow {
  version: number;
  createdAt: Date | string;
  updatedAt: Date | string;
}

/** What a versioned row's DTO ends with: the version to send back, and when the row was created and last changed. */
export function bookkeeping(row: VersionedRow): { version: number; createdAt: string; updatedAt: string } {
  return { version: row.version, createdAt: iso(row.createdAt)!, updatedAt: iso(row.updatedAt)! };
}

/** A DTO as the audit trail keeps it: the event carries its own time, so the row's timestamps are left out. */
export function withoutTimestamps<T extends { createdAt: string; updatedAt: string }>(
  dto: T,
): Omit<T, 'createdAt' | 'updatedAt'> {
  const { createdAt: _created, updatedAt: _updated, ...fields } = dto;
  return fields;
}
