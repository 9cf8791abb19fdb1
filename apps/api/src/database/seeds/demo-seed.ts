import { formatCaseReference, type CaseOutcome, type CaseStatus, type Role, type Severity } from '@ethics/domain';
import * as argon2 from 'argon2';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { AuditContext } from '../../audit/audit-event.types';
import { CaseMemberEntity } from '../../modules/cases/entities/case-member.entity';
import { CaseEntity } from '../../modules/cases/entities/case.entity';
import { UserEntity } from '../../modules/users/entities/user.entity';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';

interface DemoCase {
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
  daysAgo: number;
  members: string[];
}

/** The article's case first, then others in other states. */
const DEMO_CASES: DemoCase[] = [
  {
    title: 'Defence ministry unit using cloud storage and AI services for mass surveillance',
    summary:
      'Press reports allege that a unit within the Israel Ministry of Defense (IMOD) used the Azure cloud platform ' +
      'to store and process large volumes of intelligence data, including recordings of phone calls, from Gaza ' +
      'and the West Bank: mass surveillance of civilians, against the acceptable-use policy and human-rights commitments.',
    severity: 'critical',
    status: 'closed',
    restricted: true,
    outcome: 'substantiated',
    outcomeSummary:
      'The review found evidence supporting the reports. Cloud storage and AI services for the unit were disabled; ' +
      'other accounts of the customer were reviewed.',
    region: 'Middle East',
    country: 'IL',
    products: ['cloud-storage', 'ai-services'],
    tags: ['surveillance', 'government', 'human-rights'],
    daysAgo: 70,
    members: ['lead@demo.test', 'reviewer@demo.test'],
  },
  {
    title: 'Facial recognition API used to track protesters',
    summary: 'An NGO reports that a city police account runs face matching on protest footage.',
    severity: 'high',
    status: 'investigating',
    region: 'Europe',
    country: 'HU',
    products: ['ai-services'],
    tags: ['biometrics'],
    daysAgo: 21,
    members: ['reviewer@demo.test'],
  },
  {
    title: 'Bulk scraping of social profiles through compute instances',
    summary: 'Internal monitoring flagged sustained scraping traffic from a data-broker account.',
    severity: 'medium',
    status: 'triage',
    region: 'North America',
    country: 'US',
    products: ['compute', 'networking'],
    tags: ['scraping'],
    daysAgo: 9,
    members: ['lead@demo.test'],
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
    tags: ['spyware'],
    daysAgo: 2,
    members: ['lead@demo.test'],
  },
  {
    title: 'Chatbot used to generate election disinformation',
    summary: 'A regulator asked about an account producing large volumes of political content.',
    severity: 'low',
    status: 'dismissed',
    region: 'Asia',
    country: 'PH',
    products: ['ai-services'],
    tags: ['elections'],
    daysAgo: 45,
    members: ['reviewer@demo.test'],
  },
];

const SEED_CONTEXT: AuditContext = { actorId: null, actorRole: null, requestId: 'demo-seed', clientAddress: null };

/**
 * Seeds the demo users and cases on a database without users. Every row is
 * written with its audit event, like any other change.
 */
export async function seedDemoIfEmpty(dataSource: DataSource, logger: Logger): Promise<boolean> {
  const seeded = await dataSource.transaction(async (manager) => {
    // Two processes starting at once must not both seed.
    await manager.query('SELECT pg_advisory_xact_lock(4242002)');
    if ((await manager.count(UserEntity)) > 0) return false;
    await seedDemo(manager);
    return true;
  });
  if (seeded) {
    logger.warn(
      { users: DEMO_USERS.map((user) => `${user.email} (${user.role})`) },
      `DEMO DATA seeded. Every demo user's password is "${DEMO_PASSWORD}": for demonstration only, never for real cases.`,
    );
  }
  return seeded;
}

async function seedDemo(manager: EntityManager): Promise<void> {
  const audit = new AuditService();
  const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
  const users = new Map<string, { id: string; role: Role }>();
  for (const demo of DEMO_USERS) {
    const user = await manager.save(UserEntity, manager.create(UserEntity, { ...demo, passwordHash, active: true }));
    users.set(demo.email, { id: user.id, role: user.role });
    await audit.record(manager, SEED_CONTEXT, {
      action: 'user.created',
      entityType: 'user',
      entityId: user.id,
      after: { email: user.email, name: user.name, role: user.role, active: true },
      reason: 'demo data',
    });
  }

  const lead = users.get('lead@demo.test')!;
  for (const demo of DEMO_CASES) {
    const openedAt = new Date(Date.now() - demo.daysAgo * 86_400_000);
    const [{ n }] = await manager.query<{ n: number }[]>(`SELECT nextval('case_reference_seq')::int AS n`);
    const closed = demo.status === 'closed' || demo.status === 'dismissed';
    const created = await manager.save(
      CaseEntity,
      manager.create(CaseEntity, {
        reference: formatCaseReference(openedAt.getUTCFullYear(), n),
        title: demo.title,
        summary: demo.summary,
        severity: demo.severity,
        status: demo.status,
        restricted: demo.restricted ?? false,
        outcome: demo.outcome ?? null,
        outcomeSummary: demo.outcomeSummary ?? null,
        region: demo.region ?? null,
        country: demo.country ?? null,
        products: demo.products ?? [],
        tags: demo.tags ?? [],
        leadId: demo.members.includes('lead@demo.test') ? lead.id : null,
        createdBy: users.get(demo.members[0])!.id,
        openedAt,
        dueAt: new Date(openedAt.getTime() + 30 * 86_400_000),
        closedAt: closed ? new Date(openedAt.getTime() + Math.max(1, demo.daysAgo - 5) * 86_400_000) : null,
      }),
    );
    const memberIds = demo.members.map((email) => users.get(email)!.id);
    for (const userId of memberIds) {
      await manager.insert(CaseMemberEntity, { caseId: created.id, userId, addedBy: lead.id });
    }
    await audit.record(manager, SEED_CONTEXT, {
      action: 'case.created',
      entityType: 'case',
      entityId: created.id,
      caseId: created.id,
      after: { reference: created.reference, title: created.title, status: created.status, memberIds },
      reason: 'demo data',
    });
  }
}
