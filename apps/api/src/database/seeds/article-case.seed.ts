import { DAY, type SeedUser, type SeedWriter } from './seed-writer';

export interface DemoPeople {
  admin: SeedUser;
  lead: SeedUser;
  reviewer: SeedUser;
  reviewer2: SeedUser;
  executive: SeedUser;
  auditor: SeedUser;
}

const PRESS_REPORT =
  'Reports say a unit within the Israel Ministry of Defense used the Azure cloud platform to store and process ' +
  'massive amounts of intelligence data, including phone call recordings, collected from Gaza and the West Bank.';
const PRIVACY_CONCERN =
  'Human rights organisations raise concern over the handling and purpose of the data collection: violations of ' +
  'privacy and potential human rights implications for the people under surveillance.';

/**
 * The case of ../shared/reference/article.txt: press reports of mass
 * surveillance, an internal review that found evidence supporting them, cloud
 * storage and AI services disabled for the unit, other accounts reviewed, the
 * company's statement and the reactions to it.
 */
export async function seedArticleCase(w: SeedWriter, people: DemoPeople, now: number): Promise<void> {
  const { admin, lead, reviewer, executive } = people;
  const day = (offset: number) => new Date(now - offset * DAY);

  const surveillance = await w.clause(admin, {
    code: 'AUP-3.1',
    document: 'Acceptable Use Policy',
    title: 'No mass surveillance of civilians',
    text: 'Customers may not use the services to collect, store or analyse communications of people at large for surveillance.',
    effectiveFrom: '2024-01-01',
  });
  const privacy = await w.clause(admin, {
    code: 'HRC-2',
    document: 'Human Rights Commitments',
    title: 'Privacy and freedom of expression',
    text: 'We respect privacy as a human right and will act when our technology is used to violate it.',
    effectiveFrom: '2023-06-01',
  });
  const aiUse = await w.clause(admin, {
    code: 'AIP-1.4',
    document: 'Responsible AI Policy',
    title: 'Prohibited uses of AI services',
    text: 'AI services may not be used to identify, profile or track people for surveillance without lawful basis.',
    effectiveFrom: '2024-09-01',
  });

  const ministry = await w.subject(lead, {
    type: 'organisation',
    name: 'Israel Ministry of Defense (IMOD)',
    country: 'IL',
    notes: 'Government customer.',
  });
  const unit = await w.subject(lead, {
    type: 'unit',
    name: 'IMOD intelligence unit',
    parentId: ministry.id,
    country: 'IL',
    notes: 'The unit named in the press reports.',
  });
  const tenant = await w.subject(lead, {
    type: 'account',
    name: 'Unit cloud tenant (storage and AI)',
    parentId: unit.id,
    externalRef: 'tenant-imod-unit-01',
  });

  const theCase = await w.case(
    reviewer,
    {
      title: 'Defence ministry unit using cloud storage and AI services for mass surveillance',
      summary: `${PRESS_REPORT} The reports drew international concern over privacy and human rights.`,
      severity: 'critical',
      status: 'closed',
      restricted: true,
      outcome: 'substantiated',
      outcomeSummary:
        'The review found evidence supporting the claims that our technology was used for surveillance not aligned ' +
        'with our policies. Cloud storage and AI services were disabled for the unit; other accounts were reviewed.',
      region: 'Middle East',
      country: 'IL',
      products: ['cloud-storage', 'ai-services'],
      tags: ['surveillance', 'government', 'human-rights', 'press'],
      lead,
      openedAt: day(100),
      dueAt: day(40),
      closedAt: day(20),
    },
    [reviewer, lead],
  );
  await w.transitions(lead, theCase.id, ['triage', 'investigating', 'findings', 'actioning', 'closed'], {
    triage: 'Credible press reports naming a government customer',
    investigating: 'Internal review opened with outside counsel',
    findings: 'Telemetry and counsel review complete',
    actioning: 'Findings substantiated; actions proposed',
    closed: 'Actions executed and statement published',
  });

  const storageAllegation = await w.allegation(reviewer, theCase.id, {
    description: PRESS_REPORT,
    sourceType: 'press',
    sourceReference: 'Press reports [2][3] of the article',
    receivedAt: day(101),
    clauseIds: [surveillance.id, aiUse.id],
    subjectIds: [unit.id, tenant.id],
  });
  const rightsAllegation = await w.allegation(reviewer, theCase.id, {
    description: PRIVACY_CONCERN,
    sourceType: 'ngo',
    sourceReference: 'Statements of human rights organisations',
    receivedAt: day(98),
    reporterName: 'Rights group liaison',
    reporterContact: 'liaison@rights.example',
    clauseIds: [privacy.id],
    subjectIds: [unit.id],
  });

  const pressEvidence = await w.evidenceRecord(reviewer, theCase.id, {
    title: 'Press report: military unit stored intercepted calls in the cloud',
    kind: 'press_article',
    capturedText: PRESS_REPORT,
    source: 'International press',
    sourceUrl: 'https://news.example/reports/cloud-surveillance',
    collectedAt: day(100),
    legalHold: true,
    supports: [storageAllegation.id],
  });
  const telemetry = await w.evidenceRecord(reviewer, theCase.id, {
    title: 'Telemetry summary: storage and AI usage of the unit tenant',
    kind: 'telemetry_summary',
    capturedText:
      'Tenant tenant-imod-unit-01: storage grew to multiple petabytes of audio; speech-to-text and translation jobs ran daily.',
    source: 'Internal monitoring',
    collectedAt: day(85),
    legalHold: true,
    supports: [storageAllegation.id],
  });
  const counsel = await w.evidenceRecord(lead, theCase.id, {
    title: "Outside counsel's review memorandum",
    kind: 'counsel_report',
    capturedText: 'Counsel concludes the evidence supports the reports; use conflicts with AUP-3.1 and HRC-2.',
    source: 'Outside counsel',
    collectedAt: day(50),
    legalHold: true,
    supports: [storageAllegation.id, rightsAllegation.id],
  });

  await w.task(lead, theCase.id, {
    title: 'Review telemetry of the unit tenant',
    assignee: reviewer,
    dueAt: day(80),
    status: 'done',
    completedAt: day(84),
  });
  await w.task(lead, theCase.id, {
    title: 'Engage outside counsel for an independent review',
    assignee: lead,
    dueAt: day(60),
    status: 'done',
    completedAt: day(51),
  });
  await w.task(lead, theCase.id, {
    title: "Review the customer's other accounts and services",
    assignee: reviewer,
    dueAt: day(30),
    status: 'done',
    completedAt: day(25),
  });

  const storageFinding = await w.finding(lead, theCase.id, storageAllegation, {
    conclusion: 'substantiated',
    rationale: 'Telemetry and counsel review support the reports: the unit stored and processed intercepted calls.',
    externalReviewer: 'Outside counsel',
    evidenceIds: [pressEvidence.id, telemetry.id, counsel.id],
    clauseIds: [surveillance.id, aiUse.id],
  });
  const rightsFinding = await w.finding(lead, theCase.id, rightsAllegation, {
    conclusion: 'substantiated',
    rationale: 'The use is mass surveillance of civilians, against our human rights commitments on privacy.',
    evidenceIds: [counsel.id],
    clauseIds: [privacy.id],
  });

  const approval = {
    decidedBy: lead,
    decidedAt: day(35),
    decisionReason: 'Findings substantiated; proportionate response',
  };
  await w.action(theCase.id, {
    subjectId: unit.id,
    type: 'disable_service',
    services: ['cloud-storage'],
    scope: 'Cloud storage subscriptions used by the unit',
    rationale: 'Storage of intercepted communications for mass surveillance (AUP-3.1).',
    status: 'executed',
    proposedBy: reviewer,
    proposedAt: day(38),
    ...approval,
    executedBy: lead,
    executedAt: day(30),
    executionReference: 'CHG-2026-0911',
    effectiveFrom: day(30),
    findingIds: [storageFinding.id],
    clauseIds: [surveillance.id],
  });
  await w.action(theCase.id, {
    subjectId: unit.id,
    type: 'disable_service',
    services: ['ai-services'],
    scope: 'AI services (speech-to-text, translation) used by the unit',
    rationale: 'AI services used to process intercepted calls (AIP-1.4).',
    status: 'executed',
    proposedBy: reviewer,
    proposedAt: day(38),
    ...approval,
    executedBy: lead,
    executedAt: day(30),
    executionReference: 'CHG-2026-0912',
    effectiveFrom: day(30),
    findingIds: [storageFinding.id, rightsFinding.id],
    clauseIds: [aiUse.id, privacy.id],
  });
  await w.action(theCase.id, {
    subjectId: ministry.id,
    type: 'account_review',
    services: ['cloud-storage', 'ai-services', 'compute'],
    scope: "The ministry's other accounts and services",
    rationale: 'Prevent similar misuse elsewhere in the customer.',
    status: 'executed',
    proposedBy: reviewer,
    proposedAt: day(37),
    ...approval,
    executedBy: lead,
    executedAt: day(25),
    executionReference: 'REV-2026-0440',
    findingIds: [storageFinding.id],
    clauseIds: [surveillance.id],
  });

  await w.statement(theCase.id, {
    direction: 'issued',
    audience: 'press',
    channel: 'Spokesperson statement',
    body:
      'After a thorough review, we determined there was evidence supporting claims that our technology was being ' +
      'used for surveillance that does not align with our policies and ethical guidelines. We have disabled cloud ' +
      'storage and AI services tied to the unit, reviewed other accounts and services, and reaffirm our commitment ' +
      'to the ethical use of our technology worldwide.',
    author: reviewer,
    status: 'published',
    approvedBy: executive,
    approvedAt: day(24),
    publishedBy: lead,
    publishedAt: day(22),
  });
  await w.statement(theCase.id, {
    direction: 'received',
    audience: 'public',
    channel: 'Public statements',
    source: 'Human rights organisations',
    body: 'A necessary step in holding state actors accountable for misuse of commercial technology.',
    author: reviewer,
    status: 'received',
    statedAt: day(21),
  });
  await w.statement(theCase.id, {
    direction: 'received',
    audience: 'press',
    channel: 'Press enquiry',
    source: 'Israel Ministry of Defense officials',
    body: 'Declined to comment in detail, citing operational security.',
    author: reviewer,
    status: 'received',
    statedAt: day(21),
  });
}
