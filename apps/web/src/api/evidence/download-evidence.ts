import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../lib/api-client';
import type { Evidence } from '../../lib/api-types';
import { filenameFromDisposition, saveBlob } from '../../lib/save-file';
import { evidenceKeys } from './keys';

/**
 * Fetches the bytes with the bearer token (a plain link could not send it) and hands them to the
 * browser as a file. The API logs the download in the chain of custody.
 */
export async function downloadEvidence(caseId: string, item: Pick<Evidence, 'id' | 'title' | 'originalFilename'>) {
  let filename: string | undefined;
  const blob = await dataOf(
    api
      .GET('/api/v1/cases/{id}/evidence/{eid}/content', {
        params: { path: { id: caseId, eid: item.id } },
        parseAs: 'blob',
      })
      .then((result) => {
        filename = filenameFromDisposition(result.response.headers.get('Content-Disposition'));
        return result;
      }),
  );
  saveBlob(blob, filename ?? item.originalFilename ?? item.title);
}

export function useDownloadEvidence(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (item: Pick<Evidence, 'id' | 'title' | 'originalFilename'>) => downloadEvidence(caseId, item),
    onSettled: (_data, _error, item) =>
      queryClient.invalidateQueries({ queryKey: evidenceKeys.custody(caseId, item.id) }),
  });
}
