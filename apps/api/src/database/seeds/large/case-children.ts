import {
  DEFAULT_SERVICE_CATALOGUE,
  type ActionStatus,
  type ActionType,
  type CaseStatus,
  type AllegationSourceType,
  type EvidenceKind,
  type FindingStatus,
  type StatementAudience,
  type StatementStatus,
} from '@ethics/domain';
import type { EnforcementActionEntity } from '../../../modules/enforcement-actions/entities/enforcement-action.entity';
import { DAY_MS, type CasePlan, type PlannedCase } from './case-plan';
import { ACCOUNTS_PER_UNIT, UNITS_PER_ORGANISATION } from './catalogue';
import { Random } from './random';
import { RowKind } from './large-seed-sizes';
import { EVIDENCE_TOPICS, SOURCES } from './vocabulary';

export interface PlannedAllegation {
  id: string;
  description: string;
  sourceType: AllegationSourceType;
  sourceReference: string | null;
  receivedAt: Date;
  reporterName: string | null;
  reporterContact: string | null;
  findingStatus: FindingStatus;
  findingRationale: string | null;
  createdBy: string;
  createdAt: Date;
  clauseIds: string[];
  subjectId: string;
  /** Set when the allegation is concluded: its finding. */
  finding: { id: string; authorId: string; createdAt: Date } | null;
}

export interface PlannedEvidence {
  id: string;
  title: string;
  kind: EvidenceKind;
  description: string;
  sha256: string;
  sizeBytes: number;
  mediaType: string;
  originalFilename: string;
  source: string;
  sourceUrl: string | null;
  collectedBy: string;
  collectedAt: Date;
  legalHold: boolean;
  supportsAllegationId: string | null;
}

/** An action as the generator plans it: its row without the case, effective dates and bookkeeping, and one clause. */
export type PlannedAction = Omit<
  EnforcementActionEntity,
  | 'caseId'
  | 'case'
  | 'subject'
  | 'effectiveFrom'
  | 'effectiveUntil'
  | 'executionReason'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
> & { clauseId: string };

export interface PlannedStatement {
  id: string;
  direction: 'issued' | 'received';
  audience: StatementAudience;
  channel: string | null;
  authorId: string;
  source: string | null;
  body: string;
  status: StatementStatus;
  statedAt: Date | null;
  submittedAt: Date | null;
  approvedBy: string | null;
  approvedAt: Date | null;
  publishedBy: string | null;
  publishedAt: Date | null;
  createdAt: Date;
}

const SOURCE_WEIGHTS: Record<AllegationSourceType, number> = {
  press: 25,
  whistleblower: 10,
  regulator: 8,
  ngo: 17,
  internal_monitoring: 25,
  customer: 10,
  other: 5,
};
const EVIDENCE_KINDS: Record<EvidenceKind, [weight: number, mediaType: string, extension: string]> = {
  press_article: [15, 'text/html', 'html'],
  telemetry_summary: [25, 'text/csv', 'csv'],
  contract: [8, 'application/pdf', 'pdf'],
  email: [15, 'message/rfc822', 'eml'],
  interview_note: [8, 'text/plain', 'txt'],
  screenshot: [14, 'image/png', 'png'],
  counsel_report: [3, 'application/pdf', 'pdf'],
  document: [10, 'application/pdf', 'pdf'],
  other: [2, 'application/octet-stream', 'bin'],
};
const EVIDENCE_KIND_WEIGHTS = Object.fromEntries(
  Object.entries(EVIDENCE_KINDS).map(([kind, [weight]]) => [kind, weight]),
) as Record<EvidenceKind, number>;
const ACTION_TYPES: Record<ActionType, number> = {
  disable_service: 25,
  suspend_account: 20,
  restrict_feature: 15,
  terminate_contract: 5,
  warning: 15,
  enhanced_monitoring: 10,
  account_review: 8,
  other: 2,
};
const SERVICES = Object.keys(DEFAULT_SERVICE_CATALOGUE);
const AUDIENCES: Record<StatementAudience, number> = {
  public: 15,
  press: 25,
  customer: 30,
  employees: 10,
  regulator: 10,
  internal: 10,
};

/** A moment between `from` and `until`, never after `until`. */
function between(random: Random, from: Date, until: Date): Date {
  const span = Math.max(0, until.getTime() - from.getTime());
  return new Date(from.getTime() + Math.floor(random.next() * span));
}

function laterBy(random: Random, from: Date, maxDays: number, until: Date): Date {
  return new Date(Math.min(from.getTime() + random.int(1, maxDays * 24) * 3_600_000, until.getTime()));
}

