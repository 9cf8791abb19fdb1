import { useDebouncedCallback } from '@mantine/hooks';
import { CASE_STATUSES, SEVERITIES, type CaseStatus, type Severity } from '@ethics/domain';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { CaseListFilters } from '../../../api/cases/keys';

const SEARCH_DELAY_MS = 300;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return values.find((v) => v === value) ?? null;
}

/**
 * The case list's filters, kept in the URL so that a filtered list can be bookmarked, shared and
 * reached with the back button. The search box has its own draft that reaches the URL (and so
 * the API) once typing pauses.
 */
export interface CaseListPreset {
  /** The statuses the status filter offers (default: all). */
  statuses?: readonly CaseStatus[];
  /** Only cases the signed-in person is a member of. */
  mine?: boolean;
  /** Without a status filter: only cases that still need work. */
  openOnly?: boolean;
}

export function useCaseFilters(preset: CaseListPreset = {}) {
  const [params, setParams] = useSearchParams();
  const statuses = preset.statuses ?? CASE_STATUSES;
  const { mine = false, openOnly = false } = preset;

  const filters = useMemo(
    (): CaseListFilters => ({
      q: params.get('q') ?? '',
      status: oneOf<CaseStatus>(statuses, params.get('status')),
      severity: oneOf<Severity>(SEVERITIES, params.get('severity')),
      mine,
      openOnly,
    }),
    [params, statuses, mine, openOnly],
  );

  const setParam = useCallback(
    (key: keyof CaseListFilters, value: string | null, replace: boolean) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
          return next;
        },
        { replace },
      );
    },
    [setParams],
  );

  const [searchDraft, setSearchDraftState] = useState(filters.q);
  // Follow the URL when it changes from elsewhere (back button, clearing the filters).
  const [followedQ, setFollowedQ] = useState(filters.q);
  if (followedQ !== filters.q) {
    setFollowedQ(filters.q);
    setSearchDraftState(filters.q);
  }

  // Typing replaces the history entry rather than adding one per pause.
  const commitSearch = useDebouncedCallback((value: string) => {
    setParam('q', value, true);
  }, SEARCH_DELAY_MS);

  const setSearchDraft = useCallback(
    (value: string) => {
      setSearchDraftState(value);
      commitSearch(value);
    },
    [commitSearch],
  );

  const clearFilters = useCallback(() => {
    commitSearch.cancel();
    setSearchDraftState('');
    setParams(new URLSearchParams());
  }, [commitSearch, setParams]);

  return {
    filters,
    searchDraft,
    setSearchDraft,
    /** Apply the search now (Enter in the search box). */
    flushSearch: () => {
      commitSearch.flush();
    },
    /** Takes the select's value; anything but a known status means "any status". */
    statuses,
    setStatus: (value: string) => {
      setParam('status', oneOf(statuses, value), false);
    },
    setSeverity: (value: string) => {
      setParam('severity', oneOf(SEVERITIES, value), false);
    },
    clearFilters,
    hasFilters: filters.q.trim() !== '' || filters.status !== null || filters.severity !== null,
  };
}

export type CaseFiltersState = ReturnType<typeof useCaseFilters>;
