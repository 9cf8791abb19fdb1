import { Alert, Anchor, Code, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/query-states';
import { GuardedButton } from '../../../components/guarded-button';
import { useCurrentUser } from '../../../lib/current-user';
import { permissionTo } from '../../../lib/permissions';
import { useAuditVerification } from '../../../api/audit/get-audit-verification';
import { ChainVerificationResult } from './chain-verification-result';
import { LatestCheckpoint } from './latest-checkpoint';

/** The auditor checks, on demand, that the audit chain is whole. */
export function ChainVerificationPage() {
  useDocumentTitle('Verify the audit chain · Ethics case tracker');
  const current = useCurrentUser();
  const verification = useAuditVerification();
  const permission = permissionTo(current, { action: 'verify', type: 'AuditEvent', doing: 'verify the audit chain' });
  const running = verification.isFetching;

  return (
    <Stack gap="md" maw={960}>
      <div>
        <Title order={2}>Verify the audit chain</Title>
        <Text size="sm" c="dimmed">
          Each audit event carries the SHA-256 of its content and of the event before it. Verifying recomputes every
          hash, from the first event to the last.
        </Text>
      </div>
      <Group gap="sm">
        <GuardedButton permission={permission} size="md" loading={running} onClick={() => void verification.refetch()}>
          {verification.data ? 'Verify again' : 'Verify the chain'}
        </GuardedButton>
        <Anchor component={Link} to="/audit/events" size="sm">
          Back to the audit log
        </Anchor>
      </Group>
      <div role="status" aria-live="polite" aria-busy={running}>
        {running ? (
          <Text size="sm" c="dimmed">
            Verifying every event… A long log takes a while.
          </Text>
        ) : verification.isError ? (
          <ErrorState
            title="The chain could not be verified"
            error={verification.error}
            onRetry={() => void verification.refetch()}
          />
        ) : verification.data ? (
          <ChainVerificationResult result={verification.data} />
        ) : null}
      </div>
      {permission.allowed && <LatestCheckpoint />}
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="offline-heading">
        <Stack gap="xs">
          <Title order={3} size="h5" id="offline-heading">
            Verify without trusting the server
          </Title>
          <List size="sm" spacing={4} type="ordered">
            <List.Item>
              Export the audit trail as NDJSON from the{' '}
              <Anchor component={Link} to="/audit/events" inherit>
                audit log
              </Anchor>
              .
            </List.Item>
            <List.Item>
              Run the verifier shipped with the project: <Code>npm run audit:verify -- audit-events.ndjson</Code>
            </List.Item>
            <List.Item>
              It gives the same answer as this page for the exported range and names the first bad event.
            </List.Item>
          </List>
          {!permission.allowed && (
            <Alert variant="light" color="gray">
              {permission.reason}
            </Alert>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
