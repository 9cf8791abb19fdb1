import {
  OPEN_CASE_STATUSES,
  formatCaseReference,
  type CaseOutcome,
  type CaseStatus,
  type Severity,
} from '@ethics/domain';
import { Random, mix32, type IdSpace } from './random';
import { RowKind, type LargeSeedSizes } from './large-seed-sizes';
import { MISUSES, PLACES, PRODUCTS, REGIONS, TAGS } from './vocabulary';
import type { Catalogue } from './catalogue';
import type { People } from './people';

export const DAY_MS = 86_400_000;
/** Cases are opened over this many years up to the day of seeding. */
export const YEARS_OF_HISTORY = 5;

/** [first, end) of a case's children in their table's global numbering. */
export interface IndexRange {
  first: number;
  end: number;
}

export interface PlannedCase {
  index: number;
  id: string;
  reference: string;
  title: string;
  summary: string;
  severity: Severity;
  status: CaseStatus;
  /** The statuses it passed through after intake, in order (ends with `status`). */
  path: CaseStatus[];
  outcome: CaseOutcome | null;
  outcomeSummary: string | null;
  restricted: boolean;
  region: string;
  country: string;
  products: string[];
  tags: string[];
  misuse: string;
  leadId: string;
  createdBy: string;
  /** Every member: the case lead, the busy lead, and one to four reviewers. */
  memberIds: string[];
  reviewerIds: string[];
  openedAt: Date;
  dueAt: Date | null;
  closedAt: Date | null;
  /** The end of the case's activity: closed, or now. */
  activeUntil: Date;
  organisation: number;
  allegations: IndexRange;
  evidence: IndexRange;
  actions: IndexRange;
  statements: IndexRange;
}

const OPEN_WEIGHTS: Record<string, number> = { intake: 15, triage: 20, investigating: 35, findings: 15, actioning: 15 };
const SEVERITY_WEIGHTS: Record<Severity, number> = { low: 30, medium: 40, high: 22, critical: 8 };
const OUTCOME_WEIGHTS: Record<CaseOutcome, number> = {
  substantiated: 35,
  partially_substantiated: 20,
  unsubstantiated: 25,
  inconclusive: 12,
  referred: 8,
};
const PATHS: Record<CaseStatus, CaseStatus[]> = {
  intake: [],
  triage: ['triage'],
  investigating: ['triage', 'investigating'],
  findings: ['triage', 'investigating', 'findings'],
  actioning: ['triage', 'investigating', 'findings', 'actioning'],
  closed: ['triage', 'investigating', 'findings', 'actioning', 'closed'],
  dismissed: ['triage', 'dismissed'],
};
const REGION_NAMES = Object.keys(REGIONS);
/** Share of cases whose text speaks of surveillance, so that `q=surveillance` has a realistic number of hits. */
const SURVEILLANCE_SHARE = 0.08;

/**
 * Splits `total` children over the cases in proportion to their weights, exactly: the case at
 * `i` owns [start[i], start[i + 1]).
 */
function apportion(total: number, weights: Float64Array): Float64Array {
  const sum = weights.reduce((a, b) => a + b, 0);
  const start = new Float64Array(weights.length + 1);
  let cumulative = 0;
  for (let i = 0; i < weights.length; i++) {
    cumulative += weights[i];
    start[i + 1] = sum > 0 ? Math.round((total * cumulative) / sum) : Math.round((total * (i + 1)) / weights.length);
  }
  return start;
}

const rangeOf = (start: Float64Array, i: number): IndexRange => ({ first: start[i], end: start[i + 1] });

/**
 * Everything about the generated cases that more than one pass needs, decided once from the
 * seed: each pass (cases, members, allegations, evidence, actions, the audit trail) asks for
 * case `i` and gets the same answer without the data being held in memory.
 */
export class CasePlan {
  private readonly openedAt: Float64Array;
  private readonly allegationStart: Float64Array;
  private readonly evidenceStart: Float64Array;
  private readonly actionStart: Float64Array;
  private readonly statementStart: Float64Array;
  readonly statementCount: number;
  readonly start: number;

  constructor(
    readonly sizes: LargeSeedSizes,
    readonly seed: number,
    readonly ids: IdSpace,
    readonly now: Date,
    readonly firstReferenceNumber: number,
    readonly people: People,
    readonly catalogue: Catalogue,
  ) {
    const n = sizes.cases;
    this.start = now.getTime() - YEARS_OF_HISTORY * 365 * DAY_MS;
    this.openedAt = new Float64Array(n);
    const allegationWeights = new Float64Array(n);
    const evidenceWeights = new Float64Array(n);
    const actionWeights = new Float64Array(n);
    const statementWeights = new Float64Array(n);
    const span = now.getTime() - DAY_MS - this.start;
    for (let i = 0; i < n; i++) {
      const random = new Random(seed, RowKind.Case, i, 1);
      this.openedAt[i] = Math.floor(this.start + ((i + random.next()) * span) / n);
      const { status, outcome } = this.statusOf(i);
      allegationWeights[i] = 0.3 + random.next() * 1.4;
      evidenceWeights[i] = (status === 'intake' ? 0.2 : 0.4) + random.next() * 1.6;
      actionWeights[i] = actionWeight(status, outcome) * (0.5 + random.next());
      statementWeights[i] = status === 'closed' ? 1 : status === 'actioning' ? 0.6 : 0.1;
    }
    this.allegationStart = apportion(sizes.allegations, allegationWeights);
    this.evidenceStart = apportion(sizes.evidence, evidenceWeights);
    this.actionStart = apportion(sizes.actions, actionWeights);
    this.statementCount = Math.round(n * 0.3);
    this.statementStart = apportion(this.statementCount, statementWeights);
  }

