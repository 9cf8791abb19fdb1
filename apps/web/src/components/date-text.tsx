import { formatDate, formatDateTime } from '../lib/dates';

/** A date as people read it, with the exact instant on hover and in the markup. */
export function DateText({ iso, withTime = false }: { iso: string | null | undefined; withTime?: boolean }) {
  if (iso === null || iso === undefined || Number.isNaN(Date.parse(iso))) return <>—</>;
  return (
    <time dateTime={iso} title={formatDateTime(iso)}>
      {withTime ? formatDateTime(iso) : formatDate(iso)}
    </time>
  );
}
