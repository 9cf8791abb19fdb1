import { isMilestoneKind } from '@ethics/domain';
import type { TimelineEntry } from '../../../lib/api-types';

export interface Milestones {
  entries: TimelineEntry[];
  /** Older milestones left out to keep the summary on one page. */
  omitted: number;
}

/** The case's milestones in date order: its opening and the most recent others, `max` in all. */
export function milestonesOf(entries: readonly TimelineEntry[], max = 12): Milestones {
  const milestones = entries
    .filter((entry) => isMilestoneKind(entry.kind))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  if (milestones.length <= max) return { entries: milestones, omitted: 0 };
  // The opening stays: the story needs its start; the latest of the rest fill the page.
  const opened = milestones.filter((entry) => entry.kind === 'case.opened').slice(0, 1);
  const rest = milestones.filter((entry) => !opened.includes(entry));
  const kept = rest.slice(rest.length - (max - opened.length));
  return { entries: [...opened, ...kept], omitted: milestones.length - opened.length - kept.length };
}

/** The lead's name as the timeline knows it (executives may not read the user directory). */
export function nameOf(entries: readonly TimelineEntry[], userId: string | null): string | null {
  if (userId === null) return null;
  return entries.find((entry) => entry.actorId === userId && entry.actorName)?.actorName ?? null;
}
