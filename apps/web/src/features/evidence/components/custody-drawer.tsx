import { Drawer, EmptyState, Stack, Text, Timeline } from '@mantine/core';
import { DateText } from '../../../components/date-text';
import { ErrorState, LoadingState } from '../../../components/query-states';
import type { Evidence } from '../../../lib/api-types';
import { CUSTODY_EVENT_LABELS, ROLE_LABELS, labelOf } from '../../../lib/vocabulary-labels';
import { useCustody } from '../../../api/evidence/get-custody';

export interface CustodyDrawerProps {
  caseId: string;
  item: Evidence | null;
  onClose: () => void;
  nameOf: (userId: string | null) => string;
}

/** Everyone who received, viewed, downloaded, exported or verified the item, in order. */
export function CustodyDrawer({ caseId, item, onClose, nameOf }: CustodyDrawerProps) {
  const custody = useCustody(caseId, item?.id ?? null);
  return (
    <Drawer
      opened={item !== null}
      onClose={onClose}
      position="right"
      size="md"
      title={item === null ? 'Chain of custody' : `Chain of custody: ${item.title}`}
    >
      {custody.isPending ? (
        <LoadingState label="Loading the chain of custody…" />
      ) : custody.isError ? (
        <ErrorState
          title="The chain of custody could not be loaded"
          error={custody.error}
          onRetry={() => void custody.refetch()}
        />
      ) : custody.data.length === 0 ? (
        <EmptyState title="No custody entry" py="xl" />
      ) : (
        <Timeline bulletSize={12} lineWidth={2} active={custody.data.length}>
          {custody.data.map((entry) => (
            <Timeline.Item key={entry.id} title={CUSTODY_EVENT_LABELS[entry.event]}>
              <Stack gap={0}>
                <Text size="sm">
                  {nameOf(entry.actorId)}
                  {entry.actorRole !== null && ` (${labelOf(ROLE_LABELS, entry.actorRole).toLowerCase()})`}
                </Text>
                <Text size="xs" c="dimmed">
                  <DateText iso={entry.occurredAt} withTime />
                  {entry.requestId !== null && ` · request ${entry.requestId}`}
                </Text>
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Drawer>
  );
}
