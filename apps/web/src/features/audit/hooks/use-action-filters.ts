import { ACTION_STATUSES, ACTION_TYPES, type ActionStatus, type ActionType } from '@ethics/domain';
import { useMemo } from 'react';
import type { ActionHistoryFilters } from '../../../api/actions/keys';
import { dateParam, endOfDay, startOfDay, uuidParam, useUrlParams } from './url-filters';

const KEYS = ['type', 'status', 'caseId', 'subjectId', 'from', 'to'] as const;

export interface ActionFilterValues {
  type: ActionType[];
  status: ActionStatus[];
  caseId?: string;
  subjectId?: string;
  from?: string;
  to?: string;
}

/** `a,b` from the URL, keeping only known values, in the vocabulary's order. */
export function listParam<T extends string>(allowed: readonly T[], value: string | null): T[] {
  const given = new Set((value ?? '').split(','));
  return allowed.filter((item) => given.has(item));
}

export function toActionHistoryFilters(values: ActionFilterValues): ActionHistoryFilters {
  return {
    type: values.type.length > 0 ? values.type : undefined,
    status: values.status.length > 0 ? values.status : undefined,
    caseId: values.caseId,
    subjectId: values.subjectId,
    from: startOfDay(values.from),
    to: endOfDay(values.to),
  };
}

/** The action history's filters, in the URL (several types or statuses comma-separated). */
export function useActionFilters() {
  const { raw, set, clear } = useUrlParams(KEYS);
  const values = useMemo(
    (): ActionFilterValues => ({
      type: listParam(ACTION_TYPES, raw.type),
      status: listParam(ACTION_STATUSES, raw.status),
      caseId: uuidParam(raw.caseId),
      subjectId: uuidParam(raw.subjectId),
      from: dateParam(raw.from),
      to: dateParam(raw.to),
    }),
    [raw],
  );
  const filters = useMemo(() => toActionHistoryFilters(values), [values]);
  const hasFilters =
    values.type.length > 0 ||
    values.status.length > 0 ||
    values.caseId !== undefined ||
    values.subjectId !== undefined ||
    values.from !== undefined ||
    values.to !== undefined;
  return { values, filters, set, clear, hasFilters };
}

export type ActionFiltersState = ReturnType<typeof useActionFilters>;
