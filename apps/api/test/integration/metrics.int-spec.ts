import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { insertAction, insertCase, insertSubject } from '../factories/domain-rows.factory';
import { bearer, signedInUser, signedInUsers, type TestUser } from '../factories/users.factory';
import { createTestApp, type TestApp } from '../support/test-app';
import { uniqueWindow } from '../support/unique-window';

const DAY = 86_400_000;

/** The 15th of the month `back` months before the current one, as `YYYY-MM` and as a date. */
function monthsAgo(back: number): { month: string; date: Date } {
  const now = new Date();
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 15, 12));
  return { month: date.toISOString().slice(0, 7), date };
}

/** A count table as the metrics list it: one `{ [key]: value, count }` row per entry, in the order given. */
function countRows(key: string, counts: Record<string, number>): Record<string, string | number>[] {
  return Object.entries(counts).map(([value, count]) => ({ [key]: value, count }));
}

describe('outcome metrics', () => {
  let t: TestApp;
  let owner: TestUser;
  let executive: TestUser;
  let auditor: TestUser;

  const outcomes = (user: TestUser, query = '') =>
    request(t.http)
      .get(`/api/v1/metrics/outcomes${query ? `?${query}` : ''}`)
      .set(bearer(user));

  beforeAll(async () => {
    t = await createTestApp();
    [owner, executive, auditor] = await signedInUsers(t, ['reviewer', 'executive', 'auditor']);
  });
  afterAll(() => t.close());

  it('lets leads, executives and auditors read them, and nobody else', async () => {
    const [reviewer, lead, admin] = await signedInUsers(t, ['reviewer', 'lead', 'admin']);
    await outcomes(reviewer).expect(403);
    await outcomes(admin).expect(403);
    await request(t.http).get('/api/v1/metrics/outcomes').expect(401);
    const response = await outcomes(executive).expect(200);
    expect(response.body).toMatchObject({ months: 12, from: null, to: null, generatedAt: expect.any(String) });
    await outcomes(auditor).expect(200);
    await outcomes(lead).expect(200);
  });

  it('gives a lead the outcomes of the cases they may see: restricted ones only where they are a member', async () => {
    const w = uniqueWindow();
    const lead = await signedInUser(t, 'lead');
    const base = { createdBy: owner.id, status: 'closed', outcome: 'substantiated', closedAt: w.at(50) } as const;
    await insertCase(t, { ...base, openedAt: w.at(1) });
    await insertCase(t, { ...base, restricted: true, openedAt: w.at(2) });
    await insertCase(t, { ...base, restricted: true, memberIds: [lead.id], openedAt: w.at(3) });

    const forLead = (await outcomes(lead, w.query).expect(200)).body;
    expect(forLead.totals).toMatchObject({ closedCases: 2 });
    const forExecutive = (await outcomes(executive, w.query).expect(200)).body;
    expect(forExecutive.totals).toMatchObject({ closedCases: 3 });
  });

  it('counts open cases, actions and overdue cases of the window exactly', async () => {
    const w = uniqueWindow();
    const region = `region-${randomUUID().slice(0, 8)}`;
    const now = Date.now();
    const base = { createdBy: owner.id };
    const mostOverdue = await insertCase(t, {
      ...base,
      status: 'intake',
      severity: 'high',
      region,
      openedAt: w.at(1),
      dueAt: new Date(now - 5 * DAY - 60_000),
    });
    const overdue = await insertCase(t, {
      ...base,
      status: 'triage',
      severity: 'high',
      region,
      openedAt: w.at(2),
      dueAt: new Date(now - DAY - 60_000),
    });
    const noRegion = await insertCase(t, {
      ...base,
      status: 'investigating',
      severity: 'critical',
      openedAt: w.at(3),
      dueAt: new Date(now + 5 * DAY),
    });
    const actioning = await insertCase(t, { ...base, status: 'actioning', severity: 'low', region, openedAt: w.at(4) });
    await insertCase(t, { ...base, status: 'findings', restricted: true, region, openedAt: w.at(5) });
    await insertCase(t, { ...base, status: 'dismissed', openedAt: w.at(6), closedAt: w.at(60) });

    const subjectId = await insertSubject(t);
    const action = { subjectId, proposedBy: owner.id, proposedAt: w.at(30) };
    await insertAction(t, {
      ...action,
      caseId: mostOverdue.id,
      type: 'disable_service',
      services: ['cloud-storage', 'ai-services'],
      status: 'executed',
      executedAt: w.at(40),
    });
    await insertAction(t, { ...action, caseId: mostOverdue.id, type: 'suspend_account', services: ['cloud-storage'] });
    await insertAction(t, {
      ...action,
      caseId: overdue.id,
      type: 'warning',
      services: ['support'],
      status: 'rejected',
    });
    await insertAction(t, {
      ...action,
      caseId: noRegion.id,
      type: 'restrict_feature',
      services: ['ai-services'],
      status: 'reversed',
      executedAt: w.at(40),
      reversedAt: w.at(50),
    });
    // A service named twice in one action still counts that action once for it.
    await insertAction(t, {
      ...action,
      caseId: actioning.id,
      type: 'warning',
      services: ['cloud-storage', 'cloud-storage'],
    });

    const body = (await outcomes(executive, w.query).expect(200)).body;
    expect(body).toMatchObject({ from: w.from.toISOString(), to: w.to.toISOString() });
    expect(body.openCasesByStatus).toEqual(
      countRows('status', { intake: 1, triage: 1, investigating: 1, findings: 1, actioning: 1 }),
    );
    expect(body.openCasesBySeverity).toEqual(countRows('severity', { low: 1, medium: 1, high: 2, critical: 1 }));
    expect(body.openCasesBySeverityAndStatus).toHaveLength(20);
    expect(body.openCasesBySeverityAndStatus.filter((row: { count: number }) => row.count > 0)).toEqual([
      { severity: 'low', status: 'actioning', count: 1 },
      { severity: 'medium', status: 'findings', count: 1 },
      { severity: 'high', status: 'intake', count: 1 },
      { severity: 'high', status: 'triage', count: 1 },
      { severity: 'critical', status: 'investigating', count: 1 },
    ]);
    expect(body.actionsByType).toHaveLength(8);
    expect(body.actionsByType.filter((row: { count: number }) => row.count > 0)).toEqual(
      countRows('type', { disable_service: 1, suspend_account: 1, restrict_feature: 1, warning: 1 }),
    );
    expect(body.actionsByService).toEqual(countRows('service', { 'cloud-storage': 3, 'ai-services': 2 }));
    expect(body.actionsByRegion).toEqual([
      { region, count: 3 },
      { region: 'unknown', count: 1 },
    ]);
    expect(body.overdueCases).toEqual({
      count: 2,
      items: [
        expect.objectContaining({
          id: mostOverdue.id,
          reference: mostOverdue.reference,
          status: 'intake',
          daysOverdue: 5,
        }),
        expect.objectContaining({ id: overdue.id, severity: 'high', daysOverdue: 1 }),
      ],
    });
    expect(body.totals).toEqual({ openCases: 5, closedCases: 0, dismissedCases: 1, actions: 4, executedActions: 2 });
    expect(body.medianDaysToResolution).toBeNull();

    // Auditors see the same cases, the restricted one included.
    const forAuditor = (await outcomes(auditor, w.query).expect(200)).body;
    expect(forAuditor.totals).toEqual(body.totals);

    // Without a window, this region's actions are still exactly these (no other test uses the region).
    const unfiltered = (await outcomes(auditor).expect(200)).body;
    expect(unfiltered.actionsByRegion).toEqual(expect.arrayContaining([{ region, count: 3 }]));
  });

  it('computes the median days to resolution with interpolation', async () => {
    const w = uniqueWindow();
    for (const days of [2, 4, 6, 30]) {
      await insertCase(t, {
        createdBy: owner.id,
        status: 'closed',
        outcome: 'inconclusive',
        openedAt: w.at(1),
        closedAt: new Date(w.at(1).getTime() + days * DAY),
      });
    }
    await insertCase(t, { createdBy: owner.id, status: 'investigating', openedAt: w.at(2) });
    const body = (await outcomes(executive, w.query).expect(200)).body;
    expect(body.medianDaysToResolution).toBe(5);
    expect(body.totals).toMatchObject({ openCases: 1, closedCases: 4 });
    // Closed decades ago: outside every monthly series.
    expect(body.outcomesOverTime).toEqual([]);
    expect(body.resolutionDaysByMonth).toEqual([]);
  });

  it('lists outcomes by month of closing over the months asked for', async () => {
    const w = uniqueWindow();
    const closed = async (outcome: string, closedAt: Date) =>
      insertCase(t, { createdBy: owner.id, status: 'closed', outcome, openedAt: w.at(1), closedAt });
    const lastMonth = monthsAgo(1);
    const twoMonthsAgo = monthsAgo(2);
    const longAgo = monthsAgo(13);
    await closed('substantiated', lastMonth.date);
    await closed('substantiated', new Date(lastMonth.date.getTime() + 3_600_000));
    await closed('referred', twoMonthsAgo.date);
    await closed('unsubstantiated', longAgo.date);
    await insertCase(t, { createdBy: owner.id, status: 'dismissed', openedAt: w.at(2), closedAt: lastMonth.date });

    const body = (await outcomes(executive, w.query).expect(200)).body;
    expect(body.outcomesOverTime).toEqual([
      { month: twoMonthsAgo.month, outcome: 'referred', count: 1 },
      { month: lastMonth.month, outcome: 'substantiated', count: 2 },
    ]);
    expect(body.resolutionDaysByMonth.map((row: { month: string; closedCases: number }) => row)).toEqual([
      { month: twoMonthsAgo.month, closedCases: 1, medianDays: expect.any(Number) },
      { month: lastMonth.month, closedCases: 2, medianDays: expect.any(Number) },
    ]);
    expect(body.totals).toMatchObject({ closedCases: 4, dismissedCases: 1 });

    const longer = (await outcomes(executive, `${w.query}&months=24`).expect(200)).body;
    expect(longer.months).toBe(24);
    expect(longer.outcomesOverTime[0]).toEqual({ month: longAgo.month, outcome: 'unsubstantiated', count: 1 });
    expect(longer.outcomesOverTime).toHaveLength(3);

    const thisMonthOnly = (await outcomes(executive, `${w.query}&months=1`).expect(200)).body;
    expect(thisMonthOnly.outcomesOverTime).toEqual([]);
  });

  it('describes both read models in the OpenAPI document the client is generated from', async () => {
    const doc = (await request(t.http).get('/api/docs-json').expect(200)).body;
    const schemaOf = (path: string) => doc.paths[path].get.responses['200'].content['application/json'].schema.$ref;
    expect(schemaOf('/api/v1/metrics/outcomes')).toBe('#/components/schemas/OutcomesMetricsDto');
    expect(schemaOf('/api/v1/cases/{id}/timeline')).toBe('#/components/schemas/TimelinePageDto');
    expect(doc.components.schemas.OutcomesMetricsDto.required).toEqual(
      expect.arrayContaining([
        'openCasesByStatus',
        'outcomesOverTime',
        'overdueCases',
        'totals',
        'medianDaysToResolution',
      ]),
    );
    expect(doc.components.schemas.TimelineEntryDto.properties.kind.enum).toContain('action.reversed');
  });

  it('refuses bad queries with 400', async () => {
    await outcomes(executive, 'months=0').expect(400);
    await outcomes(executive, 'months=61').expect(400);
    await outcomes(executive, 'months=twelve').expect(400);
    await outcomes(executive, 'from=yesterday').expect(400);
    await outcomes(executive, 'region=emea').expect(400);
    const refused = await outcomes(executive, 'from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z').expect(400);
    expect(refused.body.errors).toEqual([{ field: 'to', message: 'to must be later than from' }]);
  });
});

