/**
 * A one-hour window of opening dates that no other test uses (a random hour
 * in 1950–1989), so `?from=&to=` isolates a file's cases from everyone else's.
 */
export function uniqueWindow(): { from: Date; to: Date; at: (minutes: number) => Date; query: string } {
  const from = new Date(Date.UTC(1950, 0, 1) + Math.floor(Math.random() * 40 * 365 * 24) * 3_600_000);
  const to = new Date(from.getTime() + 3_600_000);
  return {
    from,
    to,
    at: (minutes) => new Date(from.getTime() + minutes * 60_000),
    query: `from=${from.toISOString()}&to=${to.toISOString()}`,
  };
}