/** One of the case's units or their accounts: where misuse is found, and what actions hit. */
function caseSubject(plan: CasePlan, c: PlannedCase, random: Random): string {
  const unit = random.int(0, UNITS_PER_ORGANISATION - 1);
  return random.chance(0.4)
    ? plan.catalogue.unitId(c.organisation, unit)
    : plan.catalogue.accountId(c.organisation, unit, random.int(0, ACCOUNTS_PER_UNIT - 1));
}

function concluded(c: PlannedCase, random: Random): FindingStatus {
  if (c.status === 'closed') {
    if (c.outcome === 'substantiated') return random.chance(0.85) ? 'substantiated' : 'inconclusive';
    if (c.outcome === 'unsubstantiated') return 'unsubstantiated';
    return random.pick(['substantiated', 'unsubstantiated', 'inconclusive'] as const);
  }
  if (c.status === 'findings' || c.status === 'actioning') {
    return random.chance(0.7) ? random.pick(['substantiated', 'substantiated', 'inconclusive'] as const) : 'open';
  }
  return 'open';
}

export function plannedAllegation(plan: CasePlan, c: PlannedCase, k: number): PlannedAllegation {
  const random = new Random(plan.seed, RowKind.Allegation, k);
  const sourceType = random.weighted(SOURCE_WEIGHTS);
  const source = random.pick(SOURCES[sourceType]);
  const receivedAt = new Date(c.openedAt.getTime() - random.int(0, 20) * DAY_MS);
  const createdAt = between(
    random,
    c.openedAt,
    new Date(Math.min(c.activeUntil.getTime(), c.openedAt.getTime() + 60 * DAY_MS)),
  );
  const findingStatus = concluded(c, random);
  const surveillance = c.misuse.includes('surveillance') || random.chance(0.02);
  const createdBy = random.pick(c.reviewerIds);
  const finding =
    findingStatus === 'open'
      ? null
      : {
          id: plan.ids.id(RowKind.Finding, k),
          authorId: c.leadId,
          createdAt: between(random, createdAt, c.activeUntil),
        };
  return {
    id: plan.ids.id(RowKind.Allegation, k),
    description:
      `According to ${source}, the customer's ${random.pick(['unit', 'contractor', 'programme', 'agency'])} ` +
      `relies on our services for ${c.misuse}` +
      (surveillance ? ', including camera networks used for surveillance of public spaces.' : '.') +
      ` Reported volume: ${random.int(2, 900)}k requests a day.`,
    sourceType,
    sourceReference:
      sourceType === 'press'
        ? `https://news.example/${c.reference.toLowerCase()}/${k}`
        : `REF-${k.toString(36).toUpperCase()}`,
    receivedAt,
    reporterName: sourceType === 'whistleblower' ? 'Withheld at the reporter\u2019s request' : null,
    reporterContact: sourceType === 'whistleblower' ? `tips+${k}@reporter.example` : null,
    findingStatus,
    findingRationale: finding
      ? `Usage logs and contracts ${findingStatus === 'substantiated' ? 'confirm' : 'do not confirm'} the report.`
      : null,
    createdBy,
    createdAt,
    clauseIds: random.sample(plan.catalogue.clauses, random.int(1, 2)).map((clause) => clause.id),
    subjectId: caseSubject(plan, c, random),
    finding,
  };
}

export function plannedEvidence(plan: CasePlan, c: PlannedCase, k: number): PlannedEvidence {
  const random = new Random(plan.seed, RowKind.Evidence, k);
  const kind = random.weighted(EVIDENCE_KIND_WEIGHTS);
  const [, mediaType, extension] = EVIDENCE_KINDS[kind];
  const topic = random.pick(EVIDENCE_TOPICS);
  const hasAllegations = c.allegations.end > c.allegations.first;
  return {
    id: plan.ids.id(RowKind.Evidence, k),
    title: `${topic} (${c.reference}, item ${k - c.evidence.first + 1})`,
    kind,
    description: `${topic} collected for ${c.reference}.`,
    sha256: random.hex(64),
    sizeBytes: random.int(800, 48 * 1024 * 1024),
    mediaType,
    originalFilename: `${topic.toLowerCase().replace(/\W+/g, '-')}-${k}.${extension}`,
    source: kind === 'press_article' ? 'press' : kind === 'telemetry_summary' ? 'abuse telemetry' : 'case team',
    sourceUrl: kind === 'press_article' ? `https://news.example/articles/${k}` : null,
    collectedBy: random.pick(c.reviewerIds),
    collectedAt: between(random, c.openedAt, c.activeUntil),
    legalHold: random.chance(c.outcome === 'substantiated' ? 0.3 : 0.03),
    supportsAllegationId:
      hasAllegations && random.chance(0.4)
        ? plan.ids.id(RowKind.Allegation, random.int(c.allegations.first, c.allegations.end - 1))
        : null,
  };
}

