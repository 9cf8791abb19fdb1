import { NativeSelect, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  CASE_OUTCOMES,
  CASE_TRANSITIONS,
  isReopening,
  requiresOutcome,
  type CaseOutcome,
  type CaseStatus,
} from '@ethics/domain';
import { useState } from 'react';
import { ReasonDialog } from '../../../components/reason-dialog';
import type { CaseDetail } from '../../../lib/api-types';
import { fieldInput, useFormErrors } from '../../../lib/form-errors';
import { CASE_STATUS_LABELS, OUTCOME_LABELS, optionsOf, promptedOptions } from '../../../lib/vocabulary-labels';
import { useTransitionCase } from '../../../api/cases/transition-case';

/** What a move is called where people choose it. */
export function transitionLabel(from: CaseStatus, to: CaseStatus): string {
  if (isReopening(from, to)) return 'Reopen the investigation';
  if (to === 'closed') return 'Close the case';
  if (to === 'dismissed') return 'Dismiss the case';
  if (to === 'investigating' && (from === 'findings' || from === 'actioning')) return 'Back to investigating';
  return `Move to ${CASE_STATUS_LABELS[to].toLowerCase()}`;
}

/** The moves the lifecycle table allows from a status, in its order. */
export function transitionOptions(from: CaseStatus) {
  return CASE_TRANSITIONS[from].map((to) => ({ value: to, label: transitionLabel(from, to) }));
}

export interface TransitionDialogProps {
  detail: CaseDetail;
  opened: boolean;
  onClose: () => void;
}

export function TransitionDialog({ detail, opened, onClose }: TransitionDialogProps) {
  const options = transitionOptions(detail.status);
  const [to, setTo] = useState<CaseStatus | ''>('');
  const [outcome, setOutcome] = useState<CaseOutcome | ''>('');
  const [outcomeSummary, setOutcomeSummary] = useState('');
  const [checked, setChecked] = useState(false);
  const transition = useTransitionCase(detail.id);
  const errors = useFormErrors(transition.error, ['to', 'outcome', 'outcomeSummary']);
  const closing = to !== '' && requiresOutcome(to);

  const close = () => {
    setTo('');
    setOutcome('');
    setOutcomeSummary('');
    setChecked(false);
    transition.reset();
    onClose();
  };

  const missing = (value: string, message: string) => (checked && value.trim() === '' ? message : undefined);

  return (
    <ReasonDialog
      opened={opened}
      onClose={close}
      title={`Change the status of ${detail.reference}`}
      description={`Now: ${CASE_STATUS_LABELS[detail.status]}. Only the moves the case lifecycle allows are offered.`}
      confirmLabel={closing ? 'Close case' : 'Change status'}
      pending={transition.isPending}
      error={transition.error}
      extraFields={['to', 'outcome', 'outcomeSummary']}
      validate={() => {
        setChecked(true);
        return to !== '' && (!closing || (outcome !== '' && outcomeSummary.trim() !== ''));
      }}
      onConfirm={(reason) => {
        if (to === '') return;
        transition.mutate(
          {
            to,
            reason,
            version: detail.version,
            ...(closing && outcome !== '' ? { outcome, outcomeSummary: outcomeSummary.trim() } : {}),
          },
          {
            onSuccess: () => {
              notifications.show({
                color: 'green',
                title: `${detail.reference} is now ${CASE_STATUS_LABELS[to].toLowerCase()}`,
                message: 'The change and your reason are in the audit trail.',
              });
              close();
            },
          },
        );
      }}
    >
      <Stack gap="md">
        <NativeSelect
          label="New status"
          required
          data={promptedOptions('Choose a move', options)}
          {...fieldInput(errors, 'to', to, (value) => {
            setTo(CASE_TRANSITIONS[detail.status].find((s) => s === value) ?? '');
          })}
          error={missing(to, 'Choose the new status.') ?? errors.fieldError('to')}
        />
        {closing && (
          <>
            <NativeSelect
              label="Outcome"
              required
              data={promptedOptions('Choose an outcome', optionsOf(CASE_OUTCOMES, OUTCOME_LABELS))}
              {...fieldInput(errors, 'outcome', outcome, (value) => {
                setOutcome(CASE_OUTCOMES.find((o) => o === value) ?? '');
              })}
              error={missing(outcome, 'Choose the outcome.') ?? errors.fieldError('outcome')}
            />
            <Textarea
              label="Outcome summary"
              description="What was found and what was done, as it will be reported."
              required
              autosize
              minRows={3}
              {...fieldInput(errors, 'outcomeSummary', outcomeSummary, setOutcomeSummary)}
              error={missing(outcomeSummary, 'Summarise the outcome.') ?? errors.fieldError('outcomeSummary')}
            />
          </>
        )}
      </Stack>
    </ReasonDialog>
  );
}
