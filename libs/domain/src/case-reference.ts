const REFERENCE_PATTERN = /^ETH-(\d{4})-(\d{4,})$/;

/** `ETH-2026-0042`: the year the case was opened and a number from a database sequence. */
export function formatCaseReference(year: number, number: number): string {
  return `ETH-${year}-${String(number).padStart(4, '0')}`;
}

export function isCaseReference(value: string): boolean {
  return REFERENCE_PATTERN.test(value);
}
