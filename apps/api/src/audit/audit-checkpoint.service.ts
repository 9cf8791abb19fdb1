import { Injectable } from '@nestjs/common';
import { sign } from 'node:crypto';
import { AuditEventsRepository } from './audit-events.repository';
import { AuditSequencer } from './audit-sequencer.service';
import { AuditSigningKeyProvider } from './audit-signing-key';
import { CHECKPOINT_ALGORITHM, GENESIS_HASH, checkpointText } from './chain-verifier';
import type { AuditCheckpointDto, AuditPublicKeyDto } from './dto/audit-checkpoint.dto';

/**
 * Signed statements of the chain head. An auditor who keeps one can later check any export
 * against it (`npm run audit:verify -- FILE --checkpoint … --public-key …`): a history
 * rewritten up to that seq, even with every hash recomputed, no longer ends in the signed hash.
 */
@Injectable()
export class AuditCheckpointService {
  constructor(
    private readonly events: AuditEventsRepository,
    private readonly signingKey: AuditSigningKeyProvider,
    private readonly sequencer: AuditSequencer,
  ) {}

  async current(): Promise<AuditCheckpointDto> {
    await this.sequencer.sealCommitted();
    const head = await this.events.head();
    const key = this.signingKey.get();
    const fields = {
      seq: head?.seq ?? 0,
      hash: head?.hash ?? GENESIS_HASH,
      at: new Date().toISOString(),
      keyId: key.keyId,
    };
    const signature = sign(null, Buffer.from(checkpointText(fields), 'utf8'), key.privateKey).toString('base64');
    return { ...fields, signature, algorithm: CHECKPOINT_ALGORITHM, unsealed: await this.events.unsealedCount() };
  }

  publicKey(): AuditPublicKeyDto {
    const key = this.signingKey.get();
    return { algorithm: CHECKPOINT_ALGORITHM, keyId: key.keyId, publicKey: key.publicKeyPem };
  }
}
