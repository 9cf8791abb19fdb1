import type {
  ActionStatus,
  ActionType,
  AllegationSourceType,
  CaseOutcome,
  CaseStatus,
  EvidenceKind,
  FindingConclusion,
  Role,
  Severity,
  StatementAudience,
  StatementStatus,
  SubjectKind,
  TaskStatus,
} from '@ethics/domain';
import { formatCaseReference } from '@ethics/domain';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { AuditContext } from '../../audit/audit-event.types';
import {
  AllegationPolicyClauseEntity,
  AllegationSubjectEntity,
} from '../../modules/allegations/entities/allegation-links.entity';
import { AllegationEntity } from '../../modules/allegations/entities/allegation.entity';
import { CaseMemberEntity } from '../../modules/cases/entities/case-member.entity';
import { CaseEntity } from '../../modules/cases/entities/case.entity';
import {
  EnforcementActionEntity,
  EnforcementActionFindingEntity,
  EnforcementActionPolicyClauseEntity,
} from '../../modules/enforcement-actions/entities/enforcement-action.entity';
import { EvidenceCustodyEntity } from '../../modules/evidence/entities/evidence-custody.entity';
import { EvidenceAllegationEntity } from '../../modules/evidence/entities/evidence-link.entity';
import { EvidenceEntity } from '../../modules/evidence/entities/evidence.entity';
import { PolicyClauseEntity } from '../../modules/policies/entities/policy-clause.entity';
import {
  FindingEntity,
  FindingEvidenceEntity,
  FindingPolicyClauseEntity,
} from '../../modules/review/entities/finding.entity';
import { TaskEntity } from '../../modules/review/entities/task.entity';
import { StatementEntity } from '../../modules/statements/entities/statement.entity';
import { SubjectEntity } from '../../modules/subjects/entities/subject.entity';
import { UserEntity } from '../../modules/users/entities/user.entity';

export const DAY = 86_400_000;

export const sha256Of = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export interface SeedUser {
  id: string;
  role: Role;
}

/**
 * Writes demo rows the way the application would: each with its audit event,
 * inside the seeding transaction, attributed to the demo user who would have
 * done it. Dated fields carry the story's dates; audit events carry seeding time.
 */
export class SeedWriter {
  private readonly audit = new AuditService();

  constructor(private readonly manager: EntityManager) {}

  private as(user: SeedUser | null): AuditContext {
    return { actorId: user?.id ?? null, actorRole: user?.role ?? null, requestId: 'demo-seed', clientAddress: null };
  }

  async user(values: { email: string; name: string; role: Role; passwordHash: string }): Promise<SeedUser> {
    const user = await this.manager.save(UserEntity, this.manager.create(UserEntity, { ...values, active: true }));
    await this.audit.record(this.manager, this.as(null), {
      action: 'user.created',
      entityType: 'user',
      entityId: user.id,
      after: { email: user.email, name: user.name, role: user.role, active: true },
      reason: 'demo data',
    });
    return { id: user.id, role: user.role };
  }

  async clause(
    by: SeedUser,
    values: { code: string; document: string; title: string; text: string; effectiveFrom: string },
  ) {
    const clause = await this.manager.save(
      PolicyClauseEntity,
      this.manager.create(PolicyClauseEntity, { ...values, version: 1, isCurrent: true, createdBy: by.id }),
    );
    await this.audit.record(this.manager, this.as(by), {
      action: 'policy.clause_created',
      entityType: 'policy_clause',
      entityId: clause.id,
      after: { code: clause.code, version: 1, title: clause.title },
    });
    return clause;
  }

  async subject(
    by: SeedUser,
    values: {
      type: SubjectKind;
      name: string;
      parentId?: string;
      externalRef?: string;
      country?: string;
      notes?: string;
    },
  ) {
    const subject = await this.manager.save(
      SubjectEntity,
      this.manager.create(SubjectEntity, { parentId: null, ...values, createdBy: by.id }),
    );
    await this.audit.record(this.manager, this.as(by), {
      action: 'subject.created',
      entityType: 'subject',
      entityId: subject.id,
      after: { type: subject.type, name: subject.name, parentId: subject.parentId },
    });
    return subject;
  }

