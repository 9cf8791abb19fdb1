import { Alert, CloseButton, Group, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { CaseList } from '../../features/cases/components/case-list';
import { CreateCaseButton } from '../../features/cases/components/create-case-button';
import type { CaseSummary } from '../../lib/api-types';

export function CasesPage() {
  useDocumentTitle('Cases · Ethics case tracker');
  const [created, setCreated] = useState<CaseSummary | null>(null);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>Cases</Title>
        <CreateCaseButton onCreated={setCreated} />
      </Group>
      {created && (
        <Alert color="green" variant="light" role="status">
          <Group justify="space-between" wrap="nowrap">
            <span>
              Case {created.reference} “{created.title}” was opened.
            </span>
            <CloseButton
              aria-label="Dismiss"
              onClick={() => {
                setCreated(null);
              }}
            />
          </Group>
        </Alert>
      )}
      <CaseList />
    </Stack>
  );
}
