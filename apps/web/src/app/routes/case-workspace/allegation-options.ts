import type { Allegation } from '../../../lib/api-types';

/** "Allegation 2: Reports say a unit…", numbered as the Allegations tab numbers them. */
export function allegationOptions(allegations: readonly Allegation[] | undefined) {
  return (allegations ?? []).map((a, index) => {
    const text = a.description.length > 60 ? `${a.description.slice(0, 57)}…` : a.description;
    const short = `Allegation ${String(index + 1)}`;
    return { value: a.id, label: `${short}: ${text}`, short };
  });
}
