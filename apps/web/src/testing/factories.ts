import type { Allegation, CaseDetail, EnforcementAction, Evidence, Schemas, Statement } from '../lib/api-types';

/** Records as the API sends them, for component tests; override what a test is about. */

const NOW = '2026-11-20T10:00:00.000Z';

export function aCaseDetail(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: 'case-1',
    reference: 'ETH-2026-0042',
    title: 'Defence ministry unit using cloud storage and AI services for mass surveillance',
    summary: 'Reports say a unit stores intercepted calls in our cloud.',
    severity: 'critical',
    status: 'investigating',
    outcome: null,
    outcomeSummary: null,
    restricted: false,
    region: 'Middle East',
    country: 'IL',
    products: ['cloud-storage'],
    tags: [],
    leadId: 'lead-1',
    createdBy: 'reviewer-1',
    openedAt: NOW,
    dueAt: null,
    closedAt: null,
    version: 3,
    createdAt: NOW,
    updatedAt: NOW,
    memberIds: ['lead-1', 'reviewer-1'],
    counts: {
      members: 2,
      allegations: 1,
      openAllegations: 1,
      evidence: 0,
      tasks: 0,
      findings: 0,
      actions: 0,
      statements: 0,
    },
    ...overrides,
  };
}

export function anAction(overrides: Partial<EnforcementAction> = {}): EnforcementAction {
  return {
    id: 'action-1',
    caseId: 'case-1',
    caseReference: 'ETH-2026-0042',
    subject: { id: 'subject-1', name: 'IMOD intelligence unit', type: 'unit' },
    type: 'disable_service',
    services: ['cloud-storage'],
    scope: 'Storage subscriptions of the unit',
    rationale: 'Mass surveillance of civilians.',
    status: 'proposed',
    effectiveFrom: null,
    effectiveUntil: null,
    proposedBy: 'reviewer-1',
    proposedAt: NOW,
    decidedBy: null,
    decidedAt: null,
    decisionReason: null,
    executedBy: null,
    executedAt: null,
    executionReference: null,
    executionReason: null,
    reversedBy: null,
    reversedAt: null,
    reversalReason: null,
    findingIds: [],
    policyClauseIds: [],
    version: 1,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

export function anEvidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    id: 'evidence-1',
    caseId: 'case-1',
    title: 'Telemetry export',
    kind: 'telemetry_summary',
    description: null,
    sha256: 'b0dc23eaf8d76f6d80df797fc7bebd5c2b8fba00f5be74e73a0bcdc48f9b7611',
    hasContent: true,
    sizeBytes: 300_000,
    mediaType: 'application/octet-stream',
    originalFilename: 'telemetry.bin',
    source: null,
    sourceUrl: null,
    collectedBy: 'reviewer-1',
    collectedAt: NOW,
    legalHold: false,
    supersedesId: null,
    supersededById: null,
    withdrawnAt: null,
    version: 1,
    createdAt: NOW,
    links: [],
    ...overrides,
  };
}

export function anAllegation(overrides: Partial<Allegation> = {}): Allegation {
  return {
    id: 'allegation-1',
    caseId: 'case-1',
    description: 'A unit stores intercepted calls in our cloud.',
    sourceType: 'press',
    sourceReference: null,
    receivedAt: NOW,
    reporterName: null,
    reporterContact: null,
    findingStatus: 'open',
    findingRationale: null,
    policyClauseIds: [],
    subjectIds: ['subject-0'],
    createdBy: 'reviewer-1',
    version: 2,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

export function aStatement(overrides: Partial<Statement> = {}): Statement {
  return {
    id: 'statement-1',
    caseId: 'case-1',
    direction: 'issued',
    audience: 'press',
    channel: 'Spokesperson statement',
    authorId: 'lead-1',
    source: null,
    body: 'We have disabled the services concerned.',
    status: 'in_review',
    statedAt: null,
    editorIds: [],
    submittedAt: NOW,
    approvedBy: null,
    approvedAt: null,
    publishedBy: null,
    publishedAt: null,
    supersedesId: null,
    supersededById: null,
    version: 2,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

export function aUser(overrides: Partial<Schemas['UserDto']> = {}): Schemas['UserDto'] {
  return {
    id: 'user-1',
    email: 'rana.reviewer@example.test',
    name: 'Rana Reviewer',
    role: 'reviewer',
    active: true,
    version: 2,
    createdAt: NOW,
    updatedAt: NOW,
    signInLockedUntil: null,
    ...overrides,
  };
}
