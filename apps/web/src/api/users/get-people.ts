import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Schemas } from '../../lib/api-types';
import { getUsers } from './get-users';
import { userKeys } from './keys';

type User = Schemas['UserDto'];

/** Enough pages for any real team; past that the log shows ids for the rest. */
const MAX_PAGES = 10;

/**
 * Everyone who may appear as an actor, deactivated people included, so that the log can show
 * names instead of ids. Auditors may read the user directory.
 */
export async function getPeople(signal?: AbortSignal): Promise<User[]> {
  const people: User[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await getUsers({ limit: 200, cursor }, signal);
    people.push(...result.items);
    if (result.nextCursor === null) break;
    cursor = result.nextCursor;
  }
  return people;
}

export function peopleQueryOptions() {
  return queryOptions({
    queryKey: userKeys.everyone(),
    queryFn: ({ signal }) => getPeople(signal),
    staleTime: 10 * 60_000,
  });
}

export function usePeople(enabled = true) {
  return useQuery({ ...peopleQueryOptions(), enabled });
}

const NO_NAMES: ReadonlyMap<string, string> = new Map();

function namesById(people: User[]): ReadonlyMap<string, string> {
  return new Map(people.map((person) => [person.id, person.name]));
}

/** Each person's name by id, to show names where records hold ids (none until loaded). */
export function usePeopleNames(enabled = true): ReadonlyMap<string, string> {
  return useQuery({ ...peopleQueryOptions(), enabled, select: namesById }).data ?? NO_NAMES;
}
