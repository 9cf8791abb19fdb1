import { Badge, Group, Paper, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { CountryName } from '../../../components/country-name';
import { SeverityBadge } from '../../../components/severity-badge';
import type { CaseDetail } from '../../../lib/api-types';
import type { CaseParts } from '../../../lib/case-parts';
import { formatDate } from '../../../lib/dates';
import { CASE_STATUS_LABELS, OUTCOME_LABELS } from '../../../lib/vocabulary-labels';

function countOf(count: number, noun: string): string {
  return `${String(count)} ${noun}${count === 1 ? '' : 's'}`;
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

export function StatusBadges({ detail }: { detail: CaseDetail }) {
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

export interface SummaryFactsProps {
  detail: CaseDetail;
  parts: CaseParts;
  leadName: string | null;
  serviceLabel: (key: string) => string;
}

/** Dates, people and counts at a glance; the details a restricted case hides are left out. */
export function SummaryFacts({ detail, parts, leadName, serviceLabel }: SummaryFactsProps) {
  const { counts } = detail;
  return (
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
          <Fact term="Region">
            {detail.region === null && detail.country === null ? (
              '—'
            ) : (
              <>
                {detail.region}
                {detail.region !== null && detail.country !== null && ' · '}
                {detail.country !== null && <CountryName code={detail.country} />}
              </>
            )}
          </Fact>
        )}
        {parts.details && (
          <Fact term="Products">{detail.products.length > 0 ? detail.products.map(serviceLabel).join(', ') : '—'}</Fact>
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
  );
}
