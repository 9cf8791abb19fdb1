import request from 'supertest';
import type { TestApp } from '../support/test-app';
import { bearer, createdThroughApi, type TestUser } from './users.factory';

export interface CreatedStatement {
  id: string;
  caseId: string;
  direction: string;
  audience: string;
  status: string;
  authorId: string;
  version: number;
}

/** A statement created through the API by `author`: an issued draft unless `fields` say otherwise. */
export async function createStatement(
  t: TestApp,
  author: TestUser,
  caseId: string,
  fields: Record<string, unknown> = {},
): Promise<CreatedStatement> {
  return createdThroughApi<CreatedStatement>(t, author, `/api/v1/cases/${caseId}/statements`, {
    direction: 'issued',
    audience: 'public',
    body: 'We have disabled the services concerned.',
    ...fields,
  });
}

/** Runs lifecycle commands in order, each by its user, expecting each to succeed. */
export async function advanceStatement(
  t: TestApp,
  caseId: string,
  statementId: string,
  steps: [command: 'submit' | 'approve' | 'publish', user: TestUser][],
): Promise<void> {
  for (const [command, user] of steps) {
    await request(t.http)
      .post(`/api/v1/cases/${caseId}/statements/${statementId}/${command}`)
      .set(bearer(user))
      .send({ reason: `${command} for the test` })
      .expect(200);
  }
}
