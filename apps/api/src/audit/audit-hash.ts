import { createHash } from 'node:crypto';
import { FORMAT_VERSION, type ExportedAuditEvent, type JsonValue } from './chain-verifier';

export { GENESIS_HASH, type JsonValue } from './chain-verifier';

/** Everything an event's hash covers (docs/audit-format.md). */
export type HashedAuditContent = Omit<ExportedAuditEvent, 'hash'>;

/**
 * Canonical JSON: object keys sorted by code unit, no insignificant white
 * space, strings and numbers as JSON.stringify writes them. jsonb keeps values
 * but not key order, so sorting makes the stored and the exported forms hash alike.
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
}

export function hashAuditContent(content: HashedAuditContent): string {
  const canonical = canonicalJson({ v: FORMAT_VERSION, ...content });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Dates become ISO strings and undefined disappears, exactly as jsonb will keep it. */
export function toJsonValue(value: unknown): JsonValue {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}
