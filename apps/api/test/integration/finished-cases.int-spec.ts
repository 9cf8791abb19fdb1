import request from 'supertest';
import { insertSubject, proposeAction } from '../factories/actions.factory';
import { finishCase, openCase } from '../factories/cases.factory';
import { recordEvidence, uniqueText, uploadEvidence } from '../factories/evidence.factory';
import { advanceStatement, createStatement } from '../factories/statements.factory';
import { bearer, signedInUsers, type TestUser } from '../factories/users.factory';
import { createTestApp, type TestApp } from '../support/test-app';

/** A closed or dismissed case and one record of each kind made before it finished. */
interface FinishedCase {
  id: string;
  allegationId: string;
  taskId: string;
  evidenceId: string;
  draftId: string;
}

describe('work on closed and dismissed cases', () => {
  let t: TestApp;
  let reviewer: TestUser;
  let lead: TestUser;
  let otherLead: TestUser;
  let auditor: TestUser;
  let subjectId: string;

  beforeAll(async () => {
    t = await createTestApp();
    [reviewer, lead, otherLead, auditor] = await signedInUsers(t, ['reviewer', 'lead', 'lead', 'auditor']);
    subjectId = (await insertSubject(t)).id;
  });
  afterAll(() => t.close());

  const post = (user: TestUser, path: string, body: Record<string, unknown>) =>
    request(t.http).post(`/api/v1/cases/${path}`).set(bearer(user)).send(body);
  const patch = (user: TestUser, path: string, body: Record<string, unknown>) =>
    request(t.http).patch(`/api/v1/cases/${path}`).set(bearer(user)).send(body);

  /** Opened by the reviewer (a member), with an allegation concluded by a finding, then finished by the lead. */
  async function finishedCase(to: 'closed' | 'dismissed'): Promise<FinishedCase> {
    const opened = await openCase(t, reviewer);
    const allegation = await post(reviewer, `${opened.id}/allegations`, {
      description: 'Cloud storage used for intercepted calls',
      sourceType: 'press',
    }).expect(201);
    await post(reviewer, `${opened.id}/findings`, {
      allegationId: allegation.body.id,
      conclusion: 'substantiated',
      rationale: 'Telemetry confirms the reports.',
    }).expect(201);
    const task = await post(reviewer, `${opened.id}/tasks`, { title: 'Interview the account owner' }).expect(201);
    const evidence = await recordEvidence(t, reviewer, opened.id);
    const draft = await createStatement(t, reviewer, opened.id);
    await finishCase(t, lead, opened.id, to);
    return {
      id: opened.id,
      allegationId: allegation.body.id as string,
      taskId: task.body.id as string,
      evidenceId: evidence.id,
      draftId: draft.id,
    };
  }

  /** Every write that adds to or changes a finished case's record, each with a reason that does not help. */
  const everyRefusedWrite = (user: TestUser, c: FinishedCase) => {
    const reason = 'Late correction';
    return {
      'add an allegation': post(user, `${c.id}/allegations`, { description: 'Also AI', sourceType: 'ngo', reason }),
      'change an allegation': patch(user, `${c.id}/allegations/${c.allegationId}`, {
        version: 2,
        description: 'Rewritten',
        reason,
      }),
      'add a task': post(user, `${c.id}/tasks`, { title: 'One more thing', reason }),
      'change a task': patch(user, `${c.id}/tasks/${c.taskId}`, { version: 1, status: 'done', reason }),
      'record a finding': post(user, `${c.id}/findings`, {
        allegationId: c.allegationId,
        conclusion: 'inconclusive',
        rationale: 'Second thoughts',
        reason,
      }),
      'draft a statement': post(user, `${c.id}/statements`, {
        direction: 'issued',
        audience: 'public',
        body: 'After the fact',
        reason,
      }),
      'edit a statement': patch(user, `${c.id}/statements/${c.draftId}`, { version: 1, body: 'Edited', reason }),
      'change evidence': patch(user, `${c.id}/evidence/${c.evidenceId}`, { version: 1, title: 'Renamed', reason }),
      'link evidence': post(user, `${c.id}/evidence/${c.evidenceId}/links`, {
        allegationId: c.allegationId,
        relation: 'refutes',
        reason,
      }),
      'withdraw evidence': request(t.http)
        .delete(`/api/v1/cases/${c.id}/evidence/${c.evidenceId}`)
        .set(bearer(user))
        .send({ reason }),
      'propose an action': post(user, `${c.id}/actions`, {
        subjectId,
        type: 'warning',
        services: ['support'],
        scope: 'The account',
        rationale: 'Late',
        reason,
      }),
    };
  };

  const auditTrailOf = async (caseId: string) => {
    const response = await request(t.http)
      .get(`/api/v1/audit/events?caseId=${caseId}&limit=200`)
      .set(bearer(auditor))
      .expect(200);
    return (response.body.items as { id: string }[]).map((event) => event.id);
  };

  const countsOf = async (caseId: string) =>
    (await request(t.http).get(`/api/v1/cases/${caseId}`).set(bearer(lead)).expect(200)).body.counts as unknown;

  it.each(['closed', 'dismissed'] as const)(
    'refuses any new or changed allegation, task, finding, evidence, statement or action on a %s case (422)',
    async (status) => {
      const finished = await finishedCase(status);
      const countsBefore = await countsOf(finished.id);
      const trailBefore = await auditTrailOf(finished.id);

      for (const user of [reviewer, lead]) {
        // Withdrawing evidence is for leads whatever the case's status (403 to a reviewer).
        const writes = Object.entries(everyRefusedWrite(user, finished)).filter(
          ([work]) => user.role === 'lead' || work !== 'withdraw evidence',
        );
        for (const [work, pending] of writes) {
          const response = await pending;
          expect({ work, user: user.role, status: response.status }).toEqual({ work, user: user.role, status: 422 });
          expect(response.body).toMatchObject({ type: '/problems/domain-rule', status: 422 });
          expect(response.body.detail).toMatch(new RegExp(`^The case is ${status}: reopen it to `));
        }
      }
      await expect(countsOf(finished.id)).resolves.toEqual(countsBefore);
      await expect(auditTrailOf(finished.id)).resolves.toEqual(trailBefore);
    },
  );

  it('lets a lead add evidence and received statements to a closed case, with a reason', async () => {
    const closed = await finishedCase('closed');
    const reply = { direction: 'received', audience: 'public', source: 'The customer', body: 'We disagree.' };
    const record = { title: 'Customer letter', kind: 'email', capturedText: uniqueText('letter') };

    const byReviewer = await post(reviewer, `${closed.id}/evidence`, { ...record, reason: 'Arrived late' }).expect(422);
    expect(byReviewer.body.detail).toBe('The case is closed: only a lead may still add evidence, and must say why.');
    await post(reviewer, `${closed.id}/statements`, { ...reply, reason: 'Their reply' }).expect(422);
    await uploadEvidence(t, reviewer, closed.id, { fields: { reason: 'Arrived late' } }, 422);

    const unexplained = await post(lead, `${closed.id}/evidence`, record).expect(400);
    expect(unexplained.body.errors).toEqual([
      { field: 'reason', message: 'reason is required to add evidence on a closed case' },
    ]);
    await post(lead, `${closed.id}/statements`, { ...reply, reason: '  ' }).expect(400);
    await uploadEvidence(t, lead, closed.id, {}, 400);

    const evidence = await post(lead, `${closed.id}/evidence`, { ...record, reason: 'The reply came by e-mail' });
    expect(evidence.status).toBe(201);
    await uploadEvidence(t, lead, closed.id, { fields: { reason: 'Court filing after closure' } }, 201);
    const statement = await post(lead, `${closed.id}/statements`, { ...reply, reason: 'Their public reply' });
    expect(statement.status).toBe(201);
    expect(statement.body).toMatchObject({ direction: 'received', status: 'received' });

    const added = await request(t.http)
      .get(`/api/v1/audit/events?caseId=${closed.id}&action=evidence.added&order=asc`)
      .set(bearer(auditor))
      .expect(200);
    expect(added.body.items.slice(-2)).toMatchObject([
      { actorId: lead.id, entityId: evidence.body.id, reason: 'The reply came by e-mail' },
      { actorId: lead.id, reason: 'Court filing after closure' },
    ]);
    expect((await countsOf(closed.id)) as object).toMatchObject({ evidence: 3, statements: 2 });
  });

  it('takes no late arrivals on a dismissed case, not even from a lead with a reason', async () => {
    const dismissed = await finishedCase('dismissed');
    const late = await post(lead, `${dismissed.id}/evidence`, {
      title: 'Customer letter',
      kind: 'email',
      capturedText: uniqueText('letter'),
      reason: 'Arrived late',
    }).expect(422);
    expect(late.body.detail).toBe('The case is dismissed: reopen it to add evidence.');
    await post(lead, `${dismissed.id}/statements`, {
      direction: 'received',
      audience: 'public',
      source: 'An NGO',
      body: 'We are disappointed.',
      reason: 'Their reaction',
    }).expect(422);
    await uploadEvidence(t, lead, dismissed.id, { fields: { reason: 'Arrived late' } }, 422);
  });

  it('still finishes what was decided before closing, and changes the team', async () => {
    const opened = await openCase(t, reviewer);
    const statement = await createStatement(t, reviewer, opened.id, { audience: 'customer' });
    await advanceStatement(t, opened.id, statement.id, [
      ['submit', reviewer],
      ['approve', lead],
    ]);
    const action = await proposeAction(t, reviewer, opened.id, subjectId);
    await finishCase(t, lead, opened.id, 'closed');

    await post(lead, `${opened.id}/statements/${statement.id}/publish`, { reason: 'Sent to the customer' }).expect(200);
    await post(otherLead, `${opened.id}/actions/${action.id}/approve`, { reason: 'As the outcome says' }).expect(200);
    await post(lead, `${opened.id}/members`, { userId: otherLead.id, reason: 'Hand-over' }).expect(201);
  });

  it('takes work again once the case is reopened', async () => {
    const closed = await finishedCase('closed');
    await post(reviewer, `${closed.id}/allegations`, { description: 'New report', sourceType: 'ngo' }).expect(422);
    await post(lead, `${closed.id}/transitions`, { to: 'investigating', reason: 'New reports' }).expect(200);
    await post(reviewer, `${closed.id}/allegations`, { description: 'New report', sourceType: 'ngo' }).expect(201);
  });

  // On the PostgreSQL server the two requests of a pair truly run at once; the embedded database
  // runs one transaction at a time, where the test still checks the outcome of either order.
  it('never closes a case while an allegation is being added to it', async () => {
    const pairs = 20;
    const cases = await Promise.all(
      Array.from({ length: pairs }, async () => {
        const opened = await openCase(t, reviewer);
        for (const to of ['triage', 'investigating', 'findings']) {
          await post(lead, `${opened.id}/transitions`, { to, reason: 'Next' }).expect(200);
        }
        return opened.id;
      }),
    );

    const outcomes = await Promise.all(
      cases.map(async (caseId) => {
        const [close, add] = await Promise.all([
          post(lead, `${caseId}/transitions`, {
            to: 'closed',
            reason: 'Concluded',
            outcome: 'unsubstantiated',
            outcomeSummary: 'Nothing found.',
          }),
          post(reviewer, `${caseId}/allegations`, { description: 'A last-minute report', sourceType: 'press' }),
        ]);
        return { caseId, close: close.status, add: add.status, addProblem: add.body as { type?: string } };
      }),
    );

    const rows = await t.dataSource.query<{ id: string; status: string; allegations: number }[]>(
      `SELECT c.id, c.status, (SELECT count(*) FROM allegations a WHERE a.case_id = c.id)::int AS allegations
         FROM cases c WHERE c.id = ANY($1::uuid[])`,
      [cases],
    );
    const stateOf = new Map(rows.map((row) => [row.id, `${row.status} with ${row.allegations} allegation(s)`]));
    // Exactly one of each pair wins, and the case shows it: closed with nothing added, or still
    // open with the allegation that kept it from closing.
    for (const { caseId, close, add } of outcomes) {
      expect([
        'close 200, add 422: closed with 0 allegation(s)',
        'close 422, add 201: findings with 1 allegation(s)',
      ]).toContain(`close ${close}, add ${add}: ${stateOf.get(caseId)}`);
    }
    const refusals = outcomes.filter(({ add }) => add === 422).map(({ addProblem }) => addProblem.type);
    expect(refusals.every((type) => type === '/problems/domain-rule')).toBe(true);
  });
});
