import { Text } from '@mantine/core';
import type { TableColumn } from '../../../components/columns-table';
import type { Allegation, EnforcementAction, Statement, TimelineEntry } from '../../../lib/api-types';
import { formatDate } from '../../../lib/dates';
import {
  ACTION_STATUS_LABELS,
  ACTION_TYPE_LABELS,
  FINDING_STATUS_LABELS,
  SOURCE_TYPE_LABELS,
  STATEMENT_AUDIENCE_LABELS,
  STATEMENT_DIRECTION_LABELS,
  STATEMENT_STATUS_LABELS,
} from '../../../lib/vocabulary-labels';

export const ALLEGATION_COLUMNS: readonly TableColumn<Allegation>[] = [
  { header: 'Source', cell: (allegation) => SOURCE_TYPE_LABELS[allegation.sourceType] },
  {
    header: 'Allegation',
    cell: (allegation) => (
      <Text size="sm" lineClamp={3}>
        {allegation.description}
      </Text>
    ),
  },
  { header: 'Received', cell: (allegation) => formatDate(allegation.receivedAt), nowrap: true },
  { header: 'Finding', cell: (allegation) => FINDING_STATUS_LABELS[allegation.findingStatus] },
];

export function actionColumns(serviceLabel: (key: string) => string): readonly TableColumn<EnforcementAction>[] {
  return [
    {
      header: 'Action',
      cell: (action) => (
        <>
          <Text size="sm" fw={500}>
            {ACTION_TYPE_LABELS[action.type]}
          </Text>
          <Text size="xs" c="dimmed" lineClamp={2}>
            {action.scope}
          </Text>
        </>
      ),
    },
    { header: 'Subject', cell: (action) => action.subject.name },
    { header: 'Services', cell: (action) => action.services.map(serviceLabel).join(', ') || '—' },
    { header: 'Status', cell: (action) => ACTION_STATUS_LABELS[action.status] },
    { header: 'Decided', cell: (action) => formatDate(action.decidedAt), nowrap: true },
    { header: 'Executed', cell: (action) => formatDate(action.executedAt), nowrap: true },
  ];
}

function statementOrigin(statement: Statement): string {
  if (statement.direction === 'issued') return ` to ${STATEMENT_AUDIENCE_LABELS[statement.audience].toLowerCase()}`;
  return statement.source ? ` from ${statement.source}` : '';
}

export const STATEMENT_COLUMNS: readonly TableColumn<Statement>[] = [
  {
    header: 'Statement',
    cell: (statement) => (
      <>
        <Text size="sm" fw={500}>
          {STATEMENT_DIRECTION_LABELS[statement.direction]}
          {statementOrigin(statement)}
        </Text>
        {statement.channel && (
          <Text size="xs" c="dimmed">
            {statement.channel}
          </Text>
        )}
      </>
    ),
  },
  {
    header: 'Text',
    cell: (statement) => (
      <Text size="sm" lineClamp={3}>
        {statement.body}
      </Text>
    ),
  },
  { header: 'Status', cell: (statement) => STATEMENT_STATUS_LABELS[statement.status] },
  {
    header: 'Date',
    cell: (statement) => formatDate(statement.publishedAt ?? statement.statedAt ?? statement.createdAt),
    nowrap: true,
  },
];

export const MILESTONE_COLUMNS: readonly TableColumn<TimelineEntry>[] = [
  { header: 'Date', cell: (entry) => formatDate(entry.at), nowrap: true },
  { header: 'What happened', cell: (entry) => entry.title },
  { header: 'Who', cell: (entry) => entry.actorName ?? '—' },
  { header: 'Reason', cell: (entry) => entry.reason ?? '' },
];
