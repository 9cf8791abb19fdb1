/**
 * The chain's checks and the checkpoint signature format, shared with the offline verifier.
 * They live in plain JavaScript in bin/audit-chain.cjs so that `npm run audit:verify` runs in a
 * fresh clone without a build; GET /audit/verify uses the very same code. The relative path
 * resolves from src/ (tests) and dist/ (build) alike, as bin/ ships beside both.
 */
export {
  CHECKPOINT_ALGORITHM,
  ChainVerifier,
  EXPORTED_FIELDS,
  FORMAT_VERSION,
  GENESIS_HASH,
  HASHED_FIELDS,
  checkpointProblem,
  checkpointText,
  eventHash,
  exportLine,
  keyIdOf,
  type ChainProblem,
  type ChainProblemReason,
  type ExportedAuditEvent,
  type JsonValue,
} from '../../bin/audit-chain.cjs';
