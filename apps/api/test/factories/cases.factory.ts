import request from 'supertest';
import type { TestApp } from '../support/test-app';
import { bearer, createdThroughApi, type TestUser } from './users.factory';

export interface CreatedCase {
  id: string;
  reference: string;
  version: number;
  status: string;
  restricted: boolean;
}

let counter = 0;

/** A case opened through the API by `opener` (who becomes a member). */
export async function openCase(
  t: TestApp,
  opener: TestUser,
  fields: Record<string, unknown> = {},
): Promise<CreatedCase> {
  counter += 1;
  return createdThroughApi<CreatedCase>(t, opener, '/api/v1/cases', {
    title: `Test case ${counter}`,
    summary: 'Alleged misuse under review.',
    severity: 'medium',
    ...fields,
  });
}

/**
 * Takes a case opened through the API to `closed` (through triage, investigation and findings)
 * or to `dismissed` (from intake), as `lead` commands. Closing needs every allegation concluded.
 */
export async function finishCase(
  t: TestApp,
  lead: TestUser,
  caseId: string,
  to: 'closed' | 'dismissed',
): Promise<void> {
  const steps =
    to === 'dismissed'
      ? [{ to: 'dismissed', reason: 'No basis for an investigation' }]
      : [
          { to: 'triage', reason: 'Triage' },
          { to: 'investigating', reason: 'Worth investigating' },
          { to: 'findings', reason: 'Review done' },
          { to: 'closed', reason: 'Concluded', outcome: 'substantiated', outcomeSummary: 'The misuse is proven.' },
        ];
  for (const step of steps) {
    await request(t.http).post(`/api/v1/cases/${caseId}/transitions`).set(bearer(lead)).send(step).expect(200);
  }
}
