import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import type { AuditVerification } from '../../../api/audit/get-audit-verification';
import { ChainVerificationResult } from './chain-verification-result';

function verification(overrides: Partial<AuditVerification>): AuditVerification {
  return {
    valid: true,
    checked: 1,
    firstInvalidId: null,
    firstInvalidSeq: null,
    reason: null,
    detail: null,
    lastSeq: 1,
    lastHash: 'a'.repeat(64),
    unsealed: 0,
    verifiedAt: '2026-11-28T10:00:00.000Z',
    ...overrides,
  };
}

describe('ChainVerificationResult', () => {
  it('says plainly that the chain is whole, with the number of events checked', () => {
    renderWithProviders(<ChainVerificationResult result={verification({ checked: 12345, lastSeq: 12345 })} />);
    expect(screen.getByText('Chain verified: 12,345 events')).toBeTruthy();
    expect(screen.getByText(/nothing was removed, altered or reordered/)).toBeTruthy();
    expect(screen.getByText(`Last event 12345: ${'a'.repeat(64)}`)).toBeTruthy();
    expect(screen.queryByText(/broken/i)).toBeNull();
  });

  it('names the first event where the chain breaks', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    renderWithProviders(
      <ChainVerificationResult result={verification({ valid: false, checked: 41, firstInvalidId: id })} />,
    );
    expect(screen.getByText(`Chain broken at event ${id}`)).toBeTruthy();
    expect(screen.getByText(/41 events checked/)).toBeTruthy();
    expect(screen.queryByText(/Chain verified/)).toBeNull();
  });

  it('says which event failed and how, when the server tells', () => {
    renderWithProviders(
      <ChainVerificationResult
        result={verification({ valid: false, checked: 7, firstInvalidId: 'e-7', firstInvalidSeq: 7, reason: 'hash' })}
      />,
    );
    expect(screen.getByText('Chain broken at event e-7')).toBeTruthy();
    expect(screen.getByText('Event 7: its content does not match its hash: it was altered.')).toBeTruthy();
  });

  it('says one event, not one events', () => {
    renderWithProviders(<ChainVerificationResult result={verification({ checked: 1 })} />);
    expect(screen.getByText('Chain verified: 1 event')).toBeTruthy();
  });
});
