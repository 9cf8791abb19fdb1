import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import { listQueryOptions } from '../lists';
import { settingKeys } from './keys';

/** The services enforcement actions may name (configurable per deployment). */
export function serviceCatalogueQueryOptions() {
  return {
    ...listQueryOptions(settingKeys.serviceCatalogue(), (signal) =>
      dataOf(api.GET('/api/v1/settings/service-catalogue', { signal })),
    ),
    staleTime: 30 * 60_000,
  };
}

export function useServiceCatalogue() {
  return useQuery(serviceCatalogueQueryOptions());
}
