import { createHash } from 'node:crypto';

/** The `prevHash` of the first event in the chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** Version of the canonical form below; part of what is hashed. */
export const AUDIT_FORMAT_VERSION = 1;

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Everything an event's hash covers (docs/audit-format.md). */
export interface HashedAuditContent {
  seq: number;
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  caseId: string | null;
  before: JsonValue;
  after: JsonValue;
  metadata: JsonValue;
  reason: string | null;
  requestId: string | null;
  clientAddress: string | null;
  prevHash: string;
}

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
  const canonical = canonicalJson({ v: AUDIT_FORMAT_VERSION, ...content });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Dates become ISO strings and undefined disappears, exactly as jsonb will keep it. */
export function toJsonValue(value: unknown): JsonValue {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}
