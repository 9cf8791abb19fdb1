import request from 'supertest';
import { ACTION_CSV_COLUMNS } from '../../src/modules/enforcement-actions/action-export-format';
import { insertSubject, proposeAction, type InsertedSubject } from '../factories/actions.factory';
import { openCase, type CreatedCase } from '../factories/cases.factory';
import { bearer, signedInUser, signedInUsers, type TestUser } from '../factories/users.factory';
import { parseCsv } from '../support/csv';
import { exportBody } from '../support/http-download';
import { createTestApp, type TestApp } from '../support/test-app';

describe('exporting the action history', () => {
  let t: TestApp;
  let reviewer: TestUser;
  let lead: TestUser;
  let otherLead: TestUser;
  let auditor: TestUser;
  let subject: InsertedSubject;
  let opened: CreatedCase;
  const ids: Record<'reversed' | 'rejected' | 'proposed', string> = { reversed: '', rejected: '', proposed: '' };

  const command = (user: TestUser, actionId: string, name: string, body: Record<string, unknown>) =>
    request(t.http)
      .post(`/api/v1/cases/${opened.id}/actions/${actionId}/${name}`)
      .set(bearer(user))
      .send(body)
      .expect(200);

  beforeAll(async () => {
    t = await createTestApp();
    [reviewer, lead, otherLead, auditor] = await signedInUsers(t, ['reviewer', 'lead', 'lead', 'auditor']);
    subject = await insertSubject(t, { name: 'Unit 8200, "signals" division', type: 'unit' });
    opened = await openCase(t, reviewer);

    ids.reversed = (await proposeAction(t, reviewer, opened.id, subject.id)).id;
    await command(lead, ids.reversed, 'approve', { reason: 'Proportionate,\nand documented' });
    await command(lead, ids.reversed, 'execute', { reason: 'Storage and AI disabled', executionReference: 'CHG-4711' });
    await command(otherLead, ids.reversed, 'reverse', { reason: '=Court order' });

    ids.rejected = (
      await proposeAction(t, reviewer, opened.id, subject.id, { type: 'warning', services: ['support'] })
    ).id;
    await command(lead, ids.rejected, 'reject', { reason: 'Not enough evidence' });

    ids.proposed = (
      await proposeAction(t, reviewer, opened.id, subject.id, { type: 'enhanced_monitoring', services: ['compute'] })
    ).id;
  });
  afterAll(() => t.close());

  const exportOf = async (query: string) => {
    const response = await exportBody(t, `/api/v1/actions/export?${query}`, bearer(auditor));
    expect(response.status).toBe(200);
    return response;
  };

  it('writes CSV with who proposed, decided, executed and reversed each action, when and why', async () => {
    const response = await exportOf(`format=csv&caseId=${opened.id}`);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="enforcement-actions-\d{8}T\d{6}Z\.csv"$/,
    );
    const [header, ...records] = parseCsv(response.text);
    expect(header).toEqual(ACTION_CSV_COLUMNS);
    const rows = records.map((record) => Object.fromEntries(header.map((name, index) => [name, record[index]])));
    // Newest proposal first, like the list.
    expect(rows.map((row) => row.actionId)).toEqual([ids.proposed, ids.rejected, ids.reversed]);

    const reversed = rows[2];
    expect(reversed).toMatchObject({
      caseReference: opened.reference,
      subject: 'Unit 8200, "signals" division',
      subjectType: 'unit',
      type: 'disable_service',
      services: 'cloud-storage;ai-services',
      status: 'reversed',
      proposedBy: reviewer.email,
      proposedById: reviewer.id,
      decision: 'approved',
      decidedBy: lead.email,
      decisionReason: 'Proportionate,\nand documented',
      executedBy: lead.email,
      executionReference: 'CHG-4711',
      executionReason: 'Storage and AI disabled',
      reversedBy: otherLead.email,
      // A leading = would run as a formula in a spreadsheet.
      reversalReason: "'=Court order",
      rationale: 'Used for mass surveillance of civilians.',
    });
    for (const when of ['proposedAt', 'decidedAt', 'executedAt', 'reversedAt']) {
      expect(reversed[when]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    }
    expect(rows[1]).toMatchObject({ status: 'rejected', decision: 'rejected', decisionReason: 'Not enough evidence' });
    expect(rows[0]).toMatchObject({ status: 'proposed', decision: '', decidedBy: '', executedBy: '', reversedBy: '' });
  });

  it('writes NDJSON lines shaped like the list items, with e-mails, and applies the list filters', async () => {
    const response = await exportOf(`format=ndjson&caseId=${opened.id}&status=reversed,rejected`);
    expect(response.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    const lines = response.text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const listed = await request(t.http)
      .get(`/api/v1/actions?caseId=${opened.id}&status=reversed,rejected`)
      .set(bearer(auditor))
      .expect(200);
    expect(
      lines.map(
        ({ proposedByEmail: _p, decidedByEmail: _d, executedByEmail: _e, reversedByEmail: _r, ...item }) => item,
      ),
    ).toEqual(listed.body.items);
    expect(lines[1]).toMatchObject({
      id: ids.reversed,
      proposedByEmail: reviewer.email,
      decidedByEmail: lead.email,
      executedByEmail: lead.email,
      reversedByEmail: otherLead.email,
    });

    const byType = await exportOf(`format=ndjson&caseId=${opened.id}&type=warning,enhanced_monitoring`);
    expect(byType.text.trimEnd().split('\n')).toHaveLength(2);
    const bySubject = await exportOf(`format=ndjson&subjectId=${subject.id}&from=2000-01-01T00:00:00Z`);
    expect(bySubject.text.trimEnd().split('\n')).toHaveLength(3);
    const none = await exportOf(`format=ndjson&caseId=${opened.id}&to=2000-01-01T00:00:00Z`);
    expect(none.text).toBe('');
  });

  it('records each export with its format and filter, and refuses bad input with 400 before recording', async () => {
    const exported = await exportOf(`format=csv&caseId=${opened.id}&type=warning`);
    const recorded = await request(t.http)
      .get(`/api/v1/audit/events?actorId=${auditor.id}&action=actions.exported&limit=1`)
      .set(bearer(auditor))
      .expect(200);
    expect(recorded.body.items[0]).toMatchObject({
      id: exported.headers['x-audit-export-event-id'],
      entityType: 'action_export',
      caseId: opened.id,
      metadata: { format: 'csv', filter: { caseId: opened.id, type: ['warning'] } },
    });

    const count = async () =>
      (
        await request(t.http)
          .get(`/api/v1/audit/events?actorId=${auditor.id}&action=actions.exported&limit=200`)
          .set(bearer(auditor))
          .expect(200)
      ).body.items.length as number;
    const before = await count();
    for (const query of ['', 'format=pdf', 'format=csv&type=nuke', 'format=csv&status=done', 'format=csv&cursor=x']) {
      await request(t.http).get(`/api/v1/actions/export?${query}`).set(bearer(auditor)).expect(400);
    }
    expect(await count()).toBe(before);
  });

  it('is for auditors only', async () => {
    for (const user of [reviewer, lead, await signedInUser(t, 'executive'), await signedInUser(t, 'admin')]) {
      await request(t.http).get('/api/v1/actions/export?format=csv').set(bearer(user)).expect(403);
    }
  });
});
