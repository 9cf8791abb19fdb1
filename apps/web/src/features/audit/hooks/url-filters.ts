import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A `YYYY-MM-DD` from the URL, or undefined when absent or malformed. */
export function dateParam(value: string | null): string | undefined {
  return value !== null && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

export function uuidParam(value: string | null): string | undefined {
  return value !== null && UUID.test(value) ? value.toLowerCase() : undefined;
}

export function textParam(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The start of a local calendar day as an ISO instant: the inclusive lower bound of a range. */
export function startOfDay(day: string | undefined): string | undefined {
  if (day === undefined) return undefined;
  const date = new Date(`${day}T00:00:00`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The start of the next local day: the API's `to` is exclusive, so "to 3 May" includes 3 May. */
export function endOfDay(day: string | undefined): string | undefined {
  if (day === undefined) return undefined;
  const date = new Date(`${day}T00:00:00`);
  if (Number.isNaN(date.getTime())) return undefined;
  date.setDate(date.getDate() + 1);
  return date.toISOString();
}

/**
 * Filters kept in the URL's query string, so that a filtered view can be bookmarked, shared with
 * a colleague and reached with the back button.
 */
/** `keys` must be a module constant, so that the values keep their identity between renders. */
export function useUrlParams<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();

  const raw = useMemo(() => {
    const values = {} as Record<K, string | null>;
    for (const key of keys) values[key] = params.get(key);
    return values;
  }, [params, keys]);

  const set = useCallback(
    (changes: Partial<Record<K, string | null | undefined>>) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes) as [K, string | null | undefined][]) {
            if (value === null || value === undefined || value === '') next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace: false, preventScrollReset: true },
      );
    },
    [setParams],
  );

  const clear = useCallback(() => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const key of keys) next.delete(key);
        return next;
      },
      { preventScrollReset: true },
    );
  }, [setParams, keys]);

  return { raw, set, clear };
}
