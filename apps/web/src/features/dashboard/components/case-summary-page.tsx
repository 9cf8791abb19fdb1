import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, errorMessage } from '../../../lib/api-error';
import type { CaseDetail } from '../../../lib/api-types';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { useServiceCatalogue } from '../../../api/settings/get-service-catalogue';
import {
  ACTION_STATUS_LABELS,
  ACTION_TYPE_LABELS,
  CASE_STATUS_LABELS,
  FINDING_STATUS_LABELS,
  OUTCOME_LABELS,
  SOURCE_TYPE_LABELS,
  STATEMENT_AUDIENCE_LABELS,
  STATEMENT_DIRECTION_LABELS,
  STATEMENT_STATUS_LABELS,
} from '../../../lib/vocabulary-labels';
import { readableParts } from '../../../lib/case-parts';
import { useCurrentUser } from '../../../lib/current-user';
import { useCase } from '../../../api/cases/get-case';
import { useCaseActions } from '../../../api/actions/get-case-actions';
import { useAllegations } from '../../../api/allegations/get-allegations';
import { useStatements } from '../../../api/statements/get-statements';
import { useLatestTimeline } from '../../../api/timeline/get-timeline';
import { serviceLabeller } from './labels';
import { SeverityBadge } from '../../../components/severity-badge';
import { milestonesOf, nameOf } from './summary-milestones';
import './case-summary.css';

function countOf(count: number, noun: string): string {
  return `${String(count)} ${noun}${count === 1 ? '' : 's'}`;
}

interface SectionQuery<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}

