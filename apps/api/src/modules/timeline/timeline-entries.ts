import type { TimelineKind } from '@ethics/domain';
import type { TimelineEntryDto } from './dto/timeline.dto';
import type { TimelineRow } from './timeline.repository';
import { visibleDetails, type TimelineView } from './timeline-view';

type Details = Record<string, unknown>;

const text = (details: Details, field: string): string | undefined => {
  const value = details[field];
  return typeof value === 'string' && value !== '' ? value : undefined;
};
const words = (value: string | undefined, fallback: string) => (value ? value.replace(/_/g, ' ') : fallback);
const record = (value: unknown): Details | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Details) : undefined;

/**
 * Audit rows arrive as {metadata, before, after, memberName}; they are reshaped
 * into the facts a reader wants, with the raw values kept for the full view.
 */
function auditDetails(row: TimelineRow): Details {
  const { metadata, before, after, memberName } = row.details;
  const raw = { ...(before !== undefined && { before }), ...(after !== undefined && { after }) };
  if (row.kind === 'case.transitioned') {
    const moved = record(metadata) ?? {};
    const outcome = moved.to === 'closed' ? record(after)?.outcome : undefined;
    return { from: moved.from, to: moved.to, ...(outcome !== undefined && { outcome }), ...raw };
  }
  if (row.kind === 'case.updated') {
    return { fields: Object.keys(record(after) ?? record(before) ?? {}), ...raw };
  }
  if (row.kind === 'case.member_added' || row.kind === 'case.member_removed') {
    const role = record(after)?.role;
    return { userId: row.entity_id, userName: memberName, ...(role !== undefined && { role }), ...raw };
  }
  return row.details;
}

/** A short sentence per kind, built only from fields every reader of the timeline may see. */
function titleOf(kind: TimelineKind, d: Details): string {
  const action = `${words(text(d, 'type'), 'enforcement')} action on ${text(d, 'subjectName') ?? 'a subject'}`;
  const audience = words(text(d, 'audience'), 'an audience');
  switch (kind) {
    case 'case.opened':
      return text(d, 'reference') ? `Case ${text(d, 'reference')} opened` : 'Case opened';
    case 'case.updated': {
      const fields = Array.isArray(d.fields) ? (d.fields as string[]) : [];
      return fields.length > 0 ? `Case details changed: ${fields.join(', ')}` : 'Case details changed';
    }
    case 'case.transitioned': {
      const outcome = text(d, 'outcome') ? ` (${words(text(d, 'outcome'), '')})` : '';
      return `Status changed from ${words(text(d, 'from'), '?')} to ${words(text(d, 'to'), '?')}${outcome}`;
    }
    case 'case.member_added':
      return `${text(d, 'userName') ?? 'A user'} added to the case team`;
    case 'case.member_removed':
      return `${text(d, 'userName') ?? 'A user'} removed from the case team`;
    case 'allegation.received':
      return `Allegation received from ${words(text(d, 'sourceType'), 'an unknown source')}`;
    case 'evidence.collected':
      return `Evidence collected: ${text(d, 'title') ?? 'untitled'}`;
    case 'evidence.withdrawn':
      return `Evidence withdrawn: ${text(d, 'title') ?? 'untitled'}`;
    case 'task.created':
      return `Task created: ${text(d, 'title') ?? 'untitled'}`;
    case 'task.completed':
      return `Task completed: ${text(d, 'title') ?? 'untitled'}`;
    case 'finding.recorded':
      return `Finding recorded: ${words(text(d, 'conclusion'), 'no conclusion')}`;
    case 'action.proposed':
      return `Proposed ${action}`;
    case 'action.approved':
      return `Approved ${action}`;
    case 'action.rejected':
      return `Rejected ${action}`;
    case 'action.executed':
      return `Executed ${action}`;
    case 'action.reversed':
      return `Reversed ${action}`;
    case 'statement.approved':
      return `Statement to ${audience} approved`;
    case 'statement.published':
      return `Statement to ${audience} published`;
    case 'statement.received':
      return `Statement received from ${text(d, 'source') ?? audience}`;
  }
}

export function toTimelineEntry(row: TimelineRow, view: TimelineView): TimelineEntryDto {
  const details = auditDetails(row);
  return {
    id: row.entry_id,
    at: new Date(row.at).toISOString(),
    kind: row.kind,
    title: titleOf(row.kind, details),
    entityType: row.entity_type,
    entityId: row.entity_id,
    actorId: row.actor_id,
    actorName: row.actor_name,
    reason: row.reason,
    details: visibleDetails(row.kind, details, view),
  };
}
