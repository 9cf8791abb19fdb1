import { Alert, Button, NativeSelect, SimpleGrid, Stack, Switch, TagsInput, TextInput, Textarea } from '@mantine/core';
import { REVIEWER_EDITABLE_CASE_FIELDS } from '@ethics/authz';
import { SEVERITIES, type Severity } from '@ethics/domain';
import { useState, type SubmitEvent } from 'react';
import { CountrySelect } from '../../../components/country-select';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { FormActions } from '../../../components/form-actions';
import { isConflict } from '../../../lib/api-error';
import type { CaseDetail } from '../../../lib/api-types';
import { fromDateInput, toDateInput } from '../../../lib/dates';
import { useFormErrors } from '../../../lib/form-errors';
import { scopeOfCase, usePermissions } from '../../../lib/permissions';
import { SEVERITY_LABELS, optionsOf } from '../../../lib/vocabulary-labels';
import { useUpdateCase, type UpdateCaseRequest } from '../../../api/cases/update-case';

/** What a reviewer member may edit, and the restriction flag, which is for leads. */
const FIELDS = [...REVIEWER_EDITABLE_CASE_FIELDS, 'restricted'] as const;
type Field = (typeof FIELDS)[number];

interface Draft {
  title: string;
  summary: string;
  severity: Severity;
  region: string;
  country: string;
  products: string[];
  tags: string[];
  dueAt: string;
  restricted: boolean;
}

function draftOf(detail: CaseDetail): Draft {
  return {
    title: detail.title,
    summary: detail.summary ?? '',
    severity: detail.severity,
    region: detail.region ?? '',
    country: detail.country ?? '',
    products: detail.products,
    tags: detail.tags,
    dueAt: toDateInput(detail.dueAt),
    restricted: detail.restricted,
  };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Only what changed, with the version that was read. */
export function changesOf(detail: CaseDetail, draft: Draft): UpdateCaseRequest {
  const original = draftOf(detail);
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    version: detail.version,
    ...(draft.title.trim() !== original.title ? { title: draft.title.trim() } : {}),
    ...(draft.summary.trim() !== original.summary ? { summary: draft.summary.trim() } : {}),
    ...(draft.severity !== original.severity ? { severity: draft.severity } : {}),
    ...(draft.region.trim() !== original.region ? { region: text(draft.region) } : {}),
    ...(draft.country !== original.country ? { country: text(draft.country) } : {}),
    ...(!sameList(draft.products, original.products) ? { products: draft.products } : {}),
    ...(!sameList(draft.tags, original.tags) ? { tags: draft.tags } : {}),
    ...(draft.dueAt !== original.dueAt ? { dueAt: fromDateInput(draft.dueAt) } : {}),
    ...(draft.restricted !== original.restricted ? { restricted: draft.restricted } : {}),
  };
}

export interface CaseEditFormProps {
  detail: CaseDetail;
  onSaved: () => void;
  onCancel: () => void;
  /** Fetch the latest version after a conflict; the form starts again from it. */
  onReload: () => void;
}

export function CaseEditForm({ detail, onSaved, onCancel, onReload }: CaseEditFormProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(detail));
  const update = useUpdateCase(detail.id);
  const conflict = isConflict(update.error);
  const errors = useFormErrors(conflict ? null : update.error, FIELDS);
  const permission = usePermissions();
  const mayRestrict = permission({
    action: 'update',
    type: 'Case',
    field: 'restricted',
    doing: 'restrict a case',
    scope: scopeOfCase(detail),
  });

  const set = <K extends keyof Draft>(field: K & Field, value: Draft[K]) => {
    setDraft((previous) => ({ ...previous, [field]: value }));
    errors.touch(field);
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const changes = changesOf(detail, draft);
    if (Object.keys(changes).length === 1) {
      onCancel();
      return;
    }
    update.mutate(changes, { onSuccess: onSaved });
  };

  return (
    <form onSubmit={handleSubmit} aria-label="Edit case">
      <Stack gap="md">
        {conflict && (
          <Alert color="orange" variant="light" role="alert" title="This case was changed by someone else">
            <Stack gap="xs" align="flex-start">
              <span>
                Someone saved a newer version while you were editing. Reload to see it, then make your change again.
              </span>
              <Button size="xs" variant="default" onClick={onReload}>
                Reload
              </Button>
            </Stack>
          </Alert>
        )}
        <FormErrorAlert title="The case was not saved" summary={errors.summary} />
        <TextInput
          label="Title"
          required
          value={draft.title}
          onChange={(event) => {
            set('title', event.currentTarget.value);
          }}
          error={errors.fieldError('title')}
        />
        <Textarea
          label="Summary"
          required
          autosize
          minRows={3}
          maxRows={10}
          value={draft.summary}
          onChange={(event) => {
            set('summary', event.currentTarget.value);
          }}
          error={errors.fieldError('summary')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label="Severity"
            data={optionsOf(SEVERITIES, SEVERITY_LABELS)}
            value={draft.severity}
            onChange={(event) => {
              set('severity', SEVERITIES.find((s) => s === event.currentTarget.value) ?? draft.severity);
            }}
            error={errors.fieldError('severity')}
          />
          <TextInput
            label="Region"
            value={draft.region}
            onChange={(event) => {
              set('region', event.currentTarget.value);
            }}
            error={errors.fieldError('region')}
          />
          <CountrySelect
            value={draft.country}
            onChange={(code) => {
              set('country', code);
            }}
            error={errors.fieldError('country')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TagsInput
            label="Products concerned"
            description="Press Enter after each"
            value={draft.products}
            onChange={(value) => {
              set('products', value);
            }}
            error={errors.fieldError('products')}
          />
          <TagsInput
            label="Tags"
            description="Press Enter after each"
            value={draft.tags}
            onChange={(value) => {
              set('tags', value);
            }}
            error={errors.fieldError('tags')}
          />
        </SimpleGrid>
        <TextInput
          label="Due date"
          type="date"
          value={draft.dueAt}
          onChange={(event) => {
            set('dueAt', event.currentTarget.value);
          }}
          error={errors.fieldError('dueAt')}
          maw={240}
        />
        <Switch
          label="Restricted: visible only to its members, auditors and executives"
          checked={draft.restricted}
          disabled={!mayRestrict.allowed}
          description={mayRestrict.allowed ? undefined : mayRestrict.reason}
          onChange={(event) => {
            set('restricted', event.currentTarget.checked);
          }}
          error={errors.fieldError('restricted')}
        />
        <FormActions
          submitLabel="Save changes"
          onCancel={onCancel}
          pending={update.isPending}
          submitDisabled={conflict}
        />
      </Stack>
    </form>
  );
}