/** How far a case's actions got, by the case's status: every status occurs. */
const ACTION_STATUSES_BY_CASE: Partial<Record<CaseStatus, Partial<Record<ActionStatus, number>>>> = {
  closed: { executed: 62, reversed: 8, rejected: 18, approved: 7, proposed: 5 },
  actioning: { proposed: 35, approved: 25, executed: 30, rejected: 10 },
  findings: { proposed: 75, rejected: 25 },
};

function actionStatus(c: PlannedCase, random: Random): ActionStatus {
  const weights = ACTION_STATUSES_BY_CASE[c.status];
  return weights ? random.weighted(weights as Record<ActionStatus, number>) : 'proposed';
}

export function plannedAction(plan: CasePlan, c: PlannedCase, k: number): PlannedAction {
  const random = new Random(plan.seed, RowKind.Action, k);
  const status = actionStatus(c, random);
  const type = random.weighted(ACTION_TYPES);
  const services = random.sample(SERVICES, random.int(1, 2));
  const proposedBy = random.pick(c.reviewerIds);
  const proposedAt = between(random, new Date((c.openedAt.getTime() + c.activeUntil.getTime()) / 2), c.activeUntil);
  const decided = status !== 'proposed';
  const executed = status === 'executed' || status === 'reversed';
  const deciders = [c.leadId, ...plan.people.executives.map((p) => p.id)].filter((id) => id !== proposedBy);
  const decidedAt = decided ? laterBy(random, proposedAt, 10, c.activeUntil) : null;
  const executedAt = executed && decidedAt ? laterBy(random, decidedAt, 5, c.activeUntil) : null;
  const reversedAt = status === 'reversed' && executedAt ? laterBy(random, executedAt, 30, c.activeUntil) : null;
  return {
    id: plan.ids.id(RowKind.Action, k),
    subjectId: caseSubject(plan, c, random),
    type,
    services,
    scope: `${services.map((s) => DEFAULT_SERVICE_CATALOGUE[s]).join(' and ')} of the accounts involved`,
    rationale: `Findings on ${c.misuse} in ${c.reference}.`,
    status,
    proposedBy,
    proposedAt,
    decidedBy: decided ? random.pick(deciders) : null,
    decidedAt,
    decisionReason: decided
      ? status === 'rejected'
        ? 'Not proportionate to the findings.'
        : 'Proportionate to the findings.'
      : null,
    executedBy: executed ? random.pick([c.leadId, ...c.reviewerIds]) : null,
    executedAt,
    executionReference: executed ? `CHG-${(k + 100000).toString(36).toUpperCase()}` : null,
    reversedBy: reversedAt ? c.leadId : null,
    reversedAt,
    reversalReason: reversedAt ? 'The customer remediated and the regulator confirmed it.' : null,
    clauseId: random.pick(plan.catalogue.clauses).id,
  };
}

export function plannedStatement(plan: CasePlan, c: PlannedCase, k: number): PlannedStatement {
  const random = new Random(plan.seed, RowKind.Statement, k);
  const createdAt = between(random, c.openedAt, c.activeUntil);
  if (random.chance(0.3)) {
    return {
      id: plan.ids.id(RowKind.Statement, k),
      direction: 'received',
      audience: random.pick(['press', 'customer', 'regulator'] as const),
      channel: 'email',
      authorId: random.pick(c.reviewerIds),
      source: random.pick(['the customer', 'a journalist', 'the regulator']),
      body: `We dispute the description of our use of the services in ${c.reference}.`,
      status: 'received',
      statedAt: createdAt,
      submittedAt: null,
      approvedBy: null,
      approvedAt: null,
      publishedBy: null,
      publishedAt: null,
      createdAt,
    };
  }
  const status: StatementStatus =
    c.status === 'closed' ? 'published' : random.pick(['draft', 'in_review', 'approved'] as const);
  const authorId = random.pick(c.reviewerIds);
  const approver = random.pick([c.leadId, ...plan.people.executives.map((p) => p.id)].filter((id) => id !== authorId));
  const submittedAt = status === 'draft' ? null : laterBy(random, createdAt, 3, c.activeUntil);
  const approvedAt = submittedAt && status !== 'in_review' ? laterBy(random, submittedAt, 3, c.activeUntil) : null;
  const publishedAt = approvedAt && status === 'published' ? laterBy(random, approvedAt, 2, c.activeUntil) : null;
  return {
    id: plan.ids.id(RowKind.Statement, k),
    direction: 'issued',
    audience: random.weighted(AUDIENCES),
    channel: random.pick(['press release', 'email', 'blog']),
    authorId,
    source: null,
    body: `We reviewed reports about ${c.misuse} and acted under our Acceptable Use Policy (${c.reference}).`,
    status,
    statedAt: publishedAt,
    submittedAt,
    approvedBy: approvedAt ? approver : null,
    approvedAt,
    publishedBy: publishedAt ? approver : null,
    publishedAt,
    createdAt,
  };
}
