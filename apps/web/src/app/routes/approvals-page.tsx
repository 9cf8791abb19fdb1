import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { LoadingState } from '../../components/query-states';
import { PendingActions } from '../../features/actions/components/pending-actions';
import { useMyCases } from '../../features/cases/hooks/use-my-cases';
import { StatementsInReview } from '../../features/statements/components/statements-in-review';
import { useUrlChoice } from '../../lib/url-state';
import { itemsOfPages } from '../../api/lists';

const SECTIONS = ['actions', 'statements'] as const;

/** What waits for this lead's decision: proposed enforcement actions and statements in review. */
export function ApprovalsPage() {
  useDocumentTitle('Waiting for my approval · Ethics case tracker');
  const [section, setSection] = useUrlChoice('show', SECTIONS, 'actions');
  const myCases = useMyCases({ includeFinished: false });
  const cases = itemsOfPages(myCases.data);

  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Title order={2}>Waiting for my approval</Title>
        <Text c="dimmed" size="sm">
          Nobody decides on their own proposal: those are shown, but someone else must approve them.
        </Text>
      </Stack>
      <Tabs value={section} onChange={setSection} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="actions">Enforcement actions</Tabs.Tab>
          <Tabs.Tab value="statements">Statements</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="actions" pt="md">
          <PendingActions />
        </Tabs.Panel>
        <Tabs.Panel value="statements" pt="md">
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              Statements in review on your open cases.
            </Text>
            {myCases.isPending ? (
              <LoadingState label="Loading your cases…" />
            ) : (
              <StatementsInReview cases={cases.map((c) => ({ id: c.id, reference: c.reference }))} />
            )}
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