  async case(
    by: SeedUser,
    values: {
      title: string;
      summary: string;
      severity: Severity;
      status: CaseStatus;
      restricted?: boolean;
      outcome?: CaseOutcome;
      outcomeSummary?: string;
      region?: string;
      country?: string;
      products?: string[];
      tags?: string[];
      lead?: SeedUser;
      openedAt: Date;
      dueAt?: Date;
      closedAt?: Date;
    },
    members: SeedUser[],
  ) {
    const [{ n }] = await this.manager.query<{ n: number }[]>(`SELECT nextval('case_reference_seq')::int AS n`);
    const created = await this.manager.save(
      CaseEntity,
      this.manager.create(CaseEntity, {
        reference: formatCaseReference(values.openedAt.getUTCFullYear(), n),
        title: values.title,
        summary: values.summary,
        severity: values.severity,
        status: values.status,
        restricted: values.restricted ?? false,
        outcome: values.outcome ?? null,
        outcomeSummary: values.outcomeSummary ?? null,
        region: values.region ?? null,
        country: values.country ?? null,
        products: values.products ?? [],
        tags: values.tags ?? [],
        leadId: values.lead?.id ?? null,
        createdBy: by.id,
        openedAt: values.openedAt,
        dueAt: values.dueAt ?? null,
        closedAt: values.closedAt ?? null,
      }),
    );
    for (const member of members) {
      await this.manager.insert(CaseMemberEntity, { caseId: created.id, userId: member.id, addedBy: by.id });
    }
    await this.audit.record(this.manager, this.as(by), {
      action: 'case.created',
      entityType: 'case',
      entityId: created.id,
      caseId: created.id,
      after: {
        reference: created.reference,
        title: created.title,
        status: 'intake',
        memberIds: members.map((m) => m.id),
      },
    });
    return created;
  }

  async transitions(by: SeedUser, caseId: string, path: CaseStatus[], reasons: Partial<Record<CaseStatus, string>>) {
    let from: CaseStatus = 'intake';
    for (const to of path) {
      await this.audit.record(this.manager, this.as(by), {
        action: 'case.transitioned',
        entityType: 'case',
        entityId: caseId,
        caseId,
        before: { status: from },
        after: { status: to },
        reason: reasons[to] ?? `moved to ${to}`,
        metadata: { from, to },
      });
      from = to;
    }
  }

  async allegation(
    by: SeedUser,
    caseId: string,
    values: {
      description: string;
      sourceType: AllegationSourceType;
      sourceReference?: string;
      receivedAt: Date;
      reporterName?: string;
      reporterContact?: string;
      clauseIds?: string[];
      subjectIds?: string[];
    },
  ) {
    const allegation = await this.manager.save(
      AllegationEntity,
      this.manager.create(AllegationEntity, {
        caseId,
        description: values.description,
        sourceType: values.sourceType,
        sourceReference: values.sourceReference ?? null,
        receivedAt: values.receivedAt,
        reporterName: values.reporterName ?? null,
        reporterContact: values.reporterContact ?? null,
        findingStatus: 'open',
        createdBy: by.id,
      }),
    );
    for (const clauseId of values.clauseIds ?? []) {
      await this.manager.insert(AllegationPolicyClauseEntity, { allegationId: allegation.id, clauseId });
    }
    for (const subjectId of values.subjectIds ?? []) {
      await this.manager.insert(AllegationSubjectEntity, { allegationId: allegation.id, subjectId });
    }
    await this.audit.record(this.manager, this.as(by), {
      action: 'allegation.created',
      entityType: 'allegation',
      entityId: allegation.id,
      caseId,
      after: { description: allegation.description, sourceType: allegation.sourceType },
    });
    return allegation;
  }

