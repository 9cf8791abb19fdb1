import { randomInt } from 'node:crypto';
import { Client } from 'pg';
import { SEQUENCER_LOCK_KEY } from '../../../audit/audit-seals.repository';
import { PasswordHasher } from '../../../auth/password-hasher';
import { toPolicyClauseDto } from '../../../modules/policies/policies.service';
import { toSubjectDto } from '../../../modules/subjects/subjects.service';
import { auditedUser } from '../../../modules/users/users.service';
import { migrate } from '../../database';
import { DEMO_PASSWORD } from '../demo-users';
import { json } from './audit-payloads';
import { AUDIT_EVENT_COLUMNS, AuditTrailWriter, type ChainHead, type EventDraft } from './audit-trail';
import { dropSecondaryIndexes } from './bulk-indexes';
import { caseEvents } from './case-events';
import { CasePlan, DAY_MS, YEARS_OF_HISTORY } from './case-plan';
import { CASE_TABLES } from './case-tables';
import { Catalogue, ensureClauses } from './catalogue';
import { RowKind, type LargeSeedSizes } from './large-seed-sizes';
import { ensurePeople, type People } from './people';
import { IdSpace } from './random';
import { Progress } from './progress';
import { openRowSink, type LoadMethod } from './row-sink';

export interface LargeSeedOptions {
  url: string;
  sizes: LargeSeedSizes;
  /** Write into a database that already holds data (the chain is continued, users reused). */
  force?: boolean;
  /** `insert` for a server that cannot COPY from a client (the embedded PGlite). */
  method?: LoadMethod;
  /** Same seed, same data (apart from ids and the chain's times). */
  seed?: number;
  progress?: Progress;
}

export interface LargeSeedResult {
  seconds: number;
  /** Rows per table after seeding, counted. */
  counts: Record<string, number>;
  people: People;
  password: string;
}

export class DatabaseNotEmptyError extends Error {
  constructor(what: string) {
    super(
      `The database already holds data (${what}). seed:large writes into an empty database; ` +
        'pass --yes (or --force) to add the generated data to it anyway.',
    );
  }
}

/** The allegations' trigger that refreshes a case's search text on every insert: run once at the end instead. */
const ALLEGATION_SEARCH_TRIGGER = 'allegations_case_search_refresh';

const COUNTED_TABLES = [
  'users',
  'policy_clauses',
  'subjects',
  ...CASE_TABLES.map((table) => table.table),
  'audit_events',
] as const;

/**
 * Fills the database at `url` with a large, varied data set in one transaction: nothing is
 * left half-written, and the audit chain is extended, already sealed, under the sequencer's lock.
 */
