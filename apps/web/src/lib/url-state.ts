import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * One value kept in the URL's query string (a tab, a filter), so that a view can be bookmarked,
 * shared and reached with the back button. Anything not in `allowed` reads as the fallback, which
 * is left out of the URL.
 */
export function useUrlChoice<T extends string>(
  key: string,
  allowed: readonly T[],
  fallback: T,
): [T, (value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get(key);
  const value = allowed.find((v) => v === raw) ?? fallback;

  const setValue = useCallback(
    (next: string | null) => {
      setParams(
        (previous) => {
          const updated = new URLSearchParams(previous);
          const known = allowed.find((v) => v === next);
          if (known === undefined || known === fallback) updated.delete(key);
          else updated.set(key, known);
          return updated;
        },
        { replace: false, preventScrollReset: true },
      );
    },
    [allowed, fallback, key, setParams],
  );

  return [value, setValue];
}
