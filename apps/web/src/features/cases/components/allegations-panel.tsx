import { Anchor, Badge, Card, EmptyState, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import { DateText } from '../../../components/date-text';
import { PanelHeader } from '../../../components/panel-header';
import { GuardedButton } from '../../../components/guarded-button';
import { clauseLabel } from '../../../components/policy-clause-picker';
import { ErrorState, LoadingState } from '../../../components/query-states';
import type { Allegation, CaseDetail } from '../../../lib/api-types';
import { useCaseWork } from '../../../lib/case-work';
import { scopeOfCase, type Permission } from '../../../lib/permissions';
import { usePolicyClauses } from '../../../api/policies/get-policies';
import { FINDING_STATUS_LABELS, SOURCE_TYPE_LABELS } from '../../../lib/vocabulary-labels';
import { useAllegations } from '../../../api/allegations/get-allegations';
import { useSubjectLookup } from '../../../api/subjects/get-subject';
import { AllegationFindingForm } from './allegation-finding-form';
import { AllegationForm } from './allegation-form';

const FINDING_COLORS: Record<Allegation['findingStatus'], string> = {
  open: 'gray',
  substantiated: 'red',
  unsubstantiated: 'green',
  inconclusive: 'yellow',
};

function isUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

interface AllegationCardProps {
  allegation: Allegation;
  index: number;
  clauseNames: ReadonlyMap<string, string>;
  subjectNames: ReadonlyMap<string, string>;
  mayRecordFinding: Permission;
  onRecordFinding: () => void;
}

function AllegationCard({
  allegation,
  index,
  clauseNames,
  subjectNames,
  mayRecordFinding,
  onRecordFinding,
}: AllegationCardProps) {
  const a = allegation;
  return (
    <Card withBorder radius="md" p="md" component="article" aria-labelledby={`allegation-${a.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group gap="xs">
            <Title order={4} size="h6" id={`allegation-${a.id}`}>
              Allegation {index + 1}
            </Title>
            <Badge variant="light" color="blue" radius="sm">
              {SOURCE_TYPE_LABELS[a.sourceType]}
            </Badge>
            <Badge
              variant={a.findingStatus === 'open' ? 'outline' : 'filled'}
              color={FINDING_COLORS[a.findingStatus]}
              radius="sm"
            >
              Finding: {FINDING_STATUS_LABELS[a.findingStatus]}
            </Badge>
          </Group>
          <GuardedButton permission={mayRecordFinding} size="xs" variant="default" onClick={onRecordFinding}>
            Update finding
          </GuardedButton>
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{a.description}</Text>
        {a.findingRationale !== null && (
          <Text size="sm" c="dimmed">
            <strong>Rationale:</strong> {a.findingRationale}
          </Text>
        )}
        <Group gap="lg" wrap="wrap">
          <Text size="sm" c="dimmed">
            Received <DateText iso={a.receivedAt} />
          </Text>
          {a.sourceReference !== null && (
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              Reference:{' '}
              {isUrl(a.sourceReference) ? (
                <Anchor href={a.sourceReference} target="_blank" rel="noreferrer noopener" size="sm">
                  {a.sourceReference}
                </Anchor>
              ) : (
                a.sourceReference
              )}
            </Text>
          )}
          {(a.reporterName !== null || a.reporterContact !== null) && (
            <Text size="sm" c="dimmed">
              Reporter: {[a.reporterName, a.reporterContact].filter((v) => v !== null).join(', ')}
            </Text>
          )}
        </Group>
        {a.policyClauseIds.length > 0 && (
          <Group gap={4} aria-label="Policy clauses concerned">
            {a.policyClauseIds.map((id) => (
              <Badge key={id} variant="default" radius="sm" tt="none" fw={500}>
                {clauseNames.get(id) ?? 'Clause'}
              </Badge>
            ))}
          </Group>
        )}
        {a.subjectIds.length > 0 && (
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              Subjects:
            </Text>
            {a.subjectIds.map((id) => (
              <Anchor key={id} component={Link} to={`/subjects/${id}`} size="sm">
                {subjectNames.get(id) ?? 'Subject'}
              </Anchor>
            ))}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

export function AllegationsPanel({ detail }: { detail: CaseDetail }) {
  const allegations = useAllegations(detail.id);
  const clauses = usePolicyClauses();
  const subjectIds = [...new Set((allegations.data ?? []).flatMap((a) => a.subjectIds))];
  const subjects = useSubjectLookup(subjectIds);
  const subjectNames = new Map([...subjects].map(([id, s]) => [id, s.name]));
  const [adding, add] = useDisclosure(false);
  const [recording, setRecording] = useState<Allegation | null>(null);
  const caseWork = useCaseWork(detail.status);
  const scope = scopeOfCase(detail);
  const mayAdd = caseWork('add_allegation', { action: 'create', type: 'Allegation', scope }).permission;
  const mayRecordFinding = caseWork('change_allegation', {
    action: 'update',
    type: 'Allegation',
    doing: 'record findings',
    scope,
  }).permission;
  const clauseNames = new Map((clauses.data ?? []).map((c) => [c.id, clauseLabel(c)]));

  return (
    <Stack gap="md">
      <PanelHeader title="Allegations">
        <GuardedButton permission={mayAdd} onClick={add.open}>
          Add allegation
        </GuardedButton>
      </PanelHeader>
      {allegations.isPending ? (
        <LoadingState label="Loading allegations…" />
      ) : allegations.isError ? (
        <ErrorState
          title="The allegations could not be loaded"
          error={allegations.error}
          onRetry={() => void allegations.refetch()}
        />
      ) : allegations.data.length === 0 ? (
        <EmptyState title="No allegation yet" description="Record what is alleged, and by which source." py="xl" />
      ) : (
        allegations.data.map((a, index) => (
          <AllegationCard
            key={a.id}
            allegation={a}
            index={index}
            clauseNames={clauseNames}
            subjectNames={subjectNames}
            mayRecordFinding={mayRecordFinding}
            onRecordFinding={() => {
              setRecording(a);
            }}
          />
        ))
      )}
      <Modal opened={adding} onClose={add.close} title="New allegation" size="xl">
        <AllegationForm
          caseId={detail.id}
          onCancel={add.close}
          onCreated={() => {
            notifications.show({
              color: 'green',
              title: 'Allegation added',
              message: `It is now part of ${detail.reference}.`,
            });
            add.close();
          }}
        />
      </Modal>
      <Modal
        opened={recording !== null}
        onClose={() => {
          setRecording(null);
        }}
        title="Update the finding of this allegation"
        size="lg"
      >
        {recording !== null && (
          <AllegationFindingForm
            caseId={detail.id}
            allegation={recording}
            onCancel={() => {
              setRecording(null);
            }}
            onSaved={() => {
              notifications.show({
                color: 'green',
                title: 'Finding saved',
                message: 'The allegation shows its new finding.',
              });
              setRecording(null);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
