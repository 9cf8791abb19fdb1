'use strict';
// The audit chain's canonical form, its checks and the checkpoint signature, in plain
// JavaScript with no dependency: the offline verifier (bin/audit-verify.mjs) runs from a
// fresh clone without a build, and the API (src/audit/chain-verifier.ts) checks its own
// database with this very code. docs/audit-format.md is the specification it implements;
// src/audit/audit-hash.ts is the writer's own implementation, and a test keeps the two equal.

const crypto = require('node:crypto');

/** @typedef {import('./audit-chain.d.cts').JsonValue} JsonValue */
/** @typedef {import('./audit-chain.d.cts').ExportedAuditEvent} ExportedAuditEvent */
/** @typedef {Omit<ExportedAuditEvent, 'hash'>} HashedEvent */
/** @typedef {import('./audit-chain.d.cts').ChainProblem} ChainProblem */
/** @typedef {import('./audit-chain.d.cts').SignedCheckpointFields} SignedCheckpointFields */

const { createHash, createPublicKey, verify } = crypto;

const GENESIS_HASH = '0'.repeat(64);
const FORMAT_VERSION = 1;
const CHECKPOINT_ALGORITHM = 'Ed25519';
const CHECKPOINT_PREFIX = 'ethics-audit-checkpoint/v1';

/** What an event's hash covers, in export order; an exported line holds exactly these and `hash`. */
const HASHED_FIELDS = Object.freeze([
  'seq',
  'id',
  'occurredAt',
  'actorId',
  'actorRole',
  'action',
  'entityType',
  'entityId',
  'caseId',
  'before',
  'after',
  'metadata',
  'reason',
  'requestId',
  'clientAddress',
  'prevHash',
]);
const EXPORTED_FIELDS = Object.freeze([...HASHED_FIELDS, 'hash']);
const EXPORTED_FIELD_SET = new Set(EXPORTED_FIELDS);
const NULLABLE_TEXT_FIELDS = ['actorId', 'actorRole', 'entityId', 'caseId', 'reason', 'requestId', 'clientAddress'];
const TEXT_FIELDS = ['id', 'occurredAt', 'action', 'entityType'];
// Every key of the hashed object, `v` included, in code-unit order: computed once, not per event.
const CANONICAL_KEYS = Object.freeze([...HASHED_FIELDS, 'v'].sort());
const HEX_64 = /^[0-9a-f]{64}$/;

/**
 * Canonical JSON: object keys sorted by UTF-16 code unit, no insignificant white space,
 * strings, numbers, booleans and null exactly as JSON.stringify writes them.
 */
/** @param {JsonValue} value */
function canonicalJson(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) text += (i ? ',' : '') + canonicalJson(value[i]);
    return text + ']';
  }
  const keys = Object.keys(value).sort();
  let text = '{';
  for (let i = 0; i < keys.length; i++) {
    text += (i ? ',' : '') + JSON.stringify(keys[i]) + ':' + canonicalJson(value[keys[i]]);
  }
  return text + '}';
}

/**
 * Where V8's native JSON.stringify cannot write the canonical form: integer-like keys are
 * always enumerated first in numeric order, and an own "__proto__" key cannot be copied
 * into a fresh object. Such values take the slower generic path.
 */
const GENERIC = Symbol('generic');

/** @typedef {JsonValue | typeof GENERIC} CanonicalValue */

/**
 * The value with every object's keys in canonical order, for JSON.stringify to write:
 * the input itself when it already is (the export writes it so), otherwise a sorted copy.
 */
/**
 * @param {JsonValue} value
 * @returns {CanonicalValue}
 */
