import { Anchor, Badge, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link } from 'react-router';
import { CaseStatusBadge } from '../../../components/case-status-badge';
import { DeniedReasons } from '../../../components/denied-reasons';
import { DueBadge } from '../../../components/due-badge';
import { GuardedButton } from '../../../components/guarded-button';
import { SeverityBadge } from '../../../components/severity-badge';
import type { CaseDetail } from '../../../lib/api-types';
import { scopeOfCase, usePermissions } from '../../../lib/permissions';
import { OUTCOME_LABELS } from '../../../lib/vocabulary-labels';
import { isFinished } from './cases-table';
import { TransitionDialog } from './transition-dialog';

export function CaseHeader({ detail }: { detail: CaseDetail }) {
  const permission = usePermissions();
  const [transitionOpened, transitionDialog] = useDisclosure(false);
  const mayTransition = permission({
    action: 'transition',
    type: 'Case',
    doing: 'move cases through their lifecycle',
    scope: scopeOfCase(detail),
  });

  return (
    <Stack gap="xs">
      <Breadcrumbs separator="/" fz="sm">
        <Anchor component={Link} to="/cases" size="sm">
          Cases
        </Anchor>
        <Text size="sm" ff="monospace">
          {detail.reference}
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={6} style={{ flex: '1 1 28rem', minWidth: 0 }}>
          <Title order={2} size="h3">
            {detail.title}
          </Title>
          <Group gap="xs">
            <Text size="sm" ff="monospace" c="dimmed">
              {detail.reference}
            </Text>
            <SeverityBadge severity={detail.severity} />
            <CaseStatusBadge status={detail.status} />
            {detail.outcome !== null && (
              <Badge color="teal" variant="outline" radius="sm">
                {OUTCOME_LABELS[detail.outcome]}
              </Badge>
            )}
            {detail.restricted && (
              <Badge
                variant="outline"
                color="grape"
                radius="sm"
                title="Visible only to members of the case, auditors and executives"
              >
                Restricted
              </Badge>
            )}
            <DueBadge dueAt={detail.dueAt} finished={isFinished(detail.status)} finishedAt={detail.closedAt} />
          </Group>
        </Stack>
        <Stack gap={4} align="flex-end">
          <GuardedButton permission={mayTransition} onClick={transitionDialog.open}>
            Change status
          </GuardedButton>
          <DeniedReasons permissions={[mayTransition]} />
        </Stack>
      </Group>
      <TransitionDialog detail={detail} opened={transitionOpened} onClose={transitionDialog.close} />
    </Stack>
  );
}
