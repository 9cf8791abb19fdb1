import type { EvidenceKind } from '@ethics/domain';
import type { CreateAllegationDto } from '../../modules/allegations/dto/allegation.dto';
import type { ProposeActionDto } from '../../modules/enforcement-actions/dto/enforcement-action.dto';
import type { CreatePolicyClauseDto } from '../../modules/policies/dto/policy-clause.dto';
import type { CreateFindingDto } from '../../modules/review/dto/finding.dto';
import type { CreateSubjectDto } from '../../modules/subjects/dto/subject.dto';
import { DAY, type DemoPeople, type DemoPerson, type DemoStory } from './demo-story';

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
 * company's statement and the reactions to it. Opened by the reviewer and led
 * by the lead; the executive approves the statement before the lead restricts
 * the case (an executive may approve statements of unrestricted cases only).
 */
export async function seedArticleCase(story: DemoStory, people: DemoPeople, now: number): Promise<void> {
  const { admin, lead, reviewer, executive } = people;
  const s = story.services;
  const day = (offset: number) => new Date(now - offset * DAY);
  const isoDay = (offset: number) => day(offset).toISOString();

  const clause = (values: CreatePolicyClauseDto) => story.step(day(365), admin, (as) => s.policies.create(as, values));
  const surveillance = await clause({
    code: 'AUP-3.1',
    document: 'Acceptable Use Policy',
    title: 'No mass surveillance of civilians',
    text: 'Customers may not use the services to collect, store or analyse communications of people at large for surveillance.',
    effectiveFrom: '2024-01-01',
  });
  const privacy = await clause({
    code: 'HRC-2',
    document: 'Human Rights Commitments',
    title: 'Privacy and freedom of expression',
    text: 'We respect privacy as a human right and will act when our technology is used to violate it.',
    effectiveFrom: '2023-06-01',
  });
  const aiUse = await clause({
    code: 'AIP-1.4',
    document: 'Responsible AI Policy',
    title: 'Prohibited uses of AI services',
    text: 'AI services may not be used to identify, profile or track people for surveillance without lawful basis.',
    effectiveFrom: '2024-09-01',
  });

  const subject = (values: CreateSubjectDto) => story.step(day(100), lead, (as) => s.subjects.create(as, values));
  const ministry = await subject({
    type: 'organisation',
    name: 'Israel Ministry of Defense (IMOD)',
    country: 'IL',
    notes: 'Government customer.',
  });
  const unit = await subject({
    type: 'unit',
    name: 'IMOD intelligence unit',
    parentId: ministry.id,
    country: 'IL',
    notes: 'The unit named in the press reports.',
  });
  const tenant = await subject({
    type: 'account',
    name: 'Unit cloud tenant (storage and AI)',
    parentId: unit.id,
    externalRef: 'tenant-imod-unit-01',
  });

  const opened = await story.step(day(100), reviewer, (as) =>
    s.cases.create(as, {
      title: 'Defence ministry unit using cloud storage and AI services for mass surveillance',
      summary: `${PRESS_REPORT} The reports drew international concern over privacy and human rights.`,
      severity: 'critical',
      region: 'Middle East',
      country: 'IL',
      products: ['cloud-storage', 'ai-services'],
      tags: ['surveillance', 'government', 'human-rights', 'press'],
      dueAt: isoDay(40),
    }),
  );
  const caseId = opened.id;
  await story.step(day(100), lead, (as) =>
    s.cases.update(as, caseId, { version: opened.version, leadId: lead.id, reason: 'Leads the review' }),
  );
  const move = (offset: number, to: 'triage' | 'investigating' | 'findings' | 'actioning', reason: string) =>
    story.step(day(offset), lead, (as) => s.transitions.transition(as, caseId, { to, reason }));

  const allege = (offset: number, values: CreateAllegationDto) =>
    story.step(day(offset), reviewer, (as) => s.allegations.create(as, caseId, values));
  const storageAllegation = await allege(100, {
    description: PRESS_REPORT,
    sourceType: 'press',
    sourceReference: 'Press reports [2][3] of the article',
    receivedAt: isoDay(101),
    policyClauseIds: [surveillance.id, aiUse.id],
    subjectIds: [unit.id, tenant.id],
  });
  /** A record of captured text, kept on legal hold by the lead the day it is collected. */
  const evidence = async (
    offset: number,
    by: DemoPerson,
    values: {
      title: string;
      kind: EvidenceKind;
      capturedText: string;
      source: string;
      sourceUrl?: string;
      allegationIds: string[];
    },
  ) => {
    const item = await story.step(day(offset), by, (as) =>
      s.evidenceIntake.createRecord(as, caseId, { ...values, relation: 'supports', collectedAt: isoDay(offset) }),
    );
    await story.step(day(offset), lead, (as) =>
      s.evidence.update(as, caseId, item.id, {
        version: item.version,
        legalHold: true,
        reason: 'Kept for the review',
      }),
    );
    return item;
  };
  const pressEvidence = await evidence(100, reviewer, {
    title: 'Press report: military unit stored intercepted calls in the cloud',
    kind: 'press_article',
    capturedText: PRESS_REPORT,
    source: 'International press',
    sourceUrl: 'https://news.example/reports/cloud-surveillance',
    allegationIds: [storageAllegation.id],
  });

  await move(99, 'triage', 'Credible press reports naming a government customer');
  const task = (title: string, assignee: DemoPerson, dueOffset: number) =>
    story.step(day(99), lead, (as) =>
      s.tasks.create(as, caseId, { title, assigneeId: assignee.id, dueAt: isoDay(dueOffset) }),
    );
  const telemetryTask = await task('Review telemetry of the unit tenant', reviewer, 80);
  const counselTask = await task('Engage outside counsel for an independent review', lead, 60);
  const accountsTask = await task("Review the customer's other accounts and services", reviewer, 30);
  const done = (offset: number, by: DemoPerson, item: { id: string; version: number }) =>
    story.step(day(offset), by, (as) => s.tasks.update(as, caseId, item.id, { version: item.version, status: 'done' }));

  const rightsAllegation = await allege(98, {
    description: PRIVACY_CONCERN,
    sourceType: 'ngo',
    sourceReference: 'Statements of human rights organisations',
    receivedAt: isoDay(98),
    reporterName: 'Rights group liaison',
    reporterContact: 'liaison@rights.example',
    policyClauseIds: [privacy.id],
    subjectIds: [unit.id],
  });
  await move(95, 'investigating', 'Internal review opened with outside counsel');
  const telemetry = await evidence(85, reviewer, {
    title: 'Telemetry summary: storage and AI usage of the unit tenant',
    kind: 'telemetry_summary',
    capturedText:
      'Tenant tenant-imod-unit-01: storage grew to multiple petabytes of audio; speech-to-text and translation jobs ran daily.',
    source: 'Internal monitoring',
    allegationIds: [storageAllegation.id],
  });
  await done(84, reviewer, telemetryTask);
  await done(51, lead, counselTask);
  const counsel = await evidence(50, lead, {
    title: "Outside counsel's review memorandum",
    kind: 'counsel_report',
    capturedText: 'Counsel concludes the evidence supports the reports; use conflicts with AUP-3.1 and HRC-2.',
    source: 'Outside counsel',
    allegationIds: [storageAllegation.id, rightsAllegation.id],
  });

  const substantiate = (values: Omit<CreateFindingDto, 'conclusion'>) =>
    story.step(day(45), lead, (as) => s.findings.create(as, caseId, { ...values, conclusion: 'substantiated' }));
  const storageFinding = await substantiate({
    allegationId: storageAllegation.id,
    rationale: 'Telemetry and counsel review support the reports: the unit stored and processed intercepted calls.',
    externalReviewer: 'Outside counsel',
    evidenceIds: [pressEvidence.id, telemetry.id, counsel.id],
    policyClauseIds: [surveillance.id, aiUse.id],
  });
  const rightsFinding = await substantiate({
    allegationId: rightsAllegation.id,
    rationale: 'The use is mass surveillance of civilians, against our human rights commitments on privacy.',
    evidenceIds: [counsel.id],
    policyClauseIds: [privacy.id],
  });
  await move(45, 'findings', 'Telemetry and counsel review complete');
  await move(38, 'actioning', 'Findings substantiated; actions proposed');

  const propose = (offset: number, values: ProposeActionDto) =>
    story.step(day(offset), reviewer, (as) => s.actions.propose(as, caseId, values));
  const storageAction = await propose(38, {
    subjectId: unit.id,
    type: 'disable_service',
    services: ['cloud-storage'],
    scope: 'Cloud storage subscriptions used by the unit',
    rationale: 'Storage of intercepted communications for mass surveillance (AUP-3.1).',
    effectiveFrom: isoDay(30),
    findingIds: [storageFinding.id],
    policyClauseIds: [surveillance.id],
  });
  const aiAction = await propose(38, {
    subjectId: unit.id,
    type: 'disable_service',
    services: ['ai-services'],
    scope: 'AI services (speech-to-text, translation) used by the unit',
    rationale: 'AI services used to process intercepted calls (AIP-1.4).',
    effectiveFrom: isoDay(30),
    findingIds: [storageFinding.id, rightsFinding.id],
    policyClauseIds: [aiUse.id, privacy.id],
  });
  const reviewAction = await propose(37, {
    subjectId: ministry.id,
    type: 'account_review',
    services: ['cloud-storage', 'ai-services', 'compute'],
    scope: "The ministry's other accounts and services",
    rationale: 'Prevent similar misuse elsewhere in the customer.',
    findingIds: [storageFinding.id],
    policyClauseIds: [surveillance.id],
  });
  for (const action of [storageAction, aiAction, reviewAction]) {
    await story.step(day(35), lead, (as) =>
      s.actionSteps.approve(as, caseId, action.id, { reason: 'Findings substantiated; proportionate response' }),
    );
  }
  const execute = (offset: number, action: { id: string }, executionReference: string) =>
    story.step(day(offset), lead, (as) =>
      s.actionSteps.execute(as, caseId, action.id, {
        executionReference,
        reason: 'Findings substantiated; proportionate response',
      }),
    );
  await execute(30, storageAction, 'CHG-2026-0911');
  await execute(30, aiAction, 'CHG-2026-0912');

  const statement = await story.step(day(26), reviewer, (as) =>
    s.statements.create(as, caseId, {
      direction: 'issued',
      audience: 'press',
      channel: 'Spokesperson statement',
      body:
        'After a thorough review, we determined there was evidence supporting claims that our technology was being ' +
        'used for surveillance that does not align with our policies and ethical guidelines. We have disabled cloud ' +
        'storage and AI services tied to the unit, reviewed other accounts and services, and reaffirm our commitment ' +
        'to the ethical use of our technology worldwide.',
    }),
  );
  await done(25, reviewer, accountsTask);
  await execute(25, reviewAction, 'REV-2026-0440');
  await story.step(day(25), reviewer, (as) =>
    s.statementSteps.submit(as, caseId, statement.id, { reason: 'Ready for approval' }),
  );
  await story.step(day(24), executive, (as) =>
    s.statementSteps.approve(as, caseId, statement.id, { reason: 'approved for release' }),
  );
  await story.step(day(23), lead, async (as) => {
    const { version } = await s.cases.get(as, caseId);
    await s.cases.update(as, caseId, { version, restricted: true, reason: 'Names a government customer' });
  });
  await story.step(day(22), lead, (as) =>
    s.statementSteps.publish(as, caseId, statement.id, { reason: 'released to the press' }),
  );
  const received = (source: string, channel: string, audience: 'public' | 'press', body: string) =>
    story.step(day(21), reviewer, (as) =>
      s.statements.create(as, caseId, { direction: 'received', audience, channel, source, body, statedAt: isoDay(21) }),
    );
  await received(
    'Human rights organisations',
    'Public statements',
    'public',
    'A necessary step in holding state actors accountable for misuse of commercial technology.',
  );
  await received(
    'Israel Ministry of Defense officials',
    'Press enquiry',
    'press',
    'Declined to comment in detail, citing operational security.',
  );
  await story.step(day(20), lead, (as) =>
    s.transitions.transition(as, caseId, {
      to: 'closed',
      reason: 'Actions executed and statement published',
      outcome: 'substantiated',
      outcomeSummary:
        'The review found evidence supporting the claims that our technology was used for surveillance not aligned ' +
        'with our policies. Cloud storage and AI services were disabled for the unit; other accounts were reviewed.',
    }),
  );
}
