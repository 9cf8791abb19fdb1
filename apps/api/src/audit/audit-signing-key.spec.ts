import { createHash, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAuditSigningKey, SIGNING_KEY_FILE } from './audit-signing-key';

const dataDir = () => mkdtempSync(join(tmpdir(), 'ethics-signing-key-'));

describe('the checkpoint signing key', () => {
  it('is generated into DATA_DIR at first use, readable by its owner only, and kept', () => {
    const dir = dataDir();
    const first = loadAuditSigningKey({ auditSigningKey: null, dataDir: dir });
    const file = join(dir, SIGNING_KEY_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first.privateKey.asymmetricKeyType).toBe('ed25519');
    expect(loadAuditSigningKey({ auditSigningKey: null, dataDir: dir }).keyId).toBe(first.keyId);
    expect(readFileSync(file, 'utf8')).toContain('BEGIN PRIVATE KEY');
  });

  it('is the configured key when there is one, with its SPKI fingerprint as key id', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const key = loadAuditSigningKey({ auditSigningKey: pem, dataDir: dataDir() });
    const der = publicKey.export({ type: 'spki', format: 'der' });
    expect(key.keyId).toBe(createHash('sha256').update(der).digest('hex'));
    const signature = sign(null, Buffer.from('checkpoint'), key.privateKey);
    expect(verify(null, Buffer.from('checkpoint'), createPublicKey(key.publicKeyPem), signature)).toBe(true);
  });
});
