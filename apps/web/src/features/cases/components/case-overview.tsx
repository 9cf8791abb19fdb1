import { Anchor, Badge, Card, Grid, Group, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { CountryName } from '../../../components/country-name';
import { DateText } from '../../../components/date-text';
import { PanelHeader } from '../../../components/panel-header';
import { GuardedButton } from '../../../components/guarded-button';
import { ErrorState, LoadingState } from '../../../components/query-states';
import type { CaseDetail } from '../../../lib/api-types';
import { readableParts } from '../../../lib/case-parts';
import { useCurrentUser } from '../../../lib/current-user';
import { scopeOfCase, usePermissions } from '../../../lib/permissions';
import { useCaseMembers } from '../../../api/cases/get-case-members';
import { OUTCOME_LABELS, ROLE_LABELS } from '../../../lib/vocabulary-labels';
import { caseKeys } from '../../../api/cases/keys';
import { CaseEditForm } from './case-edit-form';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

function ListOrDash({ values }: { values: readonly string[] }) {
  if (values.length === 0) return <>—</>;
  return (
    <Group gap={4}>
      {values.map((v) => (
        <Badge key={v} variant="default" radius="sm" tt="none" fw={500}>
          {v}
        </Badge>
      ))}
    </Group>
  );
}

function CountTile({ label, value, tab, detail }: { label: string; value: number; tab: string; detail?: string }) {
  return (
    <Anchor component={Link} to={`?tab=${tab}`} underline="never" c="inherit" aria-label={`${label}: ${String(value)}`}>
      <Paper withBorder p="sm" radius="md">
        <Text size="xl" fw={700} lh={1.1}>
          {value}
        </Text>
        <Text size="sm" c="dimmed">
          {label}
          {detail !== undefined && ` · ${detail}`}
        </Text>
      </Paper>
    </Anchor>
  );
}

function MembersCard({ caseId, leadId }: { caseId: string; leadId: string | null }) {
  const members = useCaseMembers(caseId);
  return (
    <Card withBorder radius="md" p="md">
      <Title order={3} size="h5" mb="sm">
        Team
      </Title>
      {members.isPending ? (
        <LoadingState label="Loading the team…" />
      ) : members.isError ? (
        <ErrorState title="The team could not be loaded" error={members.error} onRetry={() => void members.refetch()} />
      ) : members.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nobody is on this case yet.
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {members.data.map((m) => (
            <Group key={m.userId} component="li" justify="space-between" wrap="nowrap" gap="xs">
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={500} truncate>
                  {m.name}
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {m.email}
                </Text>
              </div>
              <Group gap={4} wrap="nowrap">
                {(m.isLead || m.userId === leadId) && (
                  <Badge color="indigo" radius="sm" variant="filled">
                    Case lead
                  </Badge>
                )}
                <Badge color="gray" radius="sm" variant="light">
                  {ROLE_LABELS[m.role]}
                </Badge>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}

export function CaseOverview({ detail }: { detail: CaseDetail }) {
  const [editing, edit] = useDisclosure(false);
  const queryClient = useQueryClient();
  const permission = usePermissions();
  const mayEdit = permission({ action: 'update', type: 'Case', doing: 'edit this case', scope: scopeOfCase(detail) });
  const { counts } = detail;
  const parts = readableParts(useCurrentUser().ability, detail);

  return (
    <Stack gap="lg">
      <PanelHeader title="Overview" align="flex-start">
        <GuardedButton permission={mayEdit} variant="default" onClick={edit.open}>
          Edit case
        </GuardedButton>
      </PanelHeader>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            {detail.summary === null ? (
              <Text size="sm" c="dimmed">
                This case is restricted: you see its summary, the actions taken and the statements published.
              </Text>
            ) : (
              <Text style={{ whiteSpace: 'pre-wrap' }}>{detail.summary}</Text>
            )}
            {detail.outcome !== null && (
              <Paper withBorder p="md" radius="md" bg="var(--mantine-color-teal-light)">
                <Text size="sm" fw={600}>
                  Outcome: {OUTCOME_LABELS[detail.outcome]}
                </Text>
                {detail.outcomeSummary !== null && (
                  <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                    {detail.outcomeSummary}
                  </Text>
                )}
              </Paper>
            )}
            <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="md">
              {parts.details && <Field label="Region">{detail.region ?? '—'}</Field>}
              {parts.details && (
                <Field label="Country">{detail.country === null ? '—' : <CountryName code={detail.country} />}</Field>
              )}
              <Field label="Opened">
                <DateText iso={detail.openedAt} />
              </Field>
              {parts.details && (
                <Field label="Due">
                  <DateText iso={detail.dueAt} />
                </Field>
              )}
              <Field label="Closed">
                <DateText iso={detail.closedAt} />
              </Field>
              <Field label="Version">{detail.version}</Field>
            </SimpleGrid>
            {parts.details && (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <Field label="Products concerned">
                  <ListOrDash values={detail.products} />
                </Field>
                <Field label="Tags">
                  <ListOrDash values={detail.tags} />
                </Field>
              </SimpleGrid>
            )}
            {counts !== null && (
              <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" aria-label="Records of this case">
                <CountTile
                  label="Allegations"
                  value={counts.allegations}
                  tab="allegations"
                  detail={`${String(counts.openAllegations)} open`}
                />
                <CountTile label="Evidence" value={counts.evidence} tab="evidence" />
                <CountTile label="Tasks" value={counts.tasks} tab="review" />
                <CountTile label="Findings" value={counts.findings} tab="review" />
                <CountTile label="Actions" value={counts.actions} tab="actions" />
                <CountTile label="Statements" value={counts.statements} tab="statements" />
                <CountTile label="Members" value={counts.members} tab="overview" />
              </SimpleGrid>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          {parts.members && <MembersCard caseId={detail.id} leadId={detail.leadId} />}
        </Grid.Col>
      </Grid>
      <Modal opened={editing} onClose={edit.close} title={`Edit ${detail.reference}`} size="xl">
        <CaseEditForm
          key={detail.version}
          detail={detail}
          onCancel={edit.close}
          onSaved={() => {
            notifications.show({ color: 'green', title: 'Case saved', message: `${detail.reference} was updated.` });
            edit.close();
          }}
          onReload={() => void queryClient.invalidateQueries({ queryKey: caseKeys.detail(detail.id) })}
        />
      </Modal>
    </Stack>
  );
}
