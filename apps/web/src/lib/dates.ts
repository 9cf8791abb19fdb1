const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function parse(iso: string | null | undefined): Date | null {
  if (iso === null || iso === undefined) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDate(iso: string | null | undefined): string {
  const date = parse(iso);
  return date === null ? '—' : dateFormat.format(date);
}

export function formatDateTime(iso: string | null | undefined): string {
  const date = parse(iso);
  return date === null ? '—' : dateTimeFormat.format(date);
}

/** Whether a due date has passed. */
export function isPast(iso: string | null | undefined, now = Date.now()): boolean {
  const date = parse(iso);
  return date !== null && date.getTime() < now;
}

const DAY_MS = 86_400_000;

/** Whole days from now until the date (negative once past). */
export function daysUntil(iso: string, now = Date.now()): number {
  const date = parse(iso);
  return date === null ? 0 : Math.floor((date.getTime() - now) / DAY_MS);
}

/** `<input type="date">` value (local calendar day) for an ISO instant, and back. */
export function toDateInput(iso: string | null | undefined): string {
  const date = parse(iso);
  if (date === null) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today as an `<input type="date">` value: the bound of dates that may not be past or future. */
export function todayInput(now = new Date()): string {
  return toDateInput(now.toISOString());
}

/**
 * The chosen local day as an ISO instant (its end for due dates, its start for when something
 * happened, so that today is never in the future); empty input → null.
 */
export function fromDateInput(value: string, at: 'end' | 'start' = 'end'): string | null {
  if (value === '') return null;
  const date = new Date(`${value}T${at === 'end' ? '23:59:00' : '00:00:00'}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** `<input type="datetime-local">` value → ISO instant; empty input → undefined. */
export function fromDateTimeInput(value: string): string | undefined {
  if (value === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
