import { Alert, NativeSelect, Stack, Textarea } from '@mantine/core';
import { FINDING_STATUSES, type FindingStatus } from '@ethics/domain';
import { useState, type SubmitEvent } from 'react';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { FormActions } from '../../../components/form-actions';
import { isConflict } from '../../../lib/api-error';
import type { Allegation } from '../../../lib/api-types';
import { fieldInput, useFormErrors } from '../../../lib/form-errors';
import { FINDING_STATUS_LABELS, optionsOf } from '../../../lib/vocabulary-labels';
import { useUpdateAllegation } from '../../../api/allegations/update-allegation';

const FIELDS = ['findingStatus', 'findingRationale'] as const;

export interface AllegationFindingFormProps {
  caseId: string;
  allegation: Allegation;
  onSaved: () => void;
  onCancel: () => void;
}

/** The allegation's own finding; any conclusion but "open" needs its rationale. */
export function AllegationFindingForm({ caseId, allegation, onSaved, onCancel }: AllegationFindingFormProps) {
  const [status, setStatus] = useState<FindingStatus>(allegation.findingStatus);
  const [rationale, setRationale] = useState(allegation.findingRationale ?? '');
  const update = useUpdateAllegation(caseId);
  const conflict = isConflict(update.error);
  const errors = useFormErrors(conflict ? null : update.error, FIELDS);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate(
      {
        allegationId: allegation.id,
        body: {
          version: allegation.version,
          findingStatus: status,
          findingRationale: rationale.trim() === '' ? null : rationale.trim(),
        },
      },
      { onSuccess: onSaved },
    );
  };

  return (
    <form onSubmit={handleSubmit} aria-label="Finding of the allegation">
      <Stack gap="md">
        {conflict && (
          <Alert color="orange" variant="light" role="alert" title="This allegation was changed by someone else">
            Close this dialog to see the latest version, then record the finding again.
          </Alert>
        )}
        <FormErrorAlert title="The finding was not saved" summary={errors.summary} />
        <NativeSelect
          label="Finding"
          data={optionsOf(FINDING_STATUSES, FINDING_STATUS_LABELS)}
          {...fieldInput(errors, 'findingStatus', status, (value) => {
            setStatus(FINDING_STATUSES.find((s) => s === value) ?? status);
          })}
        />
        <Textarea
          label="Rationale"
          description="Required for any conclusion other than open"
          required={status !== 'open'}
          autosize
          minRows={3}
          {...fieldInput(errors, 'findingRationale', rationale, setRationale)}
        />
        <FormActions
          submitLabel="Save finding"
          onCancel={onCancel}
          pending={update.isPending}
          submitDisabled={conflict}
        />
      </Stack>
    </form>
  );
}
