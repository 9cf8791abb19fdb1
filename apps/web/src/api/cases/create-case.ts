import { api, dataOf } from '../../lib/api-client';
import type { Schemas } from '../../lib/api-types';
import { useRefreshingMutation } from '../refreshing-mutation';
import { caseKeys } from './keys';

export type CreateCaseRequest = Schemas['CreateCaseDto'];

export function createCase(body: CreateCaseRequest) {
  return dataOf(api.POST('/api/v1/cases', { body }));
}

export function useCreateCase() {
  return useRefreshingMutation(createCase, [caseKeys.lists()]);
}