/** One part of the summary with its own loading, error and empty states. */
function SummarySection<T>({
  title,
  query,
  isEmpty,
  empty,
  children,
}: {
  title: string;
  query: SectionQuery<T>;
  isEmpty: (data: T) => boolean;
  empty: string;
  children: (data: T) => ReactNode;
}) {
  const id = `summary-${title.toLowerCase().replace(/\W+/g, '-')}`;
  let body: ReactNode;
  if (query.isPending) {
    body = (
      <Group gap="xs" role="status">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          Loading {title.toLowerCase()}…
        </Text>
      </Group>
    );
  } else if (query.isError || query.data === undefined) {
    body = (
      <Alert color="red" variant="light" title={`${title} could not be loaded`} py="xs">
        <Group gap="sm">
          <Text size="sm">{errorMessage(query.error)}</Text>
          <Button size="compact-xs" variant="default" className="no-print" onClick={() => void query.refetch()}>
            Try again
          </Button>
        </Group>
      </Alert>
    );
  } else if (isEmpty(query.data)) {
    body = (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  } else {
    body = children(query.data);
  }
  return (
    <Stack gap={6} component="section" aria-labelledby={id}>
      <Title order={3} size="h5" id={id}>
        {title}
      </Title>
      {body}
    </Stack>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase">
        {term}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </div>
  );
}

function StatusBadges({ detail }: { detail: CaseDetail }) {
  return (
    <Group gap={6}>
      <SeverityBadge severity={detail.severity} />
      <Badge variant="outline" color="indigo" radius="sm">
        {CASE_STATUS_LABELS[detail.status]}
      </Badge>
      {detail.outcome && (
        <Badge variant="light" color="grape" radius="sm">
          {OUTCOME_LABELS[detail.outcome]}
        </Badge>
      )}
      {detail.restricted && (
        <Badge variant="filled" color="dark" radius="sm">
          Restricted
        </Badge>
      )}
    </Group>
  );
}

function CaseSummaryBody({ detail }: { detail: CaseDetail }) {
  const parts = readableParts(useCurrentUser().ability, detail);
  const allegations = useAllegations(detail.id, parts.allegations);
  const actions = useCaseActions(detail.id);
  const statements = useStatements(detail.id);
  const timeline = useLatestTimeline(detail.id, parts.timeline);
  const catalogue = useServiceCatalogue();
  const serviceLabel = serviceLabeller(catalogue.data);
  const timelineEntries = timeline.data ?? [];
  const leadName = nameOf(timelineEntries, detail.leadId);
  const { counts } = detail;

  return (
    <Stack gap="md" className="case-summary">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={4}>
          <Text size="sm" c="dimmed" fw={600}>
            Case summary ·{' '}
            <span style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}>{detail.reference}</span>
          </Text>
          <Title order={2}>{detail.title}</Title>
          <StatusBadges detail={detail} />
        </Stack>
        <Group gap="xs" className="no-print" wrap="nowrap">
          <Button
            variant="default"
            component={Link}
            to={`/cases/${detail.id}`}
            aria-label={`Open case ${detail.reference}`}
          >
            Open case
          </Button>
          <Button
            onClick={() => {
              window.print();
            }}
          >
            Print
          </Button>
        </Group>
      </Group>
      <Text size="xs" c="dimmed" className="print-only">
        Printed {formatDateTime(new Date().toISOString())} from the ethics case tracker. Confidential.
      </Text>

      <Paper withBorder p="md" radius="md">
        <SimpleGrid
          cols={{ base: 2, sm: 4 }}
          spacing="sm"
          verticalSpacing="sm"
          component="dl"
          m={0}
          className="summary-facts"
        >
          <Fact term="Opened">{formatDate(detail.openedAt)}</Fact>
          {parts.details && <Fact term="Due">{formatDate(detail.dueAt)}</Fact>}
          <Fact term="Closed">{formatDate(detail.closedAt)}</Fact>
          {parts.details && <Fact term="Lead">{leadName ?? (detail.leadId ? 'Assigned' : 'None')}</Fact>}
          {parts.details && (
            <Fact term="Region">{[detail.region, detail.country].filter(Boolean).join(' · ') || '—'}</Fact>
          )}
          {parts.details && (
            <Fact term="Products">
              {detail.products.length > 0 ? detail.products.map(serviceLabel).join(', ') : '—'}
            </Fact>
          )}
          {counts !== null && <Fact term="Team">{countOf(counts.members, 'member')}</Fact>}
          {counts !== null && (
            <Fact term="Records">
              {countOf(counts.allegations, 'allegation')} ({counts.openAllegations} open),{' '}
              {countOf(counts.evidence, 'evidence item')}, {countOf(counts.findings, 'finding')}
            </Fact>
          )}
        </SimpleGrid>
      </Paper>

      <Stack gap={6} component="section" aria-labelledby="summary-text">
        <Title order={3} size="h5" id="summary-text">
          Summary
        </Title>
        <Text size="sm" c={detail.summary === null ? 'dimmed' : undefined} style={{ whiteSpace: 'pre-line' }}>
          {detail.summary ??
            'This case is restricted: its summary shows its status, outcome, the actions taken and the statements published.'}
        </Text>
        {detail.outcomeSummary && (
          <Alert
            variant="light"
            color="grape"
            title={`Outcome: ${detail.outcome ? OUTCOME_LABELS[detail.outcome] : '—'}`}
          >
            <Text size="sm">{detail.outcomeSummary}</Text>
          </Alert>
        )}
      </Stack>

      {parts.allegations && (
        <SummarySection
          title="Allegations"
          query={allegations}
          isEmpty={(items) => items.length === 0}
          empty="No allegation recorded."
        >
          {(items) => (
            <Table verticalSpacing={4} fz="sm" withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Source</Table.Th>
                  <Table.Th scope="col">Allegation</Table.Th>
                  <Table.Th scope="col">Received</Table.Th>
                  <Table.Th scope="col">Finding</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((allegation) => (
                  <Table.Tr key={allegation.id}>
                    <Table.Td>{SOURCE_TYPE_LABELS[allegation.sourceType]}</Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={3}>
                        {allegation.description}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(allegation.receivedAt)}</Table.Td>
                    <Table.Td>{FINDING_STATUS_LABELS[allegation.findingStatus]}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </SummarySection>
      )}

      <SummarySection
        title="Enforcement actions"
        query={actions}
        isEmpty={(items) => items.length === 0}
        empty="No enforcement action proposed."
      >
        {(items) => (
          <Table verticalSpacing={4} fz="sm" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Action</Table.Th>
                <Table.Th scope="col">Subject</Table.Th>
                <Table.Th scope="col">Services</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Decided</Table.Th>
                <Table.Th scope="col">Executed</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((action) => (
                <Table.Tr key={action.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {ACTION_TYPE_LABELS[action.type]}
                    </Text>
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {action.scope}
                    </Text>
                  </Table.Td>
                  <Table.Td>{action.subject.name}</Table.Td>
                  <Table.Td>{action.services.map(serviceLabel).join(', ') || '—'}</Table.Td>
                  <Table.Td>{ACTION_STATUS_LABELS[action.status]}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(action.decidedAt)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(action.executedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </SummarySection>

      <SummarySection
        title="Statements"
        query={statements}
        isEmpty={(items) => items.length === 0}
        empty="No statement issued or received."
      >
        {(items) => (
          <Table verticalSpacing={4} fz="sm" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Statement</Table.Th>
                <Table.Th scope="col">Text</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Date</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((statement) => (
                <Table.Tr key={statement.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {STATEMENT_DIRECTION_LABELS[statement.direction]}
                      {statement.direction === 'issued'
                        ? ` to ${STATEMENT_AUDIENCE_LABELS[statement.audience].toLowerCase()}`
                        : statement.source
                          ? ` from ${statement.source}`
                          : ''}
                    </Text>
                    {statement.channel && (
                      <Text size="xs" c="dimmed">
                        {statement.channel}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={3}>
                      {statement.body}
                    </Text>
                  </Table.Td>
                  <Table.Td>{STATEMENT_STATUS_LABELS[statement.status]}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(statement.publishedAt ?? statement.statedAt ?? statement.createdAt)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </SummarySection>

      {parts.timeline && (
        <SummarySection
          title="Key dates"
          query={timeline}
          isEmpty={(items) => milestonesOf(items).entries.length === 0}
          empty="No milestone yet."
        >
          {(items) => {
            const { entries, omitted } = milestonesOf(items);
            return (
              <Table verticalSpacing={4} fz="sm" withTableBorder>
                {omitted > 0 && (
                  <Table.Caption>
                    The opening and the {entries.length - 1} latest milestones; {omitted} more are in the case&apos;s
                    timeline.
                  </Table.Caption>
                )}
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Date</Table.Th>
                    <Table.Th scope="col">What happened</Table.Th>
                    <Table.Th scope="col">Who</Table.Th>
                    <Table.Th scope="col">Reason</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {entries.map((entry) => (
                    <Table.Tr key={`${entry.id}-${entry.kind}`}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(entry.at)}</Table.Td>
                      <Table.Td>{entry.title}</Table.Td>
                      <Table.Td>{entry.actorName ?? '—'}</Table.Td>
                      <Table.Td>{entry.reason ?? ''}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            );
          }}
        </SummarySection>
      )}
    </Stack>
  );
}

/** `/cases/:id/summary`: one printable page about a case, for executives and the board. */
export function CaseSummaryPage() {
  const { id = '' } = useParams<{ id: string }>();
  const query = useCase(id);
  useDocumentTitle(
    query.data ? `${query.data.reference} summary · Ethics case tracker` : 'Case summary · Ethics case tracker',
  );

  if (query.isPending) {
    return (
      <Stack gap="md" role="status" aria-label="Loading the case summary" className="case-summary">
        <Skeleton h={28} w="40%" />
        <Skeleton h={36} w="80%" />
        <Skeleton h={120} />
        <Skeleton h={200} />
      </Stack>
    );
  }
  if (query.isError) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <Alert
        color={notFound ? 'gray' : 'red'}
        variant="light"
        role="alert"
        title={notFound ? 'Case not found' : 'The case could not be loaded'}
        maw={640}
      >
        <Stack gap="sm" align="flex-start">
          <Text size="sm">
            {notFound ? 'There is no such case, or it is not visible to you.' : errorMessage(query.error)}
          </Text>
          {notFound ? (
            <Anchor component={Link} to="/cases" size="sm">
              Back to the cases
            </Anchor>
          ) : (
            <Button size="xs" variant="default" onClick={() => void query.refetch()}>
              Try again
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }
  return <CaseSummaryBody detail={query.data} />;
}
