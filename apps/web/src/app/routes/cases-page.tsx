import { Group, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { CaseList } from '../../features/cases/components/case-list';
import { CreateCaseButton } from '../../features/cases/components/create-case-button';

export function CasesPage() {
  useDocumentTitle('Cases · Ethics case tracker');
  const navigate = useNavigate();

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>Cases</Title>
        <CreateCaseButton
          onCreated={(created) => {
            notifications.show({
              color: 'green',
              title: `Case ${created.reference} opened`,
              message: created.title,
            });
            void navigate(`/cases/${created.id}`);
          }}
        />
      </Group>
      <CaseList />
    </Stack>
  );
}
