import { join } from 'node:path';
import type { AppConfig } from '../../../config/app-config';
import type { EvidenceStore } from './evidence-store';
import { FsEvidenceStore } from './fs-evidence-store';
import { createS3Client, S3EvidenceStore } from './s3-evidence-store';

/** The store the configuration names (EVIDENCE_STORE): files under DATA_DIR, or an S3-compatible bucket. */
export function createEvidenceStore(config: AppConfig): EvidenceStore {
  const store = config.evidenceStore;
  if (store.kind === 's3') {
    // Staged uploads live for one request; DATA_DIR rather than /tmp, which may be memory in a container.
    return new S3EvidenceStore(createS3Client(store), store.bucket, join(config.dataDir, 'evidence-staging'));
  }
  return new FsEvidenceStore(join(config.dataDir, 'evidence'));
}
