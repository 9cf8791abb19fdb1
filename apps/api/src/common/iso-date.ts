/** A stored date as the API and the audit trail write it (ISO 8601, UTC); no date stays null. */
export const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);
