import { Badge } from '@mantine/core';
import { daysUntil, formatDate, formatDateTime } from '../lib/dates';

const SOON_DAYS = 3;

export interface DueBadgeProps {
  dueAt: string | null;
  /** Work that is finished (a closed case, a done task) is never overdue. */
  finished?: boolean;
  /** When it was finished: shows whether that was in time. */
  finishedAt?: string | null;
}

/** The SLA state of a due date: overdue in red, due soon in yellow, else the date. */
export function DueBadge({ dueAt, finished = false, finishedAt = null }: DueBadgeProps) {
  if (dueAt === null) return null;
  const days = daysUntil(dueAt);
  const title = `Due ${formatDateTime(dueAt)}`;
  if (finished && finishedAt !== null) {
    const late = Date.parse(finishedAt) > Date.parse(dueAt);
    return (
      <Badge
        color={late ? 'orange' : 'teal'}
        variant="outline"
        radius="sm"
        miw="max-content"
        title={`${title}, finished ${formatDateTime(finishedAt)}`}
      >
        {late ? 'Finished late' : 'Finished in time'}
      </Badge>
    );
  }
  if (finished) {
    return (
      <Badge color="gray" variant="outline" radius="sm" miw="max-content" title={title}>
        Due {formatDate(dueAt)}
      </Badge>
    );
  }
  if (days < 0) {
    const late = -days;
    return (
      <Badge color="red" variant="filled" radius="sm" miw="max-content" title={title}>
        Overdue {late === 1 ? '1 day' : `${String(late)} days`}
      </Badge>
    );
  }
  if (days < SOON_DAYS) {
    return (
      <Badge color="yellow" variant="light" radius="sm" miw="max-content" title={title}>
        Due {days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${String(days)} days`}
      </Badge>
    );
  }
  return (
    <Badge color="gray" variant="light" radius="sm" miw="max-content" title={title}>
      Due {formatDate(dueAt)}
    </Badge>
  );
}
