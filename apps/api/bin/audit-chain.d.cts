// Types of audit-chain.cjs, for the API's TypeScript (src/audit/chain-verifier.ts).
import type { KeyObject } from 'node:crypto';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** One exported event: the hashed fields and the hash (docs/audit-format.md). */
export interface ExportedAuditEvent {
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
  hash: string;
}

export type ChainProblemReason = 'format' | 'sequence' | 'link' | 'hash';

export interface ChainProblem {
  reason: ChainProblemReason;
  detail: string;
}

export interface SignedCheckpointFields {
  seq: number;
  hash: string;
  at: string;
  keyId: string;
}

export declare const GENESIS_HASH: string;
export declare const FORMAT_VERSION: number;
export declare const CHECKPOINT_ALGORITHM: 'Ed25519';
export declare const HASHED_FIELDS: readonly (keyof ExportedAuditEvent)[];
export declare const EXPORTED_FIELDS: readonly (keyof ExportedAuditEvent)[];

export declare function canonicalJson(value: JsonValue): string;
export declare function canonicalEventText(event: Omit<ExportedAuditEvent, 'hash'>): string;
export declare function eventHash(event: Omit<ExportedAuditEvent, 'hash'>): string;
/** The export's NDJSON line for an event (canonical layout, `hash` last), without the newline. */
export declare function exportLine(event: ExportedAuditEvent): string;
export declare function formatProblem(event: unknown): string | null;

export declare class ChainVerifier {
  constructor(options?: { complete?: boolean });
  readonly complete: boolean;
  /** Events examined, the one that failed included. */
  readonly checked: number;
  readonly linksChecked: number;
  /** Seq and hash of the last event that held (0 and GENESIS_HASH before any). */
  readonly lastSeq: number;
  readonly lastHash: string;
  readonly firstSeq: number | null;
  /** `line`: the JSON text the event was parsed from, when there is one (a canonical line is hashed as is). */
  check(event: unknown, line?: string): ChainProblem | null;
}

export declare function checkpointText(checkpoint: SignedCheckpointFields): string;
export declare function keyIdOf(key: KeyObject): string;
export declare function checkpointProblem(checkpoint: unknown, publicKey: string | KeyObject): string | null;
