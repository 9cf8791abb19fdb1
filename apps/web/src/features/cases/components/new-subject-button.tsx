import { Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { GuardedButton } from '../../../components/guarded-button';
import type { Subject } from '../../../lib/api-types';
import { firstDenied, usePermissions, type Permission } from '../../../lib/permissions';
import { SubjectForm } from './subject-form';

export interface NewSubjectButtonProps {
  onCreated?: (subject: Subject) => void;
  /** What the place the subject is created from also requires, beyond creating subjects. */
  alsoNeeds?: Permission;
  /** Inputs that place adds to the form. */
  children?: ReactNode;
}

export function NewSubjectButton({ onCreated, alsoNeeds, children }: NewSubjectButtonProps) {
  const [opened, dialog] = useDisclosure(false);
  const permission = usePermissions();
  const mayCreate = firstDenied(
    permission({ action: 'create', type: 'Subject', doing: 'create subjects' }),
    ...(alsoNeeds ? [alsoNeeds] : []),
  );
  return (
    <>
      <GuardedButton permission={mayCreate} variant="default" onClick={dialog.open}>
        New subject
      </GuardedButton>
      <Modal opened={opened} onClose={dialog.close} title="New subject" size="lg">
        <SubjectForm
          onCancel={dialog.close}
          onCreated={(subject) => {
            notifications.show({
              color: 'green',
              title: 'Subject created',
              message: `${subject.name} can now be named in allegations and actions.`,
            });
            dialog.close();
            onCreated?.(subject);
          }}
        >
          {children}
        </SubjectForm>
      </Modal>
    </>
  );
}
