import { useMemo } from 'react';
import type { AuditEventFilters } from '../../../api/audit/keys';
import { dateParam, endOfDay, startOfDay, textParam, useUrlParams, uuidParam } from './url-filters';

const KEYS = ['caseId', 'actorId', 'action', 'entityType', 'from', 'to'] as const;
export type AuditFilterKey = (typeof KEYS)[number];

/**
 * What the filter inputs show: the URL's values, with `from` and `to` as calendar days
 * (`YYYY-MM-DD`, inclusive).
 */
export type AuditFilterValues = Partial<Record<AuditFilterKey, string>>;

export function toAuditEventFilters(values: AuditFilterValues): AuditEventFilters {
  return {
    caseId: values.caseId,
    actorId: values.actorId,
    action: values.action,
    entityType: values.entityType,
    from: startOfDay(values.from),
    to: endOfDay(values.to),
  };
}

/** The audit log's filters, in the URL. */
export function useAuditFilters() {
  const { raw, set, clear } = useUrlParams(KEYS);
  const values = useMemo(
    (): AuditFilterValues => ({
      caseId: uuidParam(raw.caseId),
      actorId: uuidParam(raw.actorId),
      action: textParam(raw.action),
      entityType: textParam(raw.entityType),
      from: dateParam(raw.from),
      to: dateParam(raw.to),
    }),
    [raw],
  );
  const filters = useMemo(() => toAuditEventFilters(values), [values]);
  const hasFilters = Object.values(values).some((value) => value !== undefined);
  return { values, filters, set, clear, hasFilters };
}

export type AuditFiltersState = ReturnType<typeof useAuditFilters>;