  /** A record without a stored file: the hash is of the captured text. */
  async evidenceRecord(
    by: SeedUser,
    caseId: string,
    values: {
      title: string;
      kind: EvidenceKind;
      capturedText: string;
      source?: string;
      sourceUrl?: string;
      description?: string;
      collectedAt: Date;
      legalHold?: boolean;
      supports?: string[];
    },
  ) {
    const sha256 = sha256Of(values.capturedText);
    const evidence = await this.manager.save(
      EvidenceEntity,
      this.manager.create(EvidenceEntity, {
        caseId,
        title: values.title,
        kind: values.kind,
        description: values.description ?? null,
        sha256,
        hasContent: false,
        sizeBytes: String(Buffer.byteLength(values.capturedText, 'utf8')),
        mediaType: 'text/plain',
        source: values.source ?? null,
        sourceUrl: values.sourceUrl ?? null,
        collectedBy: by.id,
        collectedAt: values.collectedAt,
        legalHold: values.legalHold ?? false,
      }),
    );
    await this.manager.insert(EvidenceCustodyEntity, {
      evidenceId: evidence.id,
      event: 'received',
      actorId: by.id,
      actorRole: by.role,
      occurredAt: values.collectedAt,
      details: { sha256 },
      requestId: 'demo-seed',
    });
    for (const allegationId of values.supports ?? []) {
      await this.manager.insert(EvidenceAllegationEntity, {
        evidenceId: evidence.id,
        allegationId,
        relation: 'supports',
      });
    }
    await this.audit.record(this.manager, this.as(by), {
      action: 'evidence.added',
      entityType: 'evidence',
      entityId: evidence.id,
      caseId,
      after: { title: evidence.title, kind: evidence.kind, sha256 },
      metadata: { sha256, hasContent: false },
    });
    return evidence;
  }

  async task(
    by: SeedUser,
    caseId: string,
    values: { title: string; assignee: SeedUser; dueAt: Date; status: TaskStatus; completedAt?: Date },
  ) {
    const task = await this.manager.save(
      TaskEntity,
      this.manager.create(TaskEntity, {
        caseId,
        title: values.title,
        assigneeId: values.assignee.id,
        dueAt: values.dueAt,
        status: values.status,
        completedAt: values.completedAt ?? null,
        createdBy: by.id,
      }),
    );
    await this.audit.record(this.manager, this.as(by), {
      action: 'task.created',
      entityType: 'task',
      entityId: task.id,
      caseId,
      after: { title: task.title, status: task.status },
    });
    return task;
  }

  async finding(
    by: SeedUser,
    caseId: string,
    allegation: AllegationEntity,
    values: {
      conclusion: FindingConclusion;
      rationale: string;
      externalReviewer?: string;
      evidenceIds?: string[];
      clauseIds?: string[];
    },
  ) {
    const finding = await this.manager.save(
      FindingEntity,
      this.manager.create(FindingEntity, {
        caseId,
        allegationId: allegation.id,
        conclusion: values.conclusion,
        rationale: values.rationale,
        externalReviewer: values.externalReviewer ?? null,
        authorId: by.id,
      }),
    );
    for (const evidenceId of values.evidenceIds ?? []) {
      await this.manager.insert(FindingEvidenceEntity, { findingId: finding.id, evidenceId });
    }
    for (const clauseId of values.clauseIds ?? []) {
      await this.manager.insert(FindingPolicyClauseEntity, { findingId: finding.id, clauseId });
    }
    await this.manager.update(
      AllegationEntity,
      { id: allegation.id },
      { findingStatus: values.conclusion, findingRationale: values.rationale, version: allegation.version + 1 },
    );
    await this.audit.record(this.manager, this.as(by), {
      action: 'finding.recorded',
      entityType: 'finding',
      entityId: finding.id,
      caseId,
      after: { conclusion: finding.conclusion, rationale: finding.rationale },
      metadata: { allegationId: allegation.id },
    });
    return finding;
  }

