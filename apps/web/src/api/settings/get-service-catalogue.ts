import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import { settingKeys } from './keys';

/** The services enforcement actions may name (configurable per deployment). */
export function getServiceCatalogue(signal?: AbortSignal) {
  return dataOf(api.GET('/api/v1/settings/service-catalogue', { signal }));
}

export function serviceCatalogueQueryOptions() {
  return queryOptions({
    queryKey: settingKeys.serviceCatalogue(),
    queryFn: ({ signal }) => getServiceCatalogue(signal),
    staleTime: 30 * 60_000,
    select: (catalogue) => catalogue.items,
  });
}

export function useServiceCatalogue() {
  return useQuery(serviceCatalogueQueryOptions());
}