describe('outcome figures kept for a while (OUTCOMES_MAX_AGE_SECONDS)', () => {
  let t: TestApp;
  let owner: TestUser;
  let executive: TestUser;

  const outcomes = (query: string) =>
    request(t.http).get(`/api/v1/metrics/outcomes?${query}`).set(bearer(executive)).expect(200);
  const openCases = (body: { totals: { openCases: number } }) => body.totals.openCases;

  beforeAll(async () => {
    t = await createTestApp({ outcomesMaxAgeSeconds: 60 });
    [owner, executive] = await Promise.all([signedInUser(t, 'reviewer'), signedInUser(t, 'executive')]);
  });
  afterAll(() => t.close());

  it('answers a burst, keeps the figures until they are too old, then recomputes', async () => {
    const w = uniqueWindow();
    await insertCase(t, { createdBy: owner.id, status: 'intake', openedAt: w.at(1) });

    const burst = await Promise.all(Array.from({ length: 8 }, () => outcomes(w.query)));
    expect(burst.map((response) => openCases(response.body))).toEqual(Array(8).fill(1));

    const kept = await outcomes(w.query);
    await insertCase(t, { createdBy: owner.id, status: 'triage', openedAt: w.at(2) });
    const again = await outcomes(w.query);
    expect(again.body.generatedAt).toBe(kept.body.generatedAt);
    expect(openCases(again.body)).toBe(1);

    // Another window is another scope, computed for itself.
    const wider = await outcomes(`from=${w.from.toISOString()}&to=${new Date(w.to.getTime() + 1).toISOString()}`);
    expect(openCases(wider.body)).toBe(2);

    await t.dataSource.query(
      `UPDATE outcome_snapshots SET generated_at = now() - interval '61 seconds' WHERE body->>'from' = $1`,
      [w.from.toISOString()],
    );
    const recomputed = await outcomes(w.query);
    expect(recomputed.body.generatedAt).not.toBe(kept.body.generatedAt);
    expect(openCases(recomputed.body)).toBe(2);
  });
});
