import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type ReactNode, type SubmitEvent } from 'react';
import { useFormErrors } from '../lib/form-errors';
import { FormErrorAlert } from './form-error-alert';
import { FormActions } from './form-actions';

export interface ReasonDialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** What will happen, in a sentence. */
  description?: ReactNode;
  confirmLabel: string;
  confirmColor?: string;
  reasonLabel?: string;
  pending: boolean;
  /** The error of the last attempt; its field errors for `reason` show under the reason. */
  error: unknown;
  /** Called with the trimmed reason, only once one was given and `validate` passed. */
  onConfirm: (reason: string) => void;
  /** More inputs the command needs (an execution reference, an outcome), drawn above the reason. */
  children?: ReactNode;
  /** Fields the extra inputs show errors for, so they are not repeated in the general alert. */
  extraFields?: readonly string[];
  /** Checks the extra inputs; return false to keep the dialog open (they show their own message). */
  validate?: () => boolean;
}

/**
 * Every lifecycle command (transitions, approvals, rejections, reversals, publishing) needs a
 * reason that is kept in the audit trail. The dialog does not submit without one.
 */
export function ReasonDialog({ opened, onClose, title, ...props }: ReasonDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      {/* Mounted only while open, so every opening starts empty. */}
      {opened && <ReasonForm onClose={onClose} {...props} />}
    </Modal>
  );
}

function ReasonForm({
  onClose,
  description,
  confirmLabel,
  confirmColor,
  reasonLabel = 'Reason',
  pending,
  error,
  onConfirm,
  children,
  extraFields = [],
  validate,
}: Omit<ReasonDialogProps, 'opened' | 'title'>) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const errors = useFormErrors(error, ['reason', ...extraFields]);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = reason.trim();
    const extrasValid = validate?.() ?? true;
    if (trimmed === '') {
      setMissing(true);
      return;
    }
    if (!extrasValid) return;
    onConfirm(trimmed);
  };

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={confirmLabel}>
      <Stack gap="md">
        {description !== undefined && (
          <Text size="sm" c="dimmed" component="div">
            {description}
          </Text>
        )}
        <FormErrorAlert title="That did not work" summary={errors.summary} />
        {children}
        <Textarea
          label={reasonLabel}
          description="Kept in the audit trail with your name."
          required
          autosize
          minRows={3}
          maxRows={8}
          data-autofocus
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            if (event.currentTarget.value.trim() !== '') setMissing(false);
            errors.touch('reason');
          }}
          error={missing ? 'Give a reason.' : errors.fieldError('reason')}
        />
        <FormActions submitLabel={confirmLabel} onCancel={onClose} pending={pending} submitColor={confirmColor} />
      </Stack>
    </form>
  );
}
