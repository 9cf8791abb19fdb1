import { MultiSelect, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { FINDING_CONCLUSIONS, type FindingConclusion } from '@ethics/domain';
import { useState, type SubmitEvent } from 'react';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { FormActions } from '../../../components/form-actions';
import { PolicyClausePicker } from '../../../components/policy-clause-picker';
import { fieldChoice, fieldInput, useFormErrors } from '../../../lib/form-errors';
import { FINDING_STATUS_LABELS, optionsOf, promptedOptions, type Option } from '../../../lib/vocabulary-labels';
import { useCreateFinding } from '../../../api/review/create-finding';
import { policyClausesQueryOptions } from '../../../api/policies/get-policies';

const FIELDS = [
  'allegationId',
  'conclusion',
  'rationale',
  'evidenceIds',
  'policyClauseIds',
  'externalReviewer',
] as const;

export interface FindingFormProps {
  caseId: string;
  allegations: readonly Option[];
  evidence: readonly Option[];
  onCreated: () => void;
  onCancel: () => void;
}

/** A conclusion on one allegation, citing the evidence and policy clauses it rests on. */
export function FindingForm({ caseId, allegations, evidence, onCreated, onCancel }: FindingFormProps) {
  const [allegationId, setAllegationId] = useState(allegations.length === 1 ? (allegations[0]?.value ?? '') : '');
  const [conclusion, setConclusion] = useState<FindingConclusion | ''>('');
  const [rationale, setRationale] = useState('');
  const [evidenceIds, setEvidenceIds] = useState<string[]>([]);
  const [policyClauseIds, setPolicyClauseIds] = useState<string[]>([]);
  const [externalReviewer, setExternalReviewer] = useState('');
  const create = useCreateFinding(caseId);
  const errors = useFormErrors(create.error, FIELDS);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (allegationId === '' || conclusion === '') return;
    create.mutate(
      {
        allegationId,
        conclusion,
        rationale: rationale.trim(),
        ...(evidenceIds.length > 0 ? { evidenceIds } : {}),
        ...(policyClauseIds.length > 0 ? { policyClauseIds } : {}),
        ...(externalReviewer.trim() !== '' ? { externalReviewer: externalReviewer.trim() } : {}),
      },
      { onSuccess: onCreated },
    );
  };

  return (
    <form onSubmit={handleSubmit} aria-label="New finding">
      <Stack gap="md">
        <FormErrorAlert title="The finding was not recorded" summary={errors.summary} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label="Allegation"
            required
            data={promptedOptions('Choose an allegation', allegations)}
            {...fieldInput(errors, 'allegationId', allegationId, setAllegationId)}
          />
          <NativeSelect
            label="Conclusion"
            required
            data={promptedOptions('Choose a conclusion', optionsOf(FINDING_CONCLUSIONS, FINDING_STATUS_LABELS))}
            {...fieldInput(errors, 'conclusion', conclusion, (value) => {
              setConclusion(FINDING_CONCLUSIONS.find((c) => c === value) ?? '');
            })}
          />
        </SimpleGrid>
        <Textarea
          label="Rationale"
          required
          autosize
          minRows={3}
          {...fieldInput(errors, 'rationale', rationale, setRationale)}
        />
        <MultiSelect
          label="Evidence relied on"
          placeholder={evidence.length === 0 ? 'No evidence in this case yet' : 'Choose evidence'}
          data={[...evidence]}
          searchable
          {...fieldChoice(errors, 'evidenceIds', evidenceIds, setEvidenceIds)}
        />
        <PolicyClausePicker
          clausesQuery={policyClausesQueryOptions()}
          label="Policy clauses relied on"
          {...fieldChoice(errors, 'policyClauseIds', policyClauseIds, setPolicyClauseIds)}
        />
        <TextInput
          label="External reviewer"
          description="When this is the finding of outside counsel or another external reviewer"
          {...fieldInput(errors, 'externalReviewer', externalReviewer, setExternalReviewer)}
        />
        <FormActions submitLabel="Record finding" onCancel={onCancel} pending={create.isPending} />
      </Stack>
    </form>
  );
}
