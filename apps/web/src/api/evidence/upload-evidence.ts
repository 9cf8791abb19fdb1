import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { API_BASE } from '../../lib/api-client';
import type { paths, Schemas } from '../../lib/api-types';
import { caseScope } from '../case-scope';
import { uploadForm, type UploadProgress } from '../../lib/upload';

type UploadResponse = paths['/api/v1/cases/{id}/evidence']['post']['responses'][201]['content']['application/json'];

/** The metadata fields of an upload; the file travels as the `file` part. */
export type UploadEvidenceFields = Omit<Schemas['UploadEvidenceFormDto'], 'file'>;

export function uploadEvidence(
  caseId: string,
  file: File,
  fields: UploadEvidenceFields,
  onProgress?: (progress: UploadProgress) => void,
) {
  const form = new FormData();
  // Metadata before the file, so the API has it when the bytes start streaming.
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) form.append(key, String(item));
    else form.append(key, String(value));
  }
  form.append('file', file, file.name);
  return uploadForm<UploadResponse>(`${API_BASE}/cases/${encodeURIComponent(caseId)}/evidence`, form, { onProgress });
}

/** The upload, with how much of it has been sent (0–100, or null before the first report). */
export function useUploadEvidence(caseId: string) {
  const queryClient = useQueryClient();
  const [percent, setPercent] = useState<number | null>(null);
  const mutation = useMutation({
    mutationFn: ({ file, fields }: { file: File; fields: UploadEvidenceFields }) =>
      uploadEvidence(caseId, file, fields, ({ loaded, total }) => {
        setPercent(total === null || total === 0 ? null : Math.min(100, Math.round((loaded / total) * 100)));
      }),
    onMutate: () => {
      setPercent(0);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseScope(caseId) }),
  });
  return { ...mutation, percent };
}