function canonicalValue(value) {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out = value;
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (item === null || typeof item !== 'object') continue;
      /** @type {CanonicalValue} */
      const sorted = canonicalValue(item);
      if (sorted === GENERIC) return GENERIC;
      if (sorted !== item) {
        if (out === value) out = value.slice();
        out[i] = sorted;
      }
    }
    return out;
  }
  let previous = null;
  let inOrder = true;
  let flat = true;
  for (const key in value) {
    const first = key.charCodeAt(0);
    if ((first >= 48 && first <= 57) || key === '__proto__') return GENERIC;
    if (previous !== null && !(previous < key)) inOrder = false;
    previous = key;
    const item = value[key];
    if (item !== null && typeof item === 'object') flat = false;
  }
  if (inOrder && flat) return value;
  const keys = Object.keys(value);
  if (!inOrder) keys.sort();
  let changed = !inOrder;
  /** @type {{ [key: string]: JsonValue }} */
  const out = {};
  for (const key of keys) {
    const item = value[key];
    /** @type {CanonicalValue} */
    const sorted = canonicalValue(item);
    if (sorted === GENERIC) return GENERIC;
    if (sorted !== item) changed = true;
    out[key] = sorted;
  }
  return changed ? out : value;
}

/** The exact text an event's hash is taken over: `{ v: 1, ...hashed fields }` in canonical JSON. */
/** @param {HashedEvent} event */
function canonicalEventText(event) {
  const before = canonicalValue(event.before);
  const after = canonicalValue(event.after);
  const metadata = canonicalValue(event.metadata);
  if (before === GENERIC || after === GENERIC || metadata === GENERIC) return genericEventText(event);
  // Keys in code-unit order, written by V8's native serialiser: the verifier's hot path.
  return JSON.stringify({
    action: event.action,
    actorId: event.actorId,
    actorRole: event.actorRole,
    after,
    before,
    caseId: event.caseId,
    clientAddress: event.clientAddress,
    entityId: event.entityId,
    entityType: event.entityType,
    id: event.id,
    metadata,
    occurredAt: event.occurredAt,
    prevHash: event.prevHash,
    reason: event.reason,
    requestId: event.requestId,
    seq: event.seq,
    v: FORMAT_VERSION,
  });
}

/** @param {HashedEvent} event */
function genericEventText(event) {
  let text = '{';
  for (let i = 0; i < CANONICAL_KEYS.length; i++) {
    const key = CANONICAL_KEYS[i];
    const field = /** @type {keyof HashedEvent} */ (key);
    text += (i ? ',"' : '"') + key + '":' + (key === 'v' ? String(FORMAT_VERSION) : canonicalJson(event[field]));
  }
  return text + '}';
}

// crypto.hash (Node 20.12+) is a one-shot digest several times faster than createHash for short inputs.
/** @type {(text: string) => string} */
const sha256Hex =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

/** SHA-256 (lower-case hex) of the event's canonical text in UTF-8. */
/** @param {HashedEvent} event */
function eventHash(event) {
  return sha256Hex(canonicalEventText(event));
}

const HASH_FIELD_PREFIX = ',"hash":"';
const HASH_SUFFIX_LENGTH = HASH_FIELD_PREFIX.length + 64 + '"}'.length;
const VERSION_SUFFIX = ',"v":' + FORMAT_VERSION + '}';

/**
 * The fast path for a line written in canonical layout, as the export writes it: the hashed
 * fields in canonical order and compact, then `"hash"` last. Its text up to the hash, closed
 * with `,"v":1}`, is then exactly the canonical text, so it can be hashed without re-serialising
 * the parsed event. A match proves the text is what was hashed (SHA-256 has no known
 * collisions); anything else falls back to the canonical serialisation of the parsed values,
 * which remains the definition (docs/audit-format.md).
 */
/**
 * @param {string} line
 * @param {string} hash
 */
function lineHashMatches(line, hash) {
  const cut = line.length - HASH_SUFFIX_LENGTH;
  if (cut <= 0 || !line.endsWith('"}') || !line.startsWith(HASH_FIELD_PREFIX, cut)) return false;
  if (!line.startsWith(hash, cut + HASH_FIELD_PREFIX.length)) return false;
  return sha256Hex(line.slice(0, cut) + VERSION_SUFFIX) === hash;
}

/** The export's line for an event: canonical layout (see lineHashMatches), newline excluded. */
/** @param {ExportedAuditEvent} event */
function exportLine(event) {
  return canonicalEventText(event).slice(0, -VERSION_SUFFIX.length) + HASH_FIELD_PREFIX + event.hash + '"}';
}

