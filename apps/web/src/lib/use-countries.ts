import { useQuery } from '@tanstack/react-query';

/**
 * The country list, loaded as a script of its own the first time a page needs it, so that the
 * pages that never show a country do not carry it.
 */
export function useCountries() {
  return useQuery({
    queryKey: ['countries'],
    queryFn: () => import('./countries'),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
