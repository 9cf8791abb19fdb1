import { Alert, Anchor, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link, useParams } from 'react-router';
import { ApiError, errorMessage } from '../../../lib/api-error';
import type { CaseDetail, TimelineEntry } from '../../../lib/api-types';
import { readableParts } from '../../../lib/case-parts';
import { useCurrentUser } from '../../../lib/current-user';
import { formatDateTime } from '../../../lib/dates';
import { useServiceCatalogue } from '../../../api/settings/get-service-catalogue';
import { OUTCOME_LABELS } from '../../../lib/vocabulary-labels';
import { useCase } from '../../../api/cases/get-case';
import { useCaseActions } from '../../../api/actions/get-case-actions';
import { useAllegations } from '../../../api/allegations/get-allegations';
import { useStatements } from '../../../api/statements/get-statements';
import { useLatestTimeline } from '../../../api/timeline/get-timeline';
import { serviceLabeller } from './labels';
import { ALLEGATION_COLUMNS, MILESTONE_COLUMNS, STATEMENT_COLUMNS, actionColumns } from './summary-columns';
import { StatusBadges, SummaryFacts } from './summary-facts';
import { milestonesOf, nameOf } from './summary-milestones';
import { SummarySection } from './summary-section';
import './case-summary.css';

/** The caption says when older milestones were left out to keep the page to one sheet. */
function milestonesCaption(timeline: readonly TimelineEntry[]) {
  const { entries, omitted } = milestonesOf(timeline);
  if (omitted === 0) return undefined;
  return (
    <>
      The opening and the {entries.length - 1} latest milestones; {omitted} more are in the case&apos;s timeline.
    </>
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
  const leadName = nameOf(timeline.data ?? [], detail.leadId);

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

      <SummaryFacts detail={detail} parts={parts} leadName={leadName} serviceLabel={serviceLabel} />

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
          rowsOf={(items) => items}
          columns={ALLEGATION_COLUMNS}
          empty="No allegation recorded."
        />
      )}
      <SummarySection
        title="Enforcement actions"
        query={actions}
        rowsOf={(items) => items}
        columns={actionColumns(serviceLabel)}
        empty="No enforcement action proposed."
      />
      <SummarySection
        title="Statements"
        query={statements}
        rowsOf={(items) => items}
        columns={STATEMENT_COLUMNS}
        empty="No statement issued or received."
      />
      {parts.timeline && (
        <SummarySection
          title="Key dates"
          query={timeline}
          rowsOf={(entries) => milestonesOf(entries).entries}
          rowKey={(entry) => `${entry.id}-${entry.kind}`}
          columns={MILESTONE_COLUMNS}
          caption={milestonesCaption}
          empty="No milestone yet."
        />
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
