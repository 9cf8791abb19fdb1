import type { Service } from '../../../lib/api-types';

/** Services by key as people know them, from the deployment's catalogue; unknown keys as they are. */
export function serviceLabeller(catalogue: readonly Service[] | undefined): (key: string) => string {
  const labels = new Map((catalogue ?? []).map((service) => [service.key, service.label]));
  return (key) => labels.get(key) ?? key;
}
