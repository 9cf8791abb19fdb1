import { ValidationProblem } from './app-errors';

type FieldError = { field: string; message: string };

/**
 * A person's machine and ours disagree by a little: a date up to five minutes on the wrong side
 * of now still counts as now, so "received just now" or "due right now" is never refused.
 */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** The error for a date of something that already happened (received, collected) set ahead of now. */
export function futureDateError(field: string, value: string | null | undefined, now: Date): FieldError[] {
  return value && Date.parse(value) > now.getTime() + CLOCK_SKEW_MS
    ? [{ field, message: 'must not be in the future' }]
    : [];
}

/** The error for a deadline set behind now. */
export function pastDateError(field: string, value: string | null | undefined, now: Date): FieldError[] {
  return value && Date.parse(value) < now.getTime() - CLOCK_SKEW_MS
    ? [{ field, message: 'must not be in the past' }]
    : [];
}

/** Refuses the request with a 400 naming each field, before anything is written. */
export function refuseDateErrors(errors: FieldError[]): void {
  if (errors.length > 0) throw new ValidationProblem(errors);
}
