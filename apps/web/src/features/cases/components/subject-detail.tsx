import { Anchor, Badge, Breadcrumbs, Card, EmptyState, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from 'react-router';
import { DateText } from '../../../components/date-text';
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
import { useSubject } from '../../../api/subjects/get-subject';

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
              Country: {s.country}
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

      <Stack gap="xs">
        <Title order={3} size="h4">
          Cases
        </Title>
        {s.cases.length === 0 ? (
          <EmptyState title="No case you may see concerns this subject" py="md" />
        ) : (
          <Table.ScrollContainer minWidth={600}>
            <Table striped verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Reference</Table.Th>
                  <Table.Th scope="col">Title</Table.Th>
                  <Table.Th scope="col">Severity</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Through</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.cases.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Anchor component={Link} to={`/cases/${c.id}`} ff="monospace" size="sm">
                        {c.reference}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{c.title}</Table.Td>
                    <Table.Td>{labelOf(SEVERITY_LABELS, c.severity)}</Table.Td>
                    <Table.Td>{labelOf(CASE_STATUS_LABELS, c.status)}</Table.Td>
                    <Table.Td>{c.via.map((v) => (v === 'action' ? 'action' : 'allegation')).join(', ')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>

      <Stack gap="xs">
        <Title order={3} size="h4">
          Enforcement actions
        </Title>
        {s.actions.length === 0 ? (
          <EmptyState title="No enforcement action against this subject" py="md" />
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Case</Table.Th>
                  <Table.Th scope="col">Action</Table.Th>
                  <Table.Th scope="col">Services</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Proposed</Table.Th>
                  <Table.Th scope="col">Executed</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.actions.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Anchor component={Link} to={`/cases/${a.caseId}?tab=actions`} ff="monospace" size="sm">
                        {a.caseReference}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {labelOf(ACTION_TYPE_LABELS, a.type)}
                      <Text size="xs" c="dimmed">
                        {a.scope}
                      </Text>
                    </Table.Td>
                    <Table.Td>{a.services.map(serviceLabel).join(', ')}</Table.Td>
                    <Table.Td>{labelOf(ACTION_STATUS_LABELS, a.status)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <DateText iso={a.proposedAt} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <DateText iso={a.executedAt} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Stack>
  );
}
