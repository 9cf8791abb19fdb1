import request from 'supertest';
import { openCase } from '../factories/cases.factory';
import { advanceStatement, createStatement } from '../factories/statements.factory';
import { bearer, startWithCast, type Cast, type TestUser } from '../factories/users.factory';
import { caseAuditEvents } from '../support/case-audit';
import { fieldsOf } from '../support/problem-fields';
import type { TestApp } from '../support/test-app';

describe('statements', () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => ({ t, cast } = await startWithCast()));
  afterAll(() => t.close());

  const command = (user: TestUser, caseId: string, statementId: string, name: string, body: Record<string, unknown>) =>
    request(t.http).post(`/api/v1/cases/${caseId}/statements/${statementId}/${name}`).set(bearer(user)).send(body);
  const edit = (user: TestUser, caseId: string, statementId: string, body: Record<string, unknown>) =>
    request(t.http).patch(`/api/v1/cases/${caseId}/statements/${statementId}`).set(bearer(user)).send(body);
  const read = (user: TestUser, caseId: string, statementId: string) =>
    request(t.http).get(`/api/v1/cases/${caseId}/statements/${statementId}`).set(bearer(user)).expect(200);

  it('lets a member reviewer draft an issued statement and record a received one', async () => {
    const opened = await openCase(t, cast.reviewer);
    const issued = await request(t.http)
      .post(`/api/v1/cases/${opened.id}/statements`)
      .set(bearer(cast.reviewer))
      .send({ direction: 'issued', audience: 'press', body: 'We are investigating.', reason: 'Press enquiry' })
      .expect(201);
    expect(issued.body).toMatchObject({
      caseId: opened.id,
      direction: 'issued',
      audience: 'press',
      body: 'We are investigating.',
      status: 'draft',
      authorId: cast.reviewer.id,
      channel: null,
      statedAt: null,
      approvedBy: null,
      publishedAt: null,
      supersedesId: null,
      supersededById: null,
      version: 1,
    });
    const received = await createStatement(t, cast.reviewer, opened.id, {
      direction: 'received',
      audience: 'press',
      source: 'Ministry of Defence',
      channel: 'e-mail',
      statedAt: '2025-08-06T09:00:00Z',
      body: 'The ministry declines to comment.',
    });
    expect(received).toMatchObject({
      status: 'received',
      source: 'Ministry of Defence',
      statedAt: '2025-08-06T09:00:00.000Z',
    });

    const listed = await request(t.http)
      .get(`/api/v1/cases/${opened.id}/statements`)
      .set(bearer(cast.reviewer))
      .expect(200);
    expect(listed.body.items.map((s: { id: string }) => s.id)).toEqual([received.id, issued.body.id]);
    expect(listed.body.nextCursor).toBeNull();
    const drafts = await request(t.http)
      .get(`/api/v1/cases/${opened.id}/statements?status=draft,in_review&limit=1`)
      .set(bearer(cast.reviewer))
      .expect(200);
    expect(drafts.body).toEqual({ items: [issued.body], nextCursor: null });

    const events = await caseAuditEvents(t, cast.auditor, opened.id, 'statement.created');
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      actorId: cast.reviewer.id,
      entityType: 'statement',
      entityId: issued.body.id,
      reason: 'Press enquiry',
      after: { status: 'draft', audience: 'press', body: 'We are investigating.' },
    });
  });

  it('refuses malformed statements and commands with 400', async () => {
    const opened = await openCase(t, cast.reviewer);
    const create = (body: Record<string, unknown>) =>
      request(t.http).post(`/api/v1/cases/${opened.id}/statements`).set(bearer(cast.reviewer)).send(body).expect(400);
    expect(fieldsOf((await create({})).body)).toEqual(expect.arrayContaining(['direction', 'audience', 'body']));
    expect(fieldsOf((await create({ direction: 'issued', audience: 'everyone', body: 'x' })).body)).toEqual([
      'audience',
    ]);
    expect(
      fieldsOf((await create({ direction: 'issued', audience: 'public', body: 'x', status: 'published' })).body),
    ).toEqual(['status']);
    const future = await create({
      direction: 'received',
      audience: 'public',
      body: 'x',
      statedAt: '2999-01-01T00:00:00Z',
    });
    expect(fieldsOf(future.body)).toEqual(['statedAt']);

    const draft = await createStatement(t, cast.reviewer, opened.id);
    await command(cast.reviewer, opened.id, draft.id, 'submit', {}).expect(400);
    await command(cast.reviewer, opened.id, draft.id, 'submit', { reason: '   ' }).expect(400);
    await edit(cast.reviewer, opened.id, draft.id, { body: 'no version' }).expect(400);
    await edit(cast.reviewer, opened.id, draft.id, { version: 1, direction: 'received' }).expect(400);
    expect((await read(cast.reviewer, opened.id, draft.id)).body).toMatchObject({ status: 'draft', version: 1 });
  });

  it('takes a public statement through review, approval by a lead and publication', async () => {
    const opened = await openCase(t, cast.reviewer);
    const draft = await createStatement(t, cast.reviewer, opened.id, { audience: 'public' });

    const submitted = await command(cast.reviewer, opened.id, draft.id, 'submit', { reason: 'Ready' }).expect(200);
    expect(submitted.body).toMatchObject({ status: 'in_review', version: 2 });
    expect(submitted.body.submittedAt).toEqual(expect.any(String));
    await command(cast.reviewer, opened.id, draft.id, 'approve', { reason: 'self' }).expect(403);
    const approved = await command(cast.lead, opened.id, draft.id, 'approve', {
      reason: 'Legal cleared',
      version: 2,
    }).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', approvedBy: cast.lead.id, version: 3 });
    await command(cast.executive, opened.id, draft.id, 'publish', { reason: 'exec' }).expect(403);
    await command(cast.reviewer, opened.id, draft.id, 'publish', { reason: 'reviewer' }).expect(403);
    const published = await command(cast.lead, opened.id, draft.id, 'publish', { reason: 'Press release out' }).expect(
      200,
    );
    expect(published.body).toMatchObject({ status: 'published', publishedBy: cast.lead.id, version: 4 });
    expect(published.body.publishedAt).toEqual(expect.any(String));
    expect(published.body.statedAt).toBe(published.body.publishedAt);

    const [submittedEvent] = await caseAuditEvents(t, cast.auditor, opened.id, 'statement.submitted');
    expect(submittedEvent).toMatchObject({
      actorId: cast.reviewer.id,
      reason: 'Ready',
      after: { status: 'in_review' },
    });
    const [approvedEvent] = await caseAuditEvents(t, cast.auditor, opened.id, 'statement.approved');
    expect(approvedEvent).toMatchObject({
      actorId: cast.lead.id,
      entityId: draft.id,
      reason: 'Legal cleared',
      before: { status: 'in_review', authorId: cast.reviewer.id, audience: 'public', version: 2 },
      after: { status: 'approved', approvedBy: cast.lead.id, version: 3 },
    });
    const [publishedEvent] = await caseAuditEvents(t, cast.auditor, opened.id, 'statement.published');
    expect(publishedEvent).toMatchObject({
      actorId: cast.lead.id,
      reason: 'Press release out',
      after: { status: 'published', publishedBy: cast.lead.id },
    });
  });

  it('keeps four eyes on public statements: not their author (422), an executive may approve', async () => {
    const opened = await openCase(t, cast.lead);
    const draft = await createStatement(t, cast.lead, opened.id, { audience: 'press' });
    await advanceStatement(t, opened.id, draft.id, [['submit', cast.lead]]);

    const own = await command(cast.lead, opened.id, draft.id, 'approve', { reason: 'mine' }).expect(422);
    expect(own.body).toMatchObject({ status: 422, type: '/problems/domain-rule' });
    const byExecutive = await command(cast.executive, opened.id, draft.id, 'approve', {
      reason: 'Board agrees',
    }).expect(200);
    expect(byExecutive.body).toMatchObject({ status: 'approved', approvedBy: cast.executive.id });
    await command(cast.lead, opened.id, draft.id, 'publish', { reason: 'Out' }).expect(200);
  });

  it('sends a statement edited in review back to draft, and bars whoever edited it from approving it', async () => {
    const opened = await openCase(t, cast.reviewer);
    const draft = await createStatement(t, cast.reviewer, opened.id, { audience: 'public', body: 'Our words' });
    await advanceStatement(t, opened.id, draft.id, [['submit', cast.reviewer]]);

    const rewritten = await edit(cast.lead, opened.id, draft.id, {
      version: 2,
      body: 'The lead rewrote it',
      reason: 'Sharper',
    }).expect(200);
    expect(rewritten.body).toMatchObject({
      status: 'draft',
      submittedAt: null,
      authorId: cast.reviewer.id,
      editorIds: [cast.lead.id],
      version: 3,
    });
    const [updated] = await caseAuditEvents(t, cast.auditor, opened.id, 'statement.updated');
    expect(updated).toMatchObject({
      actorId: cast.lead.id,
      reason: 'Sharper',
      before: { status: 'in_review', body: 'Our words', editorIds: [], version: 2 },
      after: { status: 'draft', submittedAt: null, body: 'The lead rewrote it', editorIds: [cast.lead.id], version: 3 },
    });
    // What was under review is gone: nobody approves the rewritten text before it is submitted again.
    await command(cast.otherLead, opened.id, draft.id, 'approve', { reason: 'too early' }).expect(409);

    await advanceStatement(t, opened.id, draft.id, [['submit', cast.lead]]);
    const own = await command(cast.lead, opened.id, draft.id, 'approve', { reason: 'my own words' }).expect(422);
    expect(own.body).toMatchObject({ type: '/problems/domain-rule' });
    expect(own.body.detail).toMatch(/you edited this public statement/);
    await command(cast.reviewer, opened.id, draft.id, 'approve', { reason: 'author' }).expect(403);
    const approved = await command(cast.otherLead, opened.id, draft.id, 'approve', { reason: 'Four eyes' }).expect(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      approvedBy: cast.otherLead.id,
      editorIds: [cast.lead.id],
    });
  });

  it("sends the author's own edit in review back to draft too, without listing them as an editor", async () => {
    const opened = await openCase(t, cast.reviewer);
    const draft = await createStatement(t, cast.reviewer, opened.id, { audience: 'press' });
    await advanceStatement(t, opened.id, draft.id, [['submit', cast.reviewer]]);
    const edited = await edit(cast.reviewer, opened.id, draft.id, { version: 2, channel: 'press release' }).expect(200);
    expect(edited.body).toMatchObject({ status: 'draft', editorIds: [], version: 3 });

    // An edit that changes nothing is not an edit: the statement stays in review.
    await advanceStatement(t, opened.id, draft.id, [['submit', cast.reviewer]]);
    const unchanged = await edit(cast.lead, opened.id, draft.id, { version: 4, channel: 'press release' }).expect(200);
    expect(unchanged.body).toMatchObject({ status: 'in_review', editorIds: [], version: 4 });
    await command(cast.lead, opened.id, draft.id, 'approve', { reason: 'Cleared' }).expect(200);
  });

  it('lets a lead approve their own statement for an internal audience', async () => {
    const opened = await openCase(t, cast.lead);
    const draft = await createStatement(t, cast.lead, opened.id, { audience: 'employees' });
    await advanceStatement(t, opened.id, draft.id, [
      ['submit', cast.lead],
      ['approve', cast.lead],
      ['publish', cast.lead],
    ]);
    expect((await read(cast.lead, opened.id, draft.id)).body).toMatchObject({
      status: 'published',
      approvedBy: cast.lead.id,
    });
  });

  it('answers illegal moves, and any command on a received statement, with 409', async () => {
    const opened = await openCase(t, cast.reviewer);
    const draft = await createStatement(t, cast.reviewer, opened.id);
    const early = await command(cast.lead, opened.id, draft.id, 'approve', { reason: 'early' }).expect(409);
    expect(early.body).toMatchObject({ type: '/problems/illegal-transition' });
    await command(cast.lead, opened.id, draft.id, 'publish', { reason: 'early' }).expect(409);
    await advanceStatement(t, opened.id, draft.id, [['submit', cast.reviewer]]);
    await command(cast.reviewer, opened.id, draft.id, 'submit', { reason: 'again' }).expect(409);

    const received = await createStatement(t, cast.reviewer, opened.id, { direction: 'received', source: 'NGO' });
    for (const name of ['submit', 'approve', 'publish']) {
      await command(cast.lead, opened.id, received.id, name, { reason: 'no lifecycle' }).expect(409);
    }
    expect((await read(cast.reviewer, opened.id, received.id)).body).toMatchObject({ status: 'received', version: 1 });
  });

  it('edits with a version: stale → 409 and nothing changed; approved or published → 422', async () => {
    const opened = await openCase(t, cast.reviewer);
    const draft = await createStatement(t, cast.reviewer, opened.id, { audience: 'customer', body: 'First text' });

    const edited = await edit(cast.reviewer, opened.id, draft.id, {
      version: 1,
      body: 'Second text',
      channel: 'letter',
      reason: 'Tone',
    }).expect(200);
    expect(edited.body).toMatchObject({ body: 'Second text', channel: 'letter', version: 2 });
    const stale = await edit(cast.reviewer, opened.id, draft.id, { version: 1, body: 'Lost update' }).expect(409);
    expect(stale.body).toMatchObject({ type: '/problems/version-conflict' });
    expect((await read(cast.reviewer, opened.id, draft.id)).body).toMatchObject({ body: 'Second text', version: 2 });

    const [updated] = await caseAuditEvents(t, cast.auditor, opened.id, 'statement.updated');
    expect(updated).toMatchObject({
      actorId: cast.reviewer.id,
      reason: 'Tone',
      before: { body: 'First text', channel: null, version: 1 },
      after: { body: 'Second text', channel: 'letter', version: 2 },
    });
    expect(Object.keys(updated.after as object).sort()).toEqual(['body', 'channel', 'version']);

    await advanceStatement(t, opened.id, draft.id, [
      ['submit', cast.reviewer],
      ['approve', cast.lead],
    ]);
    await edit(cast.reviewer, opened.id, draft.id, { version: 4, body: 'After approval' }).expect(422);
    await advanceStatement(t, opened.id, draft.id, [['publish', cast.lead]]);
    const published = await edit(cast.lead, opened.id, draft.id, { version: 5, body: 'Rewrite history' }).expect(422);
    expect(published.body.detail).toMatch(/supersede/);
    expect((await read(cast.reviewer, opened.id, draft.id)).body).toMatchObject({ body: 'Second text', version: 5 });

    const received = await createStatement(t, cast.reviewer, opened.id, { direction: 'received', source: 'Customr' });
    const corrected = await edit(cast.reviewer, opened.id, received.id, { version: 1, source: 'Customer' }).expect(200);
    expect(corrected.body).toMatchObject({ source: 'Customer', status: 'received', version: 2 });
  });

  it('supersedes a published statement of the same case with a new one', async () => {
    const opened = await openCase(t, cast.reviewer);
    const elsewhere = await openCase(t, cast.reviewer);
    const original = await createStatement(t, cast.reviewer, opened.id, { audience: 'customer' });
    await advanceStatement(t, opened.id, original.id, [
      ['submit', cast.reviewer],
      ['approve', cast.lead],
      ['publish', cast.lead],
    ]);
    const draft = await createStatement(t, cast.reviewer, opened.id);
    const foreign = await createStatement(t, cast.reviewer, elsewhere.id);

    const supersede = (caseId: string, supersedesId: string, extra: Record<string, unknown> = {}) =>
      request(t.http)
        .post(`/api/v1/cases/${caseId}/statements`)
        .set(bearer(cast.reviewer))
        .send({ direction: 'issued', audience: 'customer', body: 'Corrected notice', supersedesId, ...extra });

    await supersede(opened.id, draft.id).expect(422);
    await supersede(opened.id, foreign.id).expect(422);
    await supersede(elsewhere.id, original.id).expect(422);
    await supersede(opened.id, original.id, { direction: 'received' }).expect(422);
    const replacement = await supersede(opened.id, original.id, { reason: 'Figures corrected' }).expect(201);
    expect(replacement.body).toMatchObject({ status: 'draft', supersedesId: original.id });
    expect((await read(cast.reviewer, opened.id, original.id)).body).toMatchObject({
      status: 'published',
      supersededById: replacement.body.id,
      version: 5,
    });
    await supersede(opened.id, original.id).expect(422);

    const [event] = await caseAuditEvents(t, cast.auditor, opened.id, 'statement.superseded');
    expect(event).toMatchObject({
      actorId: cast.reviewer.id,
      entityId: original.id,
      reason: 'Figures corrected',
      metadata: { supersededById: replacement.body.id },
      before: { supersededById: null },
      after: { supersededById: replacement.body.id },
    });
  });

  it('keeps non-members out, hides restricted cases (404), and lets executives read but not write', async () => {
    const opened = await openCase(t, cast.reviewer);
    const draft = await createStatement(t, cast.reviewer, opened.id);
    const body = { direction: 'issued', audience: 'public', body: 'x' };
    await request(t.http)
      .post(`/api/v1/cases/${opened.id}/statements`)
      .set(bearer(cast.outsider))
      .send(body)
      .expect(403);
    await edit(cast.outsider, opened.id, draft.id, { version: 1, body: 'hijack' }).expect(403);
    await command(cast.outsider, opened.id, draft.id, 'submit', { reason: 'outsider' }).expect(403);
    await request(t.http)
      .post(`/api/v1/cases/${opened.id}/statements`)
      .set(bearer(cast.executive))
      .send(body)
      .expect(403);
    await edit(cast.executive, opened.id, draft.id, { version: 1, body: 'exec' }).expect(403);
    const seen = await request(t.http)
      .get(`/api/v1/cases/${opened.id}/statements`)
      .set(bearer(cast.executive))
      .expect(200);
    expect(seen.body.items.map((s: { id: string }) => s.id)).toEqual([draft.id]);
    await request(t.http).get(`/api/v1/cases/${opened.id}/statements`).set(bearer(cast.admin)).expect(403);

    const secret = await openCase(t, cast.lead, { restricted: true });
    const hidden = await createStatement(t, cast.lead, secret.id);
    for (const stranger of [cast.outsider, cast.otherLead]) {
      await request(t.http).get(`/api/v1/cases/${secret.id}/statements`).set(bearer(stranger)).expect(404);
      await request(t.http).get(`/api/v1/cases/${secret.id}/statements/${hidden.id}`).set(bearer(stranger)).expect(404);
      await command(stranger, secret.id, hidden.id, 'submit', { reason: 'stranger' }).expect(404);
    }
    await edit(cast.outsider, secret.id, hidden.id, { version: 1, body: 'x' }).expect(404);
    await request(t.http)
      .get(`/api/v1/cases/${secret.id}/statements/${hidden.id}`)
      .set(bearer(cast.auditor))
      .expect(200);
    // Executives see a restricted case's published statements only, and not this draft.
    await request(t.http)
      .get(`/api/v1/cases/${secret.id}/statements/${hidden.id}`)
      .set(bearer(cast.executive))
      .expect(404);
  });

  it('answers 404 for a statement of another case or none at all', async () => {
    const first = await openCase(t, cast.reviewer);
    const second = await openCase(t, cast.reviewer);
    const draft = await createStatement(t, cast.reviewer, first.id);
    await request(t.http)
      .get(`/api/v1/cases/${second.id}/statements/${draft.id}`)
      .set(bearer(cast.reviewer))
      .expect(404);
    await edit(cast.reviewer, second.id, draft.id, { version: 1, body: 'x' }).expect(404);
    await command(cast.reviewer, second.id, draft.id, 'submit', { reason: 'wrong case' }).expect(404);
    await command(cast.reviewer, first.id, '00000000-0000-4000-8000-000000000000', 'submit', { reason: 'none' }).expect(
      404,
    );
    await request(t.http).get(`/api/v1/cases/${first.id}/statements/nope`).set(bearer(cast.reviewer)).expect(400);
    expect((await read(cast.reviewer, first.id, draft.id)).body).toMatchObject({ status: 'draft', version: 1 });
  });

  it('lets exactly one of several concurrent approvals pass', async () => {
    const opened = await openCase(t, cast.reviewer);
    const draft = await createStatement(t, cast.reviewer, opened.id);
    await advanceStatement(t, opened.id, draft.id, [['submit', cast.reviewer]]);
    const approvers = [cast.lead, cast.otherLead, cast.executive];
    const results = await Promise.all(
      Array.from({ length: 9 }, (_, i) =>
        command(approvers[i % approvers.length], opened.id, draft.id, 'approve', { reason: `approval ${i}` }),
      ),
    );
    const statuses = results.map((result) => result.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(8);
    expect(await caseAuditEvents(t, cast.auditor, opened.id, 'statement.approved')).toHaveLength(1);
  });
});
