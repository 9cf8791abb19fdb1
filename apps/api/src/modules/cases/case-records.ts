import { Injectable } from '@nestjs/common';
import type { Action, CaseScopedSubject } from '@ethics/authz';
import type { CaseWork } from '@ethics/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/request-context';
import { inTransaction } from '../../database/transaction';
import { CaseAccess } from './case-access';
import { assertCaseTakesWork } from './case-work';
import type { CaseRowLock, ScopedCase } from './cases.repository';

/** The case, checked, and the manager to read or write its records with. */
export interface OpenCase {
  manager: EntityManager;
  found: ScopedCase;
}

/** What a write to a case's records asks of the caller and of the case. */
export interface CaseRecordsWrite {
  action: Action;
  subject: CaseScopedSubject;
  /** Work a finished case may refuse; checked with `reason` once the case is locked. */
  work?: CaseWork;
  reason?: string | null;
  /** Share by default: the case may not close while its records change; `update` to change the case itself. */
  lock?: CaseRowLock;
}

/**
 * How the services of records that belong to a case (allegations, members, findings, tasks,
 * statements, actions) reach them: the case is loaded and the caller checked against it first, so
 * that a case the caller may not read is "not found" before any of its records is.
 */
@Injectable()
export class CaseRecords {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
  ) {}

  /** For reading the case's `subject` records, outside a transaction. */
  async read(actor: Actor, caseId: string, subject: CaseScopedSubject): Promise<OpenCase> {
    const manager = this.dataSource.manager;
    return { manager, found: await this.access.load(manager, actor, caseId, 'read', subject) };
  }

  /** Every one of the case's `subject` records on one page: lists a case keeps short need no cursor. */
  async onePage<T>(
    actor: Actor,
    caseId: string,
    subject: CaseScopedSubject,
    load: (open: OpenCase) => Promise<T[]>,
  ): Promise<{ items: T[]; nextCursor: null }> {
    return { items: await load(await this.read(actor, caseId, subject)), nextCursor: null };
  }

  /** Runs `change` in one transaction with the case locked, once the caller and the case allow it. */
  write<T>(
    actor: Actor,
    caseId: string,
    { action, subject, work, reason, lock = 'share' }: CaseRecordsWrite,
    change: (open: OpenCase) => Promise<T>,
  ): Promise<T> {
    return inTransaction(this.dataSource, async (manager) => {
      const found = await this.access.load(manager, actor, caseId, action, subject, lock);
      if (work) assertCaseTakesWork(found, actor, work, reason);
      return change({ manager, found });
    });
  }
}
