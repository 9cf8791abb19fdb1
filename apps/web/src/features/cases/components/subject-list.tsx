import { Anchor, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { SUBJECT_TYPES } from '@ethics/domain';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CountryName } from '../../../components/country-name';
import { DateText } from '../../../components/date-text';
import { ListStates } from '../../../components/list-states';
import { SUBJECT_TYPE_LABELS, optionsOf } from '../../../lib/vocabulary-labels';
import { useSubjects } from '../../../api/subjects/get-subjects';
import { itemsOfPages } from '../../../api/lists';
import { LoadMoreButton } from '../../../components/load-more';

/** Every subject, searchable by name, filtered by type; both kept in the URL. */
export function SubjectList() {
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [q] = useDebouncedValue(search, 300);
  const type = SUBJECT_TYPES.find((t) => t === params.get('type')) ?? null;
  const subjects = useSubjects({ q, type });
  const items = itemsOfPages(subjects.data);

  const setParam = (key: string, value: string) => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === '') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: key === 'q' },
    );
  };

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm" role="search" aria-label="Filter subjects">
        <TextInput
          label="Search"
          description="Part of the name"
          type="search"
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setParam('q', event.currentTarget.value.trim());
          }}
          style={{ flex: '1 1 16rem' }}
        />
        <NativeSelect
          label="Type"
          data={[{ value: '', label: 'Any type' }, ...optionsOf(SUBJECT_TYPES, SUBJECT_TYPE_LABELS)]}
          value={type ?? ''}
          onChange={(event) => {
            setParam('type', event.currentTarget.value);
          }}
        />
      </Group>
      <ListStates
        query={subjects}
        count={items.length}
        loadingLabel="Loading subjects…"
        errorTitle="The subjects could not be loaded"
        emptyTitle="No subject matches"
        emptyDescription="Try another name or type."
      >
        <Table.ScrollContainer minWidth={560}>
          <Table striped highlightOnHover verticalSpacing="sm" aria-busy={subjects.isPlaceholderData}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Type</Table.Th>
                <Table.Th scope="col">Country</Table.Th>
                <Table.Th scope="col">Reference</Table.Th>
                <Table.Th scope="col">Known since</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/subjects/${s.id}`} size="sm" fw={500}>
                      {s.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{SUBJECT_TYPE_LABELS[s.type]}</Table.Td>
                  <Table.Td>{s.country === null ? '—' : <CountryName code={s.country} />}</Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {s.externalRef ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <DateText iso={s.createdAt} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <LoadMoreButton query={subjects} />
      </ListStates>
    </Stack>
  );
}
