import type { Readable } from 'node:stream';

/** Nest provider token of the content store. */
export const EVIDENCE_STORE = Symbol('EVIDENCE_STORE');

export interface StoredContent {
  sha256: string;
  size: number;
}

/** Bytes received and hashed but not yet part of the store; `key` is the store's own handle, never a client's name. */
export interface StagedContent extends StoredContent {
  readonly key: string;
}

/** An object the store holds, as listed for the orphan check. */
export interface StoredObject extends StoredContent {
  storedAt: Date;
}

export interface ContentReader {
  stream: Readable;
  size: number;
}

/**
 * Content-addressed storage of evidence bytes, named by their SHA-256 so that
 * a name can never say something the bytes do not. Uploads are staged first
 * (hashed and counted while they stream) and committed only once the request
 * is known to be good, so a refused upload leaves nothing behind. A committed
 * object is never rewritten; committing identical bytes again is a no-op.
 * Implementations: the filesystem (default, fs-evidence-store.ts) and an
 * S3-compatible bucket (s3-evidence-store.ts). A store that cannot be reached
 * fails with StoreUnavailableError, which the API answers with 503.
 */
export interface EvidenceStore {
  /** Streams `content` to a temporary object; past `maxBytes` it fails with ContentTooLargeError and keeps nothing. */
  stage(content: Readable, maxBytes: number): Promise<StagedContent>;
  /** Moves a staged object to its content address (dropping it when that address already holds the bytes). */
  commit(staged: StagedContent): Promise<StoredContent & { location: string }>;
  /** Forgets a staged object that will not be committed. */
  discard(staged: StagedContent): Promise<void>;
  /** stage + commit. */
  put(content: Readable, maxBytes: number): Promise<StoredContent & { location: string }>;
  /** The stored bytes; fails with ContentMissingError when the store does not hold them. */
  open(sha256: string): Promise<ContentReader>;
  exists(sha256: string): Promise<boolean>;
  /** Every committed object, for operators' checks; never used to serve a request. */
  list(): AsyncIterable<StoredObject>;
}

export class ContentTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`content exceeds ${maxBytes} bytes`);
  }
}

export class ContentMissingError extends Error {
  constructor(readonly sha256: string) {
    super(`no stored content for ${sha256}`);
  }
}

/** The store could not be reached or did not answer sensibly; the request may succeed later. */
export class StoreUnavailableError extends Error {
  constructor(operation: string, options?: ErrorOptions) {
    super(`the evidence store failed to ${operation}`, options);
  }
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Content addresses come from our own hashing, but a store still refuses anything else as a name. */
export function assertSha256(value: string): void {
  if (!SHA256_HEX.test(value)) throw new Error('not a lower-case hex SHA-256');
}
