import type { ActionStatus, ActionType, CaseOutcome, CaseStatus, FindingConclusion, Severity } from '@ethics/domain';
import type { ProposeActionDto } from '../../modules/enforcement-actions/dto/enforcement-action.dto';
import { DAY, type DemoPeople, type DemoStory } from './demo-story';

interface OtherCase {
  title: string;
  summary: string;
  severity: Severity;
  status: CaseStatus;
  outcome?: CaseOutcome;
  restricted?: boolean;
  region: string;
  country: string;
  products: string[];
  customer: string;
  unit?: string;
  sourceType: 'press' | 'whistleblower' | 'regulator' | 'ngo' | 'internal_monitoring' | 'customer' | 'other';
  openedDaysAgo: number;
  /** Days the case took to close (closed and dismissed cases). */
  tookDays?: number;
  /** Due in this many days from opening; overdue when past and still open. */
  dueInDays: number;
  conclusion?: FindingConclusion;
  action?: { type: ActionType; services: string[]; status: ActionStatus };
  team: 'reviewer' | 'lead' | 'both';
}

/** Every status, severity and outcome, across regions, so every screen and chart has something real. */
const OTHER_CASES: OtherCase[] = [
  {
    title: 'Facial recognition API used to track protesters',
    summary: 'An NGO reports that a city police account runs face matching on protest footage.',
    severity: 'high',
    status: 'investigating',
    region: 'Europe',
    country: 'HU',
    products: ['ai-services'],
    customer: 'Metropolitan police authority',
    sourceType: 'ngo',
    openedDaysAgo: 21,
    dueInDays: 30,
    team: 'both',
  },
  {
    title: 'Bulk scraping of social profiles through compute instances',
    summary: 'Internal monitoring flagged sustained scraping traffic from a data-broker account.',
    severity: 'medium',
    status: 'triage',
    region: 'North America',
    country: 'US',
    products: ['compute', 'networking'],
    customer: 'Profilex Data Inc.',
    sourceType: 'internal_monitoring',
    openedDaysAgo: 9,
    dueInDays: 21,
    team: 'lead',
  },
  {
    title: 'Whistleblower: spyware command servers hosted on our platform',
    summary: 'A former contractor says a vendor of intrusion software hosts its command servers with us.',
    severity: 'critical',
    status: 'intake',
    restricted: true,
    region: 'Europe',
    country: 'CY',
    products: ['compute'],
    customer: 'Northgate Intelligence Ltd',
    sourceType: 'whistleblower',
    openedDaysAgo: 2,
    dueInDays: 14,
    team: 'lead',
  },
  {
    title: 'Chatbot used to generate election disinformation',
    summary: 'A regulator asked about an account producing large volumes of political content.',
    severity: 'low',
    status: 'dismissed',
    region: 'Asia',
    country: 'PH',
    products: ['ai-services'],
    customer: 'Brightline Media',
    sourceType: 'regulator',
    openedDaysAgo: 45,
    tookDays: 6,
    dueInDays: 30,
    team: 'reviewer',
  },
  {
    title: 'Voice cloning service used for fraud calls',
    summary: 'Customers report scam calls using cloned voices generated through a reseller account.',
    severity: 'high',
    status: 'findings',
    region: 'Europe',
    country: 'GB',
    products: ['ai-services'],
    customer: 'Vocalis Reseller',
    sourceType: 'customer',
    openedDaysAgo: 40,
    dueInDays: 30,
    conclusion: 'substantiated',
    team: 'both',
  },
  {
    title: 'Predictive policing model trained on biased arrest data',
    summary: 'Researchers allege a police analytics vendor trains risk scores on our platform.',
    severity: 'medium',
    status: 'actioning',
    region: 'North America',
    country: 'US',
    products: ['ai-services', 'compute'],
    customer: 'SafeCity Analytics',
    sourceType: 'press',
    openedDaysAgo: 75,
    dueInDays: 45,
    conclusion: 'substantiated',
    action: { type: 'restrict_feature', services: ['ai-services'], status: 'approved' },
    team: 'both',
  },
  {
    title: 'Border agency using storage for biometric dragnet',
    summary: 'An NGO report names a border agency storing biometric data of travellers at scale.',
    severity: 'critical',
    status: 'closed',
    outcome: 'partially_substantiated',
    region: 'Europe',
    country: 'GR',
    products: ['cloud-storage'],
    customer: 'Hellenic Border Directorate',
    unit: 'Biometrics unit',
    sourceType: 'ngo',
    openedDaysAgo: 200,
    tookDays: 70,
    dueInDays: 60,
    conclusion: 'substantiated',
    action: { type: 'enhanced_monitoring', services: ['cloud-storage'], status: 'executed' },
    team: 'both',
  },
  {
    title: 'Crypto-mining botnet on free-tier compute',
    summary: 'Abuse reports of compromised free-tier accounts mining cryptocurrency.',
    severity: 'low',
    status: 'closed',
    outcome: 'substantiated',
    region: 'South America',
    country: 'BR',
    products: ['compute'],
    customer: 'Free-tier accounts cluster 7',
    sourceType: 'internal_monitoring',
    openedDaysAgo: 150,
    tookDays: 12,
    dueInDays: 14,
    conclusion: 'substantiated',
    action: { type: 'suspend_account', services: ['compute'], status: 'executed' },
    team: 'reviewer',
  },
  {
    title: 'Allegation of censorship tooling for a telecom regulator',
    summary: 'Press claims our networking products filter dissident websites for a regulator.',
    severity: 'high',
    status: 'closed',
    outcome: 'unsubstantiated',
    region: 'Asia',
    country: 'VN',
    products: ['networking'],
    customer: 'National Telecom Authority',
    sourceType: 'press',
    openedDaysAgo: 260,
    tookDays: 55,
    dueInDays: 45,
    conclusion: 'unsubstantiated',
    team: 'lead',
  },
  {
    title: 'Health insurer profiling patients with AI services',
    summary: 'A whistleblower alleges an insurer scores claimants using sensitive health data.',
    severity: 'medium',
    status: 'closed',
    outcome: 'inconclusive',
    region: 'North America',
    country: 'CA',
    products: ['ai-services'],
    customer: 'Maple Mutual Insurance',
    sourceType: 'whistleblower',
    openedDaysAgo: 120,
    tookDays: 40,
    dueInDays: 45,
    conclusion: 'inconclusive',
    action: { type: 'warning', services: ['ai-services'], status: 'executed' },
    team: 'both',
  },
  {
    title: 'Arms broker using support channel to evade sanctions',
    summary: 'Internal compliance suspects a reseller is a front for a sanctioned arms broker.',
    severity: 'critical',
    status: 'closed',
    outcome: 'referred',
    restricted: true,
    region: 'Africa',
    country: 'AE',
    products: ['support', 'cloud-storage'],
    customer: 'Gulf Trade Systems',
    sourceType: 'internal_monitoring',
    openedDaysAgo: 90,
    tookDays: 20,
    dueInDays: 21,
    conclusion: 'substantiated',
    action: { type: 'terminate_contract', services: ['cloud-storage', 'support'], status: 'executed' },
    team: 'lead',
  },
  {
    title: 'Employee-monitoring app capturing keystrokes of minors',
    summary: 'Parents report a school district tool logging students\u2019 keystrokes at home.',
    severity: 'medium',
    status: 'investigating',
    region: 'Oceania',
    country: 'AU',
    products: ['cloud-storage', 'ai-services'],
    customer: 'EduWatch Pty',
    sourceType: 'customer',
    openedDaysAgo: 50,
    dueInDays: 30,
    team: 'reviewer',
  },
  {
    title: 'Deepfake pornography generated through image API',
    summary: 'A regulator forwards complaints of non-consensual deepfakes traced to an API key.',
    severity: 'high',
    status: 'actioning',
    region: 'Asia',
    country: 'KR',
    products: ['ai-services'],
    customer: 'Pixelforge Studio',
    sourceType: 'regulator',
    openedDaysAgo: 30,
    dueInDays: 21,
    conclusion: 'substantiated',
    action: { type: 'suspend_account', services: ['ai-services'], status: 'proposed' },
    team: 'both',
  },
];