  /** Older cases are more likely to be over; a few stay open for years. */
  private statusOf(i: number): { status: CaseStatus; outcome: CaseOutcome | null } {
    const random = new Random(this.seed, RowKind.Case, i, 2);
    const ageDays = (this.now.getTime() - this.openedAt[i]) / DAY_MS;
    const [closed, dismissed] = ageDays > 365 ? [0.76, 0.16] : ageDays > 90 ? [0.45, 0.1] : [0.08, 0.08];
    const roll = random.next();
    if (roll < closed) return { status: 'closed', outcome: random.weighted(OUTCOME_WEIGHTS) };
    if (roll < closed + dismissed) return { status: 'dismissed', outcome: null };
    return { status: random.weighted(OPEN_WEIGHTS) as CaseStatus, outcome: null };
  }

  caseId(i: number): string {
    return this.ids.id(RowKind.Case, i);
  }

  case(i: number): PlannedCase {
    const random = new Random(this.seed, RowKind.Case, i, 3);
    const { status, outcome } = this.statusOf(i);
    const openedAt = new Date(this.openedAt[i]);
    const nowMs = this.now.getTime();
    const closedAt =
      status === 'closed' || status === 'dismissed'
        ? new Date(
            Math.min(openedAt.getTime() + random.int(7, 420) * DAY_MS + random.int(0, DAY_MS), nowMs - 3_600_000),
          )
        : null;
    const surveillance = mix32(i ^ this.seed) / 4294967296 < SURVEILLANCE_SHARE;
    const misuse = surveillance ? 'mass surveillance of residents' : random.pick(MISUSES);
    const region = random.pick(REGION_NAMES);
    const country = random.pick(REGIONS[region]);
    const place = random.pick(PLACES);
    const organisation = mix32(i * 7 + this.seed) % this.catalogue.organisations;
    const customer = this.catalogue.subjectName(organisation);
    const { leads, reviewers } = this.people;
    // The first lead is the busy one: on every case. The others lead a share each.
    const lead = random.chance(0.4) ? leads[0] : random.pick(leads);
    const caseReviewers = random.sample(reviewers, random.int(1, 4));
    const memberIds = [...new Set([lead.id, leads[0].id, ...caseReviewers.map((r) => r.id)])];
    const products = random.sample(PRODUCTS, random.int(1, 3));
    const restricted = random.chance(0.1);
    const reference = formatCaseReference(openedAt.getUTCFullYear(), this.firstReferenceNumber + i);
    return {
      index: i,
      id: this.caseId(i),
      reference,
      title: `${capitalise(misuse)} by ${customer} in ${place}`,
      summary:
        `Reports that ${customer} uses our ${products.join(', ')} for ${misuse} in ${place} (${country}). ` +
        `The review covers the customer's accounts, contracts and usage since ${openedAt.getUTCFullYear() - 1}.` +
        (surveillance ? ' Cameras and data feeds are said to enable surveillance of whole neighbourhoods.' : ''),
      severity: random.weighted(SEVERITY_WEIGHTS),
      status,
      path: PATHS[status],
      outcome,
      outcomeSummary: outcome ? outcomeSummary(outcome, customer) : null,
      restricted,
      region,
      country,
      products,
      tags: random.sample(TAGS, random.int(0, 3)),
      misuse,
      leadId: lead.id,
      createdBy: random.chance(0.6) ? caseReviewers[0].id : lead.id,
      memberIds,
      reviewerIds: caseReviewers.map((r) => r.id),
      openedAt,
      dueAt: random.chance(0.85) ? new Date(openedAt.getTime() + random.int(30, 120) * DAY_MS) : null,
      closedAt,
      activeUntil: closedAt ?? this.now,
      organisation,
      allegations: rangeOf(this.allegationStart, i),
      evidence: rangeOf(this.evidenceStart, i),
      actions: rangeOf(this.actionStart, i),
      statements: rangeOf(this.statementStart, i),
    };
  }

  /** The last reference number used, for the sequence to continue after it. */
  get lastReferenceNumber(): number {
    return this.firstReferenceNumber + this.sizes.cases - 1;
  }
}

export const isOpen = (status: CaseStatus) => OPEN_CASE_STATUSES.includes(status);

function actionWeight(status: CaseStatus, outcome: CaseOutcome | null): number {
  if (status === 'actioning') return 3;
  if (status === 'closed') return outcome === 'substantiated' || outcome === 'partially_substantiated' ? 2.5 : 0.3;
  if (status === 'findings') return 0.5;
  return 0;
}

function outcomeSummary(outcome: CaseOutcome, customer: string): string {
  switch (outcome) {
    case 'substantiated':
      return `The misuse by ${customer} was confirmed; the services involved were disabled.`;
    case 'partially_substantiated':
      return `Part of the reported use by ${customer} was confirmed and restricted.`;
    case 'unsubstantiated':
      return `No evidence that ${customer} used our services as reported.`;
    case 'inconclusive':
      return `The evidence about ${customer} did not allow a conclusion.`;
    case 'referred':
      return `Referred to the competent authority; our review of ${customer} ended.`;
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