/** Why a parsed line is not an exported event, or null. Counts instead of Object.keys: no allocation per line. */
/**
 * @param {unknown} event parsed JSON of any shape
 * @returns {string | null}
 */
function formatProblem(event) {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) return 'is not a JSON object';
  const fields = /** @type {Record<string, unknown>} */ (event);
  let count = 0;
  for (const _key in fields) count++;
  let complete = count === EXPORTED_FIELDS.length;
  for (let i = 0; complete && i < EXPORTED_FIELDS.length; i++) complete = fields[EXPORTED_FIELDS[i]] !== undefined;
  if (!complete) {
    for (const key in fields) if (!EXPORTED_FIELD_SET.has(key)) return `has an unexpected field "${key}"`;
    for (const key of EXPORTED_FIELDS) if (!(key in fields)) return `lacks the field "${key}"`;
  }
  const seq = fields.seq;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1)
    return 'has a seq that is not a positive integer';
  for (const key of TEXT_FIELDS) if (typeof fields[key] !== 'string') return `has a ${key} that is not a string`;
  for (const key of NULLABLE_TEXT_FIELDS) {
    if (fields[key] !== null && typeof fields[key] !== 'string')
      return `has a ${key} that is neither a string nor null`;
  }
  const { prevHash, hash } = fields;
  if (typeof prevHash !== 'string' || !HEX_64.test(prevHash)) return 'has a prevHash that is not 64 hex';
  if (typeof hash !== 'string' || !HEX_64.test(hash)) return 'has a hash that is not 64 hex';
  return null;
}

/**
 * Checks events one at a time, in the order given.
 *
 * `complete` (the default) expects the whole chain from its first event: seq 1, 2, 3… and each
 * `prevHash` equal to the previous event's `hash` (GENESIS_HASH for seq 1), so any altered,
 * missing, inserted or reordered event is found. Otherwise (a filtered export) the events need
 * only be in increasing seq order; each event's own hash is checked, and the link is checked
 * wherever two consecutive seqs happen to be present.
 */
class ChainVerifier {
  /** @param {{ complete?: boolean }} [options] */
  constructor(options = {}) {
    this.complete = options.complete !== false;
    this.checked = 0;
    this.linksChecked = 0;
    this.lastSeq = 0;
    this.lastHash = GENESIS_HASH;
    /** @type {number | null} */
    this.firstSeq = null;
  }

  /**
   * Null when the event holds; otherwise `{ reason, detail }` with reason format, sequence, link
   * or hash. `line`, the JSON text the event was parsed from, lets a canonical line be hashed as is.
   */
  /**
   * @param {unknown} event
   * @param {string} [line]
   * @returns {ChainProblem | null}
   */
  check(event, line) {
    const format = formatProblem(event);
    if (format) return { reason: 'format', detail: `the line ${format}` };
    // formatProblem has checked every field's type.
    const valid = /** @type {ExportedAuditEvent} */ (event);
    this.checked++;
    const problem = this.complete ? this.chainProblem(valid) : this.subsetProblem(valid);
    if (problem) return problem;
    const hashHolds = (line !== undefined && lineHashMatches(line, valid.hash)) || eventHash(valid) === valid.hash;
    if (!hashHolds) {
      return { reason: 'hash', detail: 'its hash does not match its content: the event was altered' };
    }
    if (this.firstSeq === null) this.firstSeq = valid.seq;
    this.lastSeq = valid.seq;
    this.lastHash = valid.hash;
    return null;
  }

  /**
   * @param {ExportedAuditEvent} event
   * @returns {ChainProblem | null}
   */
  chainProblem(event) {
    const expected = this.lastSeq + 1;
    if (event.seq > expected) {
      const missing = event.seq - expected;
      return {
        reason: 'sequence',
        detail: `expected seq ${expected}, found ${event.seq}: ${missing} event${missing === 1 ? ' is' : 's are'} missing before it`,
      };
    }
    if (event.seq < expected) {
      return {
        reason: 'sequence',
        detail: `expected seq ${expected}, found ${event.seq}: the event is out of order or repeated`,
      };
    }
    this.linksChecked++;
    if (event.prevHash !== this.lastHash) {
      return {
        reason: 'link',
        detail: `its prevHash is not the hash of the event before it (seq ${this.lastSeq}): an event was inserted, removed or swapped`,
      };
    }
    return null;
  }