/**
 * Each case on the same calendar from its opening: triage the next day, investigation the day
 * after, the task done on day 5, the finding on day 7, proposals from day 8, approval on day 10,
 * execution on day 11, and closing (or dismissal) after `tookDays`.
 */
export async function seedOtherCases(story: DemoStory, people: DemoPeople, now: number): Promise<void> {
  const { lead, reviewer } = people;
  const s = story.services;
  let rejectedOnce = false;
  for (const spec of OTHER_CASES) {
    const openedAt = new Date(now - spec.openedDaysAgo * DAY);
    const at = (days: number) => new Date(openedAt.getTime() + days * DAY);
    const team = spec.team === 'both' ? [reviewer, lead] : spec.team === 'lead' ? [lead] : [reviewer];
    const opener = team[0];
    const path = pathTo(spec.status);
    const finished = spec.status === 'closed' || spec.status === 'dismissed';

    const customer = await story.step(openedAt, opener, (as) =>
      s.subjects.create(as, { type: 'organisation', name: spec.customer, country: spec.country }),
    );
    const target = spec.unit
      ? await story.step(openedAt, opener, (as) =>
          s.subjects.create(as, { type: 'unit', name: spec.unit!, parentId: customer.id, country: spec.country }),
        )
      : customer;
    const created = await story.step(openedAt, opener, (as) =>
      s.cases.create(as, {
        title: spec.title,
        summary: spec.summary,
        severity: spec.severity,
        restricted: spec.restricted,
        region: spec.region,
        country: spec.country,
        products: spec.products,
        dueAt: at(spec.dueInDays).toISOString(),
      }),
    );
    const caseId = created.id;
    if (opener !== lead && team.includes(lead)) {
      await story.step(openedAt, lead, (as) =>
        s.cases.update(as, caseId, { version: created.version, leadId: lead.id, reason: 'Leads the review' }),
      );
    }
    const allegation = await story.step(openedAt, opener, (as) =>
      s.allegations.create(as, caseId, {
        description: spec.summary,
        sourceType: spec.sourceType,
        receivedAt: openedAt.toISOString(),
        subjectIds: [target.id],
      }),
    );
    const task = await story.step(openedAt, opener, (as) =>
      s.tasks.create(as, caseId, {
        title: 'Gather usage telemetry for the accounts concerned',
        assigneeId: opener.id,
        dueAt: at(7).toISOString(),
      }),
    );

    const move = async (days: number, to: CaseStatus) => {
      if (!path.includes(to)) return;
      const closing = to === 'closed' ? { outcome: spec.outcome, outcomeSummary: closingSummary(spec.outcome!) } : {};
      await story.step(at(days), lead, (as) =>
        s.transitions.transition(as, caseId, { to, reason: `moved to ${to}`, ...closing }),
      );
    };
    await move(1, 'triage');
    await move(2, 'investigating');
    if (finished || spec.status === 'findings' || spec.status === 'actioning') {
      await story.step(at(5), opener, (as) =>
        s.tasks.update(as, caseId, task.id, { version: task.version, status: 'done' }),
      );
    }
    await move(spec.tookDays ?? 10, 'dismissed');
    if (spec.conclusion) {
      const finding = await story.step(at(7), lead, (as) =>
        s.findings.create(as, caseId, {
          allegationId: allegation.id,
          conclusion: spec.conclusion!,
          rationale: `Review concluded the allegation is ${spec.conclusion}.`,
        }),
      );
      await move(7, 'findings');
      if (spec.action) {
        if (!team.includes(reviewer)) {
          await story.step(at(8), lead, (as) => s.members.add(as, caseId, reviewer.id, 'Prepares the proposed action'));
        }
        // One proposal in the demo was turned down before the one that went ahead.
        if (!rejectedOnce && spec.action.status === 'executed') {
          rejectedOnce = true;
          const turnedDown = await story.step(at(8), reviewer, (as) =>
            s.actions.propose(as, caseId, {
              subjectId: target.id,
              type: 'terminate_contract',
              services: spec.action!.services,
              scope: 'All services of the customer',
              rationale: 'Proposed before the extent of misuse was known.',
            }),
          );
          await story.step(at(9), lead, (as) =>
            s.actionSteps.reject(as, caseId, turnedDown.id, { reason: 'Disproportionate; monitor instead' }),
          );
        }
        await takeAction(story, { lead, reviewer }, spec.action, {
          caseId,
          at,
          input: {
            subjectId: target.id,
            type: spec.action.type,
            services: spec.action.services,
            scope: `Services of ${target.name}`,
            rationale: `Response to a ${spec.conclusion} finding.`,
            findingIds: [finding.id],
          },
          executionReference: `CHG-${created.reference}`,
        });
      }
    }
    await move(10, 'actioning');
    await move(spec.tookDays ?? 10, 'closed');
  }
}