export async function seedLarge(options: LargeSeedOptions): Promise<LargeSeedResult> {
  const started = Date.now();
  const method = options.method ?? 'copy';
  const progress = options.progress ?? new Progress(null);
  await migrate(options.url);
  const client = new Client({ connectionString: options.url });
  await client.connect();
  try {
    if (!options.force) await assertEmpty(client);
    const passwordHash = await new PasswordHasher().hash(DEMO_PASSWORD);
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [SEQUENCER_LOCK_KEY]);
    // Index builds at the end of each table's load sort in memory rather than on disk.
    if (method === 'copy') await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    const head = await chainHead(client);
    const people = await ensurePeople(client, passwordHash);
    const clauses = await ensureClauses(client, people.admins[0].id);
    const [{ n: firstReference }] = (await client.query<{ n: string }>(`SELECT nextval('case_reference_seq') AS n`))
      .rows;
    const seed = options.seed ?? randomInt(2 ** 31);
    const now = new Date();
    const ids = new IdSpace(randomInt(2 ** 31));
    const catalogue = new Catalogue(options.sizes.cases, ids, clauses);
    const plan = new CasePlan(options.sizes, seed, ids, now, Number(firstReference), people, catalogue);
    await loadSubjects(client, method, plan, progress);
    const rebuildCaseIndexes = await loadCaseTables(client, method, plan, progress);
    progress.note('refreshing the cases\u2019 search text');
    await client.query(`UPDATE cases SET title = title WHERE id IN (SELECT DISTINCT case_id FROM allegations)`);
    await rebuildCaseIndexes();
    await loadAuditTrail(client, method, plan, head, progress);
    await client.query(`SELECT setval('case_reference_seq', $1)`, [plan.lastReferenceNumber]);
    await client.query('COMMIT');
    progress.note('vacuuming and analysing');
    await client.query(`VACUUM (ANALYZE) ${COUNTED_TABLES.join(', ')}`);
    return { seconds: (Date.now() - started) / 1000, counts: await countRows(client), people, password: DEMO_PASSWORD };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function assertEmpty(client: Client): Promise<void> {
  const { rows } = await client.query<{ users: boolean; cases: boolean; events: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM users) AS users, EXISTS (SELECT 1 FROM cases) AS cases,
            EXISTS (SELECT 1 FROM audit_events) AS events`,
  );
  const held = Object.entries(rows[0])
    .filter(([, present]) => present)
    .map(([table]) => table);
  if (held.length) throw new DatabaseNotEmptyError(held.join(', '));
}

async function chainHead(client: Client): Promise<ChainHead | null> {
  const { rows } = await client.query<{ seq: string; hash: string; occurred_at: Date }>(
    'SELECT seq, hash, occurred_at FROM audit_events WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1',
  );
  return rows.length ? { seq: Number(rows[0].seq), hash: rows[0].hash, occurredAt: rows[0].occurred_at } : null;
}

async function loadSubjects(client: Client, method: LoadMethod, plan: CasePlan, progress: Progress): Promise<void> {
  const columns = ['id', 'type', 'name', 'parent_id', 'external_ref', 'country', 'created_by', 'created_at'];
  const rebuild = await dropSecondaryIndexes(client, 'subjects');
  const sink = openRowSink(client, method, 'subjects', columns);
  const createdBy = plan.people.leads[0].id;
  const createdAt = new Date(plan.start);
  progress.start('subjects', plan.catalogue.subjects);
  for (const s of plan.catalogue.subjectRows()) {
    await sink.write([s.id, s.type, s.name, s.parentId, s.externalRef, s.country, createdBy, createdAt]);
    progress.tick();
  }
  await sink.finish();
  progress.done();
  await rebuild();
}

/** Loads every table of CASE_TABLES; returns what rebuilds the indexes of `cases`, left until its search text is set. */
async function loadCaseTables(
  client: Client,
  method: LoadMethod,
  plan: CasePlan,
  progress: Progress,
): Promise<() => Promise<void>> {
  const triggers = await client.query<{ tgname: string }>(
    `SELECT tgname FROM pg_trigger WHERE tgrelid = 'allegations'::regclass AND tgname = $1`,
    [ALLEGATION_SEARCH_TRIGGER],
  );
  // Inside this transaction only: other sessions never see the trigger disabled.
  const searchTrigger = triggers.rows.length > 0;
  if (searchTrigger) await client.query(`ALTER TABLE allegations DISABLE TRIGGER ${ALLEGATION_SEARCH_TRIGGER}`);
  let rebuildCaseIndexes = () => Promise.resolve();
  for (const load of CASE_TABLES) {
    const rebuild = await dropSecondaryIndexes(client, load.table);
    const sink = openRowSink(client, method, load.table, load.columns);
    progress.start(load.table, load.estimate(plan));
    for (let i = 0; i < plan.sizes.cases; i++) {
      for (const row of load.rows(plan, plan.case(i))) {
        await sink.write(row);
        progress.tick();
      }
    }
    await sink.finish();
    progress.done();
    if (load.table === 'cases') rebuildCaseIndexes = rebuild;
    else await rebuild();
  }
  if (searchTrigger) await client.query(`ALTER TABLE allegations ENABLE TRIGGER ${ALLEGATION_SEARCH_TRIGGER}`);
  return rebuildCaseIndexes;
}

/** What the people, clauses and subjects created by this run would have recorded. */
function* catalogueEvents(plan: CasePlan): Generator<EventDraft> {
  const admin = { id: plan.people.admins[0].id, role: 'admin' as const };
  const lead = { id: plan.people.leads[0].id, role: 'lead' as const };
  // As loadSubjects dates them.
  const createdAt = new Date(plan.start);
  for (const p of plan.people.created) {
    yield {
      actor: null,
      action: 'user.created',
      entityType: 'user',
      entityId: p.id,
      after: auditedUser({ ...p, active: true, version: 1 }),
      reason: 'large data set',
    };
  }
  for (const clause of plan.catalogue.clauses.filter((c) => c.created)) {
    yield {
      actor: admin,
      action: 'policy.clause_created',
      entityType: 'policy_clause',
      entityId: clause.id,
      after: json(toPolicyClauseDto(clause)),
    };
  }
  for (const s of plan.catalogue.subjectRows()) {
    yield {
      actor: lead,
      action: 'subject.created',
      entityType: 'subject',
      entityId: s.id,
      after: json(toSubjectDto({ ...s, notes: null, createdBy: lead.id, version: 1, createdAt, updatedAt: createdAt })),
    };
  }
}

/**
 * Exactly `sizes.auditEvents` events: the catalogue's first, then each case's share of the
 * rest (see caseEvents), chained after the existing head.
 */
async function loadAuditTrail(
  client: Client,
  method: LoadMethod,
  plan: CasePlan,
  head: ChainHead | null,
  progress: Progress,
): Promise<void> {
  const total = plan.sizes.auditEvents;
  const rebuild = await dropSecondaryIndexes(client, 'audit_events');
  const sink = openRowSink(client, method, 'audit_events', AUDIT_EVENT_COLUMNS);
  const from = new Date(plan.now.getTime() - YEARS_OF_HISTORY * 365 * DAY_MS);
  const trail = new AuditTrailWriter(sink, head, total, from, plan.now, (seq) => plan.ids.id(RowKind.AuditEvent, seq));
  progress.start('audit_events', total);
  for (const draft of catalogueEvents(plan)) {
    if (trail.written >= total) break;
    await trail.append(draft);
    progress.tick();
  }
  const rest = total - trail.written;
  const cases = plan.sizes.cases;
  for (let i = 0; i < cases; i++) {
    const budget = Math.floor((rest * (i + 1)) / cases) - Math.floor((rest * i) / cases);
    if (budget === 0) continue;
    for (const draft of caseEvents(plan, plan.case(i), budget)) {
      await trail.append(draft);
      progress.tick();
    }
  }
  await sink.finish();
  progress.done();
  progress.note('indexing the audit trail');
  await rebuild();
}

async function countRows(client: Client): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of COUNTED_TABLES) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
    counts[table] = Number(rows[0].n);
  }
  return counts;
}