  /** An action taken through its lifecycle up to `status`, each step by the person named. */
  async action(
    caseId: string,
    values: {
      subjectId: string;
      type: ActionType;
      services: string[];
      scope: string;
      rationale: string;
      status: ActionStatus;
      proposedBy: SeedUser;
      proposedAt: Date;
      decidedBy?: SeedUser;
      decidedAt?: Date;
      decisionReason?: string;
      executedBy?: SeedUser;
      executedAt?: Date;
      executionReference?: string;
      effectiveFrom?: Date;
      findingIds?: string[];
      clauseIds?: string[];
    },
  ) {
    const decided = values.status !== 'proposed';
    const executed = values.status === 'executed' || values.status === 'reversed';
    const action = await this.manager.save(
      EnforcementActionEntity,
      this.manager.create(EnforcementActionEntity, {
        caseId,
        subjectId: values.subjectId,
        type: values.type,
        services: values.services,
        scope: values.scope,
        rationale: values.rationale,
        status: values.status,
        effectiveFrom: values.effectiveFrom ?? null,
        proposedBy: values.proposedBy.id,
        proposedAt: values.proposedAt,
        decidedBy: decided ? (values.decidedBy?.id ?? null) : null,
        decidedAt: decided ? (values.decidedAt ?? null) : null,
        decisionReason: decided ? (values.decisionReason ?? null) : null,
        executedBy: executed ? (values.executedBy?.id ?? null) : null,
        executedAt: executed ? (values.executedAt ?? null) : null,
        executionReference: executed ? (values.executionReference ?? null) : null,
      }),
    );
    for (const findingId of values.findingIds ?? []) {
      await this.manager.insert(EnforcementActionFindingEntity, { actionId: action.id, findingId });
    }
    for (const clauseId of values.clauseIds ?? []) {
      await this.manager.insert(EnforcementActionPolicyClauseEntity, { actionId: action.id, clauseId });
    }
    const steps: {
      action: 'action.proposed' | 'action.approved' | 'action.rejected' | 'action.executed';
      by: SeedUser;
      status: string;
    }[] = [{ action: 'action.proposed', by: values.proposedBy, status: 'proposed' }];
    if (decided && values.decidedBy) {
      steps.push({
        action: values.status === 'rejected' ? 'action.rejected' : 'action.approved',
        by: values.decidedBy,
        status: values.status === 'rejected' ? 'rejected' : 'approved',
      });
    }
    if (executed && values.executedBy)
      steps.push({ action: 'action.executed', by: values.executedBy, status: 'executed' });
    for (const step of steps) {
      await this.audit.record(this.manager, this.as(step.by), {
        action: step.action,
        entityType: 'enforcement_action',
        entityId: action.id,
        caseId,
        after: { status: step.status, type: action.type, services: action.services },
        reason: step.action === 'action.proposed' ? action.rationale : (values.decisionReason ?? null),
      });
    }
    return action;
  }

  async statement(
    caseId: string,
    values: {
      direction: 'issued' | 'received';
      audience: StatementAudience;
      body: string;
      channel?: string;
      source?: string;
      author: SeedUser;
      status: StatementStatus;
      statedAt?: Date;
      approvedBy?: SeedUser;
      approvedAt?: Date;
      publishedBy?: SeedUser;
      publishedAt?: Date;
    },
  ) {
    const statement = await this.manager.save(
      StatementEntity,
      this.manager.create(StatementEntity, {
        caseId,
        direction: values.direction,
        audience: values.audience,
        body: values.body,
        channel: values.channel ?? null,
        source: values.source ?? null,
        authorId: values.author.id,
        status: values.status,
        statedAt: values.statedAt ?? values.publishedAt ?? null,
        submittedAt: values.approvedAt ?? null,
        approvedBy: values.approvedBy?.id ?? null,
        approvedAt: values.approvedAt ?? null,
        publishedBy: values.publishedBy?.id ?? null,
        publishedAt: values.publishedAt ?? null,
      }),
    );
    await this.audit.record(this.manager, this.as(values.author), {
      action: 'statement.created',
      entityType: 'statement',
      entityId: statement.id,
      caseId,
      after: { direction: statement.direction, audience: statement.audience, status: statement.status },
    });
    if (values.approvedBy) {
      await this.audit.record(this.manager, this.as(values.approvedBy), {
        action: 'statement.approved',
        entityType: 'statement',
        entityId: statement.id,
        caseId,
        after: { status: 'approved' },
        reason: 'approved for release',
      });
    }
    if (values.publishedBy) {
      await this.audit.record(this.manager, this.as(values.publishedBy), {
        action: 'statement.published',
        entityType: 'statement',
        entityId: statement.id,
        caseId,
        after: { status: 'published' },
        reason: 'released to the press',
      });
    }
    return statement;
  }
}
