import { Anchor, Badge, Breadcrumbs, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from 'react-router';
import type { TableColumn } from '../../../components/columns-table';
import { CountryName } from '../../../components/country-name';
import { DateText } from '../../../components/date-text';
import { TableSection } from '../../../components/table-section';
import { ErrorState, LoadingState } from '../../../components/query-states';
import {
  ACTION_STATUS_LABELS,
  ACTION_TYPE_LABELS,
  CASE_STATUS_LABELS,
  SEVERITY_LABELS,
  SUBJECT_TYPE_LABELS,
  labelOf,
} from '../../../lib/vocabulary-labels';
import { useServiceCatalogue } from '../../../api/settings/get-service-catalogue';
import type { SubjectDetail as SubjectDetailDto } from '../../../lib/api-types';
import { useSubject } from '../../../api/subjects/get-subject';

type SubjectCase = SubjectDetailDto['cases'][number];
type SubjectAction = SubjectDetailDto['actions'][number];

const CASE_COLUMNS: readonly TableColumn<SubjectCase>[] = [
  {
    header: 'Reference',
    nowrap: true,
    cell: (c) => (
      <Anchor component={Link} to={`/cases/${c.id}`} ff="monospace" size="sm">
        {c.reference}
      </Anchor>
    ),
  },
  { header: 'Title', cell: (c) => c.title },
  { header: 'Severity', cell: (c) => labelOf(SEVERITY_LABELS, c.severity) },
  { header: 'Status', cell: (c) => labelOf(CASE_STATUS_LABELS, c.status) },
  { header: 'Through', cell: (c) => c.via.map((v) => (v === 'action' ? 'action' : 'allegation')).join(', ') },
];

function actionColumns(serviceLabel: (key: string) => string): readonly TableColumn<SubjectAction>[] {
  return [
    {
      header: 'Case',
      nowrap: true,
      cell: (a) => (
        <Anchor component={Link} to={`/cases/${a.caseId}?tab=actions`} ff="monospace" size="sm">
          {a.caseReference}
        </Anchor>
      ),
    },
    {
      header: 'Action',
      cell: (a) => (
        <>
          {labelOf(ACTION_TYPE_LABELS, a.type)}
          <Text size="xs" c="dimmed">
            {a.scope}
          </Text>
        </>
      ),
    },
    { header: 'Services', cell: (a) => a.services.map(serviceLabel).join(', ') },
    { header: 'Status', cell: (a) => labelOf(ACTION_STATUS_LABELS, a.status) },
    { header: 'Proposed', nowrap: true, cell: (a) => <DateText iso={a.proposedAt} /> },
    { header: 'Executed', nowrap: true, cell: (a) => <DateText iso={a.executedAt} /> },
  ];
}

/** A subject's history: where it sits in its organisation, and every case and action about it. */
export function SubjectDetail({ subjectId }: { subjectId: string }) {
  const subject = useSubject(subjectId);
  const catalogue = useServiceCatalogue();
  const serviceLabel = (key: string) => catalogue.data?.find((s) => s.key === key)?.label ?? key;
  useDocumentTitle(subject.data ? `${subject.data.name} · Ethics case tracker` : 'Subject · Ethics case tracker');

  if (subject.isPending) return <LoadingState label="Loading the subject…" />;
  if (subject.isError) {
    return (
      <ErrorState
        title="The subject could not be loaded"
        error={subject.error}
        onRetry={() => void subject.refetch()}
      />
    );
  }
  const s = subject.data;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Breadcrumbs separator="›" fz="sm">
          <Anchor component={Link} to="/subjects" size="sm">
            Subjects
          </Anchor>
          {s.ancestors.map((a) => (
            <Anchor key={a.id} component={Link} to={`/subjects/${a.id}`} size="sm">
              {a.name}
            </Anchor>
          ))}
          <Text size="sm">{s.name}</Text>
        </Breadcrumbs>
        <Group gap="sm">
          <Title order={2}>{s.name}</Title>
          <Badge variant="light" radius="sm">
            {SUBJECT_TYPE_LABELS[s.type]}
          </Badge>
        </Group>
        <Group gap="lg">
          {s.externalRef !== null && (
            <Text size="sm" c="dimmed">
              Reference: <span style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}>{s.externalRef}</span>
            </Text>
          )}
          {s.country !== null && (
            <Text size="sm" c="dimmed">
              Country: <CountryName code={s.country} />
            </Text>
          )}
          <Text size="sm" c="dimmed">
            Known since <DateText iso={s.createdAt} />
          </Text>
        </Group>
        {s.notes !== null && <Text size="sm">{s.notes}</Text>}
      </Stack>

      {s.children.length > 0 && (
        <Card withBorder radius="md">
          <Title order={3} size="h5" mb="xs">
            Units and accounts
          </Title>
          <Group gap="sm">
            {s.children.map((c) => (
              <Anchor key={c.id} component={Link} to={`/subjects/${c.id}`} size="sm">
                {c.name} ({SUBJECT_TYPE_LABELS[c.type].toLowerCase()})
              </Anchor>
            ))}
          </Group>
        </Card>
      )}

      <TableSection
        title="Cases"
        columns={CASE_COLUMNS}
        rows={s.cases}
        emptyTitle="No case you may see concerns this subject"
        minWidth={600}
      />
      <TableSection
        title="Enforcement actions"
        columns={actionColumns(serviceLabel)}
        rows={s.actions}
        emptyTitle="No enforcement action against this subject"
        minWidth={640}
      />
    </Stack>
  );
}
