import { Inject, Injectable } from '@nestjs/common';
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { keyIdOf } from './chain-verifier';

/** Where the embedded default keeps its generated key, beside the data. */
export const SIGNING_KEY_FILE = 'audit-signing-key.pem';

export interface AuditSigningKey {
  privateKey: KeyObject;
  /** SubjectPublicKeyInfo, PEM. */
  publicKeyPem: string;
  /** SHA-256 (hex) of the SubjectPublicKeyInfo DER. */
  keyId: string;
}

/**
 * The key that signs checkpoints: AUDIT_SIGNING_KEY when configured (required on a server, so
 * that every replica signs with the same key), else the embedded default's own key in
 * DATA_DIR, generated at first use with mode 0600.
 */
export function loadAuditSigningKey(config: Pick<AppConfig, 'auditSigningKey' | 'dataDir'>): AuditSigningKey {
  const privateKey = createPrivateKey(config.auditSigningKey ?? embeddedKeyPem(config.dataDir));
  const publicKey = createPublicKey(privateKey);
  return {
    privateKey,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    keyId: keyIdOf(publicKey),
  };
}

function embeddedKeyPem(dataDir: string): string {
  const file = join(dataDir, SIGNING_KEY_FILE);
  if (existsSync(file)) return readFileSync(file, 'utf8');
  mkdirSync(dataDir, { recursive: true });
  const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  try {
    // 'wx': never overwrite a key that another start wrote meanwhile; use that one instead.
    writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8');
    throw error;
  }
  return pem;
}

/** Loads the key once, at the first checkpoint, rather than at boot. */
@Injectable()
export class AuditSigningKeyProvider {
  private key: AuditSigningKey | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get(): AuditSigningKey {
    this.key ??= loadAuditSigningKey(this.config);
    return this.key;
  }
}