  /**
   * @param {ExportedAuditEvent} event
   * @returns {ChainProblem | null}
   */
  subsetProblem(event) {
    if (this.checked > 1 && event.seq <= this.lastSeq) {
      return {
        reason: 'sequence',
        detail: `seq ${event.seq} follows seq ${this.lastSeq}: the events are out of order`,
      };
    }
    const adjacent = event.seq === 1 || (this.checked > 1 && event.seq === this.lastSeq + 1);
    if (!adjacent) return null;
    this.linksChecked++;
    const expected = event.seq === 1 ? GENESIS_HASH : this.lastHash;
    if (event.prevHash !== expected) {
      return { reason: 'link', detail: `its prevHash is not the hash of the event before it (seq ${event.seq - 1})` };
    }
    return null;
  }
}

/** The exact UTF-8 text a checkpoint's Ed25519 signature covers. */
/** @param {SignedCheckpointFields} checkpoint */
function checkpointText(checkpoint) {
  return [
    CHECKPOINT_PREFIX,
    `seq:${checkpoint.seq}`,
    `hash:${checkpoint.hash}`,
    `at:${checkpoint.at}`,
    `keyId:${checkpoint.keyId}`,
  ].join('\n');
}

/** SHA-256 (hex) of the public key's SubjectPublicKeyInfo DER; accepts a public or a private KeyObject. */
/** @param {import('node:crypto').KeyObject} key */
function keyIdOf(key) {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

/** Why a checkpoint does not hold under the given public key (PEM text or KeyObject), or null. */
/**
 * @param {unknown} checkpoint parsed JSON of any shape
 * @param {string | import('node:crypto').KeyObject} publicKeyInput
 * @returns {string | null}
 */
function checkpointProblem(checkpoint, publicKeyInput) {
  if (checkpoint === null || typeof checkpoint !== 'object') return 'the checkpoint is not a JSON object';
  const { seq, hash, at, keyId, signature, algorithm } = /** @type {Record<string, unknown>} */ (checkpoint);
  if (algorithm !== CHECKPOINT_ALGORITHM) return `the checkpoint's algorithm is not ${CHECKPOINT_ALGORITHM}`;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0)
    return "the checkpoint's seq is not a whole number";
  if (typeof hash !== 'string' || !HEX_64.test(hash)) return "the checkpoint's hash is not 64 hex";
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return "the checkpoint's time is not a date";
  if (typeof keyId !== 'string' || !HEX_64.test(keyId)) return "the checkpoint's keyId is not 64 hex";
  if (typeof signature !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(signature)) {
    return "the checkpoint's signature is not base64";
  }
  let publicKey;
  try {
    publicKey = typeof publicKeyInput === 'string' ? createPublicKey(publicKeyInput) : publicKeyInput;
  } catch {
    return 'the public key is not a PEM public key';
  }
  if (publicKey.asymmetricKeyType !== 'ed25519') return 'the public key is not an Ed25519 key';
  if (keyIdOf(publicKey) !== keyId) return 'the checkpoint was signed with another key (keyId differs)';
  const signed = Buffer.from(checkpointText({ seq, hash, at, keyId }), 'utf8');
  if (!verify(null, signed, publicKey, Buffer.from(signature, 'base64'))) {
    return 'the signature does not match: the checkpoint was altered or not signed by this key';
  }
  return null;
}

module.exports = {
  GENESIS_HASH,
  FORMAT_VERSION,
  CHECKPOINT_ALGORITHM,
  HASHED_FIELDS,
  EXPORTED_FIELDS,
  canonicalJson,
  canonicalEventText,
  eventHash,
  exportLine,
  formatProblem,
  ChainVerifier,
  checkpointText,
  keyIdOf,
  checkpointProblem,
};
