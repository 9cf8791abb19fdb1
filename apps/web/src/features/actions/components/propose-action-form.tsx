import {
  Checkbox,
  Group,
  MultiSelect,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { ACTION_TYPES, type ActionType } from '@ethics/domain';
import { useState, type SubmitEvent } from 'react';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { FormActions } from '../../../components/form-actions';
import { PolicyClausePicker } from '../../../components/policy-clause-picker';
import { SubjectPicker } from '../../../components/subject-picker';
import type { Subject } from '../../../lib/api-types';
import { fromDateTimeInput } from '../../../lib/dates';
import { fieldChoice, fieldInput, useFormErrors } from '../../../lib/form-errors';
import { useServiceCatalogue } from '../../../api/settings/get-service-catalogue';
import { ACTION_TYPE_LABELS, optionsOf, promptedOptions, type Option } from '../../../lib/vocabulary-labels';
import { useProposeAction } from '../../../api/actions/propose-action';
import { policyClausesQueryOptions } from '../../../api/policies/get-policies';
import { subjectSearchQueryOptions } from '../../../api/subjects/get-subjects';

const FIELDS = [
  'subjectId',
  'type',
  'services',
  'scope',
  'rationale',
  'effectiveFrom',
  'effectiveUntil',
  'findingIds',
  'policyClauseIds',
] as const;

export interface ProposeActionFormProps {
  caseId: string;
  /** Findings of the case the action may rest on. */
  findings: readonly Option[];
  onProposed: () => void;
  onCancel: () => void;
}

export function ProposeActionForm({ caseId, findings, onProposed, onCancel }: ProposeActionFormProps) {
  const [subject, setSubject] = useState<Subject | null>(null);
  const [type, setType] = useState<ActionType | ''>('');
  const [services, setServices] = useState<string[]>([]);
  const [scope, setScope] = useState('');
  const [rationale, setRationale] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [effectiveUntil, setEffectiveUntil] = useState('');
  const [findingIds, setFindingIds] = useState<string[]>([]);
  const [policyClauseIds, setPolicyClauseIds] = useState<string[]>([]);
  const [checked, setChecked] = useState(false);
  const catalogue = useServiceCatalogue();
  const propose = useProposeAction(caseId);
  const errors = useFormErrors(propose.error, FIELDS);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (subject === null || type === '' || services.length === 0) return;
    const from = fromDateTimeInput(effectiveFrom);
    const until = fromDateTimeInput(effectiveUntil);
    propose.mutate(
      {
        subjectId: subject.id,
        type,
        services,
        scope: scope.trim(),
        rationale: rationale.trim(),
        ...(from !== undefined ? { effectiveFrom: from } : {}),
        ...(until !== undefined ? { effectiveUntil: until } : {}),
        ...(findingIds.length > 0 ? { findingIds } : {}),
        ...(policyClauseIds.length > 0 ? { policyClauseIds } : {}),
      },
      { onSuccess: onProposed },
    );
  };

  return (
    <form onSubmit={handleSubmit} aria-label="Propose action" noValidate>
      <Stack gap="md">
        <FormErrorAlert title="The action was not proposed" summary={errors.summary} />
        <Text size="sm" c="dimmed">
          A proposal takes effect only once a lead other than you approves it (four eyes).
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <SubjectPicker
            search={subjectSearchQueryOptions}
            label="Subject"
            description="The customer, unit or account it acts on"
            required
            {...fieldChoice(errors, 'subjectId', subject, setSubject)}
            error={checked && subject === null ? 'Choose the subject.' : errors.fieldError('subjectId')}
          />
          <NativeSelect
            label="Type"
            description="What is done to the customer's services"
            required
            data={promptedOptions('Choose a type', optionsOf(ACTION_TYPES, ACTION_TYPE_LABELS))}
            {...fieldInput(errors, 'type', type, (value) => {
              setType(ACTION_TYPES.find((t) => t === value) ?? '');
            })}
            error={checked && type === '' ? 'Choose the type.' : errors.fieldError('type')}
          />
        </SimpleGrid>
        <Checkbox.Group
          label="Services concerned"
          withAsterisk
          {...fieldChoice(errors, 'services', services, setServices)}
          error={checked && services.length === 0 ? 'Choose at least one service.' : errors.fieldError('services')}
        >
          <Group gap="md" mt={6}>
            {catalogue.isPending && <Text size="sm">Loading the service catalogue…</Text>}
            {catalogue.isError && (
              <Text size="sm" c="red">
                The service catalogue could not be loaded.
              </Text>
            )}
            {(catalogue.data ?? []).map((s) => (
              <Checkbox key={s.key} value={s.key} label={s.label} />
            ))}
          </Group>
        </Checkbox.Group>
        <TextInput
          label="Scope"
          description="Which accounts, subscriptions or regions it covers"
          required
          {...fieldInput(errors, 'scope', scope, setScope)}
        />
        <Textarea
          label="Rationale"
          required
          autosize
          minRows={3}
          {...fieldInput(errors, 'rationale', rationale, setRationale)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Effective from"
            type="datetime-local"
            {...fieldInput(errors, 'effectiveFrom', effectiveFrom, setEffectiveFrom)}
          />
          <TextInput
            label="Effective until"
            type="datetime-local"
            {...fieldInput(errors, 'effectiveUntil', effectiveUntil, setEffectiveUntil)}
          />
        </SimpleGrid>
        <MultiSelect
          label="Findings it rests on"
          placeholder={findings.length === 0 ? 'No finding recorded yet' : 'Choose findings'}
          data={[...findings]}
          {...fieldChoice(errors, 'findingIds', findingIds, setFindingIds)}
        />
        <PolicyClausePicker
          clausesQuery={policyClausesQueryOptions()}
          label="Policy clauses it rests on"
          {...fieldChoice(errors, 'policyClauseIds', policyClauseIds, setPolicyClauseIds)}
        />
        <FormActions submitLabel="Propose action" onCancel={onCancel} pending={propose.isPending} />
      </Stack>
    </form>
  );
}