/** Proposed by the reviewer on day 9, approved by the lead on day 10 and executed on day 11, as far as `status`. */
async function takeAction(
  story: DemoStory,
  { lead, reviewer }: Pick<DemoPeople, 'lead' | 'reviewer'>,
  action: NonNullable<OtherCase['action']>,
  step: { caseId: string; at: (days: number) => Date; input: ProposeActionDto; executionReference: string },
): Promise<void> {
  const s = story.services;
  const { caseId, at } = step;
  const proposed = await story.step(at(9), reviewer, (as) => s.actions.propose(as, caseId, step.input));
  if (action.status === 'proposed') return;
  await story.step(at(10), lead, (as) =>
    s.actionSteps.approve(as, caseId, proposed.id, { reason: 'Proportionate to the finding' }),
  );
  if (action.status !== 'executed') return;
  await story.step(at(11), lead, (as) =>
    s.actionSteps.execute(as, caseId, proposed.id, {
      executionReference: step.executionReference,
      reason: 'Proportionate to the finding',
    }),
  );
}

const closingSummary = (outcome: CaseOutcome) => `Closed as ${outcome.replace('_', ' ')} after review.`;

const FORWARD: CaseStatus[] = ['triage', 'investigating', 'findings', 'actioning', 'closed'];

function pathTo(status: CaseStatus): CaseStatus[] {
  if (status === 'intake') return [];
  if (status === 'dismissed') return ['triage', 'dismissed'];
  return FORWARD.slice(0, FORWARD.indexOf(status) + 1);
}
