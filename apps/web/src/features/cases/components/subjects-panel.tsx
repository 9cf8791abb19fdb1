import { Anchor, Badge, EmptyState, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ColumnsTable, type TableColumn } from '../../../components/columns-table';
import { PanelHeader } from '../../../components/panel-header';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { SUBJECT_TYPE_LABELS } from '../../../lib/vocabulary-labels';
import { useSubjectLookup } from '../../../api/subjects/get-subject';

/** A subject a case concerns, and how: named by an allegation, targeted by an action, or both. */
export interface ConcernedSubject {
  id: string;
  /** Known when an action carries it; looked up otherwise. */
  name?: string;
  type?: keyof typeof SUBJECT_TYPE_LABELS;
  via: ('allegation' | 'action')[];
}

export interface SubjectsPanelProps {
  subjects: readonly ConcernedSubject[];
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  /** The control that creates a subject concerned by this case. */
  newSubject: ReactNode;
}

export function SubjectsPanel({ subjects, loading, error, onRetry, newSubject }: SubjectsPanelProps) {
  const lookups = useSubjectLookup(subjects.filter((s) => s.name === undefined).map((s) => s.id));
  const columns: TableColumn<ConcernedSubject>[] = [
    {
      header: 'Subject',
      cell: (s) => (
        <Anchor component={Link} to={`/subjects/${s.id}`} size="sm" fw={500}>
          {s.name ?? lookups.get(s.id)?.name ?? 'Loading…'}
        </Anchor>
      ),
    },
    {
      header: 'Type',
      cell: (s) => {
        const type = s.type ?? lookups.get(s.id)?.type;
        return type !== undefined ? SUBJECT_TYPE_LABELS[type] : '—';
      },
    },
    {
      header: 'Concerned through',
      cell: (s) => (
        <Group gap={4}>
          {s.via.map((v) => (
            <Badge key={v} variant="light" radius="sm" color={v === 'action' ? 'orange' : 'blue'}>
              {v === 'action' ? 'Enforcement action' : 'Allegation'}
            </Badge>
          ))}
        </Group>
      ),
    },
  ];

  return (
    <Stack gap="md">
      <PanelHeader title="Subjects concerned">{newSubject}</PanelHeader>
      <Text size="sm" c="dimmed">
        The customers, units, accounts and people this case&apos;s allegations name or its actions target. Each has a
        history across cases.
      </Text>
      {loading ? (
        <LoadingState label="Loading subjects…" />
      ) : error !== null ? (
        <ErrorState title="The subjects could not be loaded" error={error} onRetry={onRetry} />
      ) : subjects.length === 0 ? (
        <EmptyState
          title="No subject yet"
          description="Name subjects in an allegation, or propose an action against one."
          py="xl"
        />
      ) : (
        <ColumnsTable columns={columns} rows={subjects} minWidth={520} verticalSpacing="sm" striped />
      )}
    </Stack>
  );
}
