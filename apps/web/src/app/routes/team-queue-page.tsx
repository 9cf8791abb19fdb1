import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { OPEN_CASE_STATUSES } from '@ethics/domain';
import { CaseList } from '../../features/cases/components/case-list';

const PRESET = { statuses: OPEN_CASE_STATUSES, openOnly: true };

/** Every open case the lead may see, newest first, with its SLA state. */
export function TeamQueuePage() {
  useDocumentTitle('Team queue · Ethics case tracker');
  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Title order={2}>Team queue</Title>
        <Text c="dimmed" size="sm">
          Open cases across the team. Overdue ones are marked in red.
        </Text>
      </Stack>
      <CaseList
        preset={PRESET}
        filterLabel="Filter the team queue"
        emptyTitle="No open case"
        emptyDescription="Every case is closed or dismissed."
      />
    </Stack>
  );
}
