import { randomUUID } from 'node:crypto';
import type { TestApp } from '../support/test-app';
import { createdThroughApi, type TestUser } from './users.factory';

export interface CreatedClause {
  id: string;
  code: string;
  version: number;
}

/** A policy clause written through the API by an admin. */
export async function createClause(t: TestApp, admin: TestUser, fields: Record<string, unknown> = {}) {
  return createdThroughApi<CreatedClause>(t, admin, '/api/v1/policies', {
    code: `AUP-${randomUUID().slice(0, 8)}`,
    document: 'Acceptable Use Policy',
    title: 'No mass surveillance',
    text: 'Customers may not use the services for mass surveillance of civilians.',
    effectiveFrom: '2026-01-01',
    ...fields,
  });
}

/** A subject created through the API. */
export async function createSubject(t: TestApp, user: TestUser, fields: Record<string, unknown> = {}) {
  return createdThroughApi<{ id: string; name: string; type: string }>(t, user, '/api/v1/subjects', {
    name: `Subject ${randomUUID().slice(0, 8)}`,
    type: 'organisation',
    ...fields,
  });
}
