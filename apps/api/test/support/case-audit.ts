import request from 'supertest';
import { bearer, type TestUser } from '../factories/users.factory';
import type { TestApp } from './test-app';

/** A case's audit events of one action, oldest first, as an auditor reads them through the API. */
export async function caseAuditEvents(
  t: TestApp,
  auditor: TestUser,
  caseId: string,
  action: string,
): Promise<Record<string, unknown>[]> {
  const response = await request(t.http)
    .get(`/api/v1/audit/events?caseId=${caseId}&action=${action}&order=asc`)
    .set(bearer(auditor))
    .expect(200);
  return response.body.items as Record<string, unknown>[];
}
