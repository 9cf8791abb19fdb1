import { Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { GuardedButton } from '../../../components/guarded-button';
import type { Subject } from '../../../lib/api-types';
import { usePermissions } from '../../../lib/permissions';
import { SubjectForm } from './subject-form';

export function NewSubjectButton({ onCreated }: { onCreated?: (subject: Subject) => void }) {
  const [opened, dialog] = useDisclosure(false);
  const permission = usePermissions();
  const mayCreate = permission({ action: 'create', type: 'Subject', doing: 'create subjects' });
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
        />
      </Modal>
    </>
  );
}
