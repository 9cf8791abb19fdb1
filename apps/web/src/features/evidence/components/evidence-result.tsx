import { Alert, Group, Stack, Text } from '@mantine/core';
import { HashText } from '../../../components/hash-text';
import type { Evidence } from '../../../lib/api-types';
import { formatBytes } from '../../../lib/bytes';

/** What intake recorded: the SHA-256 that any later copy can be checked against. */
export function EvidenceResult({ item, title = 'Evidence received' }: { item: Evidence; title?: string }) {
  return (
    <Alert color="green" variant="light" title={title} role="status">
      <Stack gap={6}>
        <Text size="sm">
          “{item.title}” is stored and can no longer be altered.
          {item.sizeBytes !== null && ` ${formatBytes(item.sizeBytes)}`}
          {item.mediaType !== null && `, ${item.mediaType}`}.
        </Text>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Text size="sm" fw={600} style={{ flexShrink: 0 }}>
            SHA-256
          </Text>
          <div data-testid="evidence-sha256" style={{ minWidth: 0 }}>
            <HashText value={item.sha256} />
          </div>
        </Group>
      </Stack>
    </Alert>
  );
}
