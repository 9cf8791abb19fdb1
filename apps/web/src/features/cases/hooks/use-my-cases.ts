import { useCases } from '../../../api/cases/get-cases';

/** The cases the signed-in person is a member of: open ones, or all of them. */
export function useMyCases({ includeFinished }: { includeFinished: boolean }) {
  return useCases({ q: '', status: null, severity: null, mine: true, openOnly: !includeFinished });
}
