import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { inTransaction } from '../database/transaction';
import { GENESIS_HASH, hashAuditContent } from './audit-hash';
import { AuditSealsRepository, type Seal } from './audit-seals.repository';

/** How often each process offers to seal; with the sealing itself, events are chained within ~200 ms. */
export const SEAL_INTERVAL_MS = 100;

/** Events chained per transaction. */
const SEAL_BATCH = 2000;

/** How long a reader waits for events committed before its call to be sealed. */
const SEAL_WAIT_MS = 10_000;

/**
 * Chains committed audit events, in batches, like a transparency log's sequencer: writers insert
 * events unsealed with their change and never wait for each other; one process at a time (an
 * advisory lock, released if its process dies) gives each a gap-free `seq`, its `prevHash` and
 * its `hash`. Every process offers every SEAL_INTERVAL_MS, so sealing survives any one of them.
 */
@Injectable()
export class AuditSequencer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AuditSequencer.name);
  private timer: NodeJS.Timeout | null = null;
  private sealing: Promise<void> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly seals: AuditSealsRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.offer(), SEAL_INTERVAL_MS);
    this.timer.unref();
  }

  /**
   * On shutdown, after the last request: seals what this process's writers committed, unless
   * another process holds the sequencer's lock (it seals them then). Anything left waits unsealed
   * for the next process to start; nothing is lost either way.
   */
  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.sealing;
    await this.sealWhatIsFree();
  }

  /**
   * Seals every event committed before this call, waiting for another process's batch if one is
   * under way, and for write transactions that began before those events to end. Readers of the
   * chain (verification, exports, checkpoints) call it first, so that what a caller just did is
   * part of what they read. Returns false if some were still waiting after SEAL_WAIT_MS.
   */
  async sealCommitted(): Promise<boolean> {
    const manager = this.dataSource.manager;
    const target = await this.seals.lastUnsealedIntake(manager);
    if (target === null) return true;
    const deadline = Date.now() + SEAL_WAIT_MS;
    for (;;) {
      while ((await this.sealBatch(true)) === SEAL_BATCH);
      if (!(await this.seals.anyUnsealedUpTo(manager, target))) return true;
      if (Date.now() > deadline) return false;
      await sleep(10);
    }
  }

  /** One offer from the timer: skipped when this process is still sealing or another one is. */
  private offer(): void {
    if (this.sealing) return;
    this.sealing = this.sealWhatIsFree().finally(() => {
      this.sealing = null;
    });
  }

  /** Seals every batch it can without waiting for another process's lock; never throws. */
  private async sealWhatIsFree(): Promise<void> {
    try {
      while ((await this.sealBatch(false)) === SEAL_BATCH);
    } catch (error) {
      // The next offer, or the next process, tries again; events wait unsealed meanwhile, nothing is lost.
      this.logger.warn(`audit sealing failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Seals up to SEAL_BATCH events in one transaction; returns how many. */
  private async sealBatch(wait: boolean): Promise<number> {
    return inTransaction(this.dataSource, async (manager) => {
      if (!(await this.seals.takeSequencerLock(manager, wait))) return 0;
      const horizon = await this.seals.sealingHorizon(manager);
      const pending = await this.seals.unsealed(manager, horizon, SEAL_BATCH);
      if (pending.length === 0) return 0;
      const head = await this.seals.sealedHead(manager);
      let seq = head?.seq ?? 0;
      let prevHash = head?.hash ?? GENESIS_HASH;
      const batch: Seal[] = pending.map((content) => {
        const sealed = { ...content, seq: ++seq, prevHash };
        const seal = { id: content.id, seq, prevHash, hash: hashAuditContent(sealed) };
        prevHash = seal.hash;
        return seal;
      });
      await this.seals.seal(manager, batch);
      return batch.length;
    });
  }
}
