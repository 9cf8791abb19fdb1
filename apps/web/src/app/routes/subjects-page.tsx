import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useNavigate } from 'react-router';
import { NewSubjectButton } from '../../features/cases/components/new-subject-button';
import { SubjectList } from '../../features/cases/components/subject-list';

export function SubjectsPage() {
  useDocumentTitle('Subjects · Ethics case tracker');
  const navigate = useNavigate();
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={2}>Subjects</Title>
          <Text c="dimmed" size="sm">
            Customers, their units and accounts, and people: each with its history across cases.
          </Text>
        </Stack>
        <NewSubjectButton onCreated={(subject) => void navigate(`/subjects/${subject.id}`)} />
      </Group>
      <SubjectList />
    </Stack>
  );
}
