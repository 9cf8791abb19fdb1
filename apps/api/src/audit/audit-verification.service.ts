import { Injectable } from '@nestjs/common';
import { toExportedEvent } from './audit-event-row';
import { AuditEventsRepository } from './audit-events.repository';
import { AuditSequencer } from './audit-sequencer.service';
import { ChainVerifier } from './chain-verifier';
import type { AuditVerificationDto } from './dto/audit-verification.dto';

/** Events per query of a verification walk. */
const VERIFY_BATCH_ROWS = 5000;

/** Walks the stored chain with the offline verifier's own checks. */
@Injectable()
export class AuditVerificationService {
  constructor(
    private readonly events: AuditEventsRepository,
    private readonly sequencer: AuditSequencer,
  ) {}

  /**
   * Seals what is committed, then walks from seq 1 to the head as it was when the walk began (events appended meanwhile wait for
   * the next run), in short keyset batches, stopping at the first event that does not hold.
   * Removing the newest events leaves a shorter chain that still holds: only a checkpoint
   * kept from before shows that (GET /audit/checkpoints).
   */
  async verify(): Promise<AuditVerificationDto> {
    await this.sequencer.sealCommitted();
    const head = await this.events.head();
    const uptoSeq = head?.seq ?? 0;
    const verifier = new ChainVerifier();
    for await (const rows of this.events.walk({}, uptoSeq, VERIFY_BATCH_ROWS)) {
      for (const row of rows) {
        const event = toExportedEvent(row);
        const problem = verifier.check(event);
        if (problem) {
          return {
            valid: false,
            checked: verifier.checked,
            firstInvalidId: event.id,
            firstInvalidSeq: event.seq,
            reason: problem.reason,
            detail: problem.detail,
            lastSeq: verifier.lastSeq,
            lastHash: verifier.lastHash,
            unsealed: await this.events.unsealedCount(),
            verifiedAt: new Date().toISOString(),
          };
        }
      }
    }
    return {
      valid: true,
      checked: verifier.checked,
      firstInvalidId: null,
      firstInvalidSeq: null,
      reason: null,
      detail: null,
      lastSeq: verifier.lastSeq,
      lastHash: verifier.lastHash,
      unsealed: await this.events.unsealedCount(),
      verifiedAt: new Date().toISOString(),
    };
  }
}
