import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { TestApp } from '../support/test-app';
import { bearer, type TestUser } from './users.factory';

export interface CreatedClause {
  id: string;
  code: string;
  version: number;
}

/** A policy clause written through the API by an admin. */
export async function createClause(t: TestApp, admin: TestUser, fields: Record<string, unknown> = {}) {
  const response = await request(t.http)
    .post('/api/v1/policies')
    .set(bearer(admin))
    .send({
      code: `AUP-${randomUUID().slice(0, 8)}`,
      document: 'Acceptable Use Policy',
      title: 'No mass surveillance',
      text: 'Customers may not use the services for mass surveillance of civilians.',
      effectiveFrom: '2026-01-01',
      ...fields,
    })
    .expect(201);
  return response.body as CreatedClause;
}

/** A subject created through the API. */
export async function createSubject(t: TestApp, user: TestUser, fields: Record<string, unknown> = {}) {
  const response = await request(t.http)
    .post('/api/v1/subjects')
    .set(bearer(user))
    .send({ name: `Subject ${randomUUID().slice(0, 8)}`, type: 'organisation', ...fields })
    .expect(201);
  return response.body as { id: string; name: string; type: string };
}
