import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { HashText } from '../../../components/hash-text';
import { formatDateTime } from '../../../lib/dates';
import { saveBlob } from '../../../lib/save-file';
import {
  useSignedCheckpoint,
  type AuditCheckpoint,
  type AuditPublicKey,
} from '../../../api/audit/get-audit-checkpoint';

/** The file an auditor keeps: the signed head and the key to check the signature with. */
export function checkpointFile(checkpoint: AuditCheckpoint, key: AuditPublicKey): Blob {
  const document = { checkpoint, publicKey: key };
  return new Blob([`${JSON.stringify(document, null, 2)}\n`], { type: 'application/json' });
}

/** The chain's head as the server signs it now, to keep and compare against later. */
export function LatestCheckpoint() {
  const query = useSignedCheckpoint();

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="checkpoint-heading">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h5" id="checkpoint-heading">
              Latest signed checkpoint
            </Title>
            <Text size="sm" c="dimmed" maw={620}>
              The server signs the chain&apos;s last event with its key. Keep the file: if history before it were ever
              rewritten, the event, its hash or the signature would no longer match.
            </Text>
          </div>
          {query.data && (
            <Group gap="xs">
              <Button variant="default" size="xs" onClick={() => void query.refetch()} loading={query.isFetching}>
                Refresh
              </Button>
              <Button
                size="xs"
                onClick={() => {
                  const { checkpoint, key } = query.data;
                  saveBlob(checkpointFile(checkpoint, key), `audit-checkpoint-${String(checkpoint.seq)}.json`);
                }}
              >
                Save checkpoint
              </Button>
            </Group>
          )}
        </Group>
        {query.isPending ? (
          <LoadingState label="Loading the checkpoint…" />
        ) : query.isError ? (
          <ErrorState
            title="The checkpoint could not be loaded"
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs" component="dl" m={0}>
            <div>
              <Text component="dt" size="xs" c="dimmed" fw={600}>
                Up to event
              </Text>
              <Text component="dd" m={0} fw={700}>
                {query.data.checkpoint.seq}
              </Text>
            </div>
            <div>
              <Text component="dt" size="xs" c="dimmed" fw={600}>
                Signed
              </Text>
              <Text component="dd" m={0} size="sm">
                {formatDateTime(query.data.checkpoint.at)} ({query.data.checkpoint.algorithm})
              </Text>
            </div>
            <div style={{ minWidth: 0 }}>
              <Text component="dt" size="xs" c="dimmed" fw={600}>
                Hash of that event
              </Text>
              <dd style={{ margin: 0 }}>
                <HashText value={query.data.checkpoint.hash} label="Checkpoint hash" />
              </dd>
            </div>
            <div style={{ minWidth: 0 }}>
              <Text component="dt" size="xs" c="dimmed" fw={600}>
                Key id (SHA-256 of the public key)
              </Text>
              <dd style={{ margin: 0 }}>
                <HashText value={query.data.checkpoint.keyId} label="Key id" />
              </dd>
            </div>
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}
