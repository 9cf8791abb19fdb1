import { MultiSelect } from '@mantine/core';
import { ACTION_STATUSES, ACTION_TYPES } from '@ethics/domain';
import { DateRangeFilter, FilterPanel } from '../../../components/filter-panel';
import { ACTION_STATUS_LABELS, ACTION_TYPE_LABELS, optionsOf } from '../../../lib/vocabulary-labels';
import type { ActionFiltersState } from '../hooks/use-action-filters';
import { CasePicker } from './case-picker';
import { SubjectPicker } from '../../../components/subject-picker';
import { useChosenSubject } from '../../../api/subjects/get-subject';
import { subjectSearchQueryOptions } from '../../../api/subjects/get-subjects';

export function ActionFilters({ state }: { state: ActionFiltersState }) {
  const { values } = state;
  const subject = useChosenSubject(values.subjectId);
  return (
    <FilterPanel
      label="Filter the action history"
      cols={{ base: 2, md: 3, xl: 6 }}
      hasFilters={state.hasFilters}
      onClear={state.clear}
    >
      <MultiSelect
        label="Type"
        placeholder={values.type.length === 0 ? 'Any type' : undefined}
        data={optionsOf(ACTION_TYPES, ACTION_TYPE_LABELS)}
        value={values.type}
        onChange={(type) => {
          state.set({ type: type.join(',') });
        }}
        clearable
      />
      <MultiSelect
        label="Status"
        placeholder={values.status.length === 0 ? 'Any status' : undefined}
        data={optionsOf(ACTION_STATUSES, ACTION_STATUS_LABELS)}
        value={values.status}
        onChange={(status) => {
          state.set({ status: status.join(',') });
        }}
        clearable
      />
      <CasePicker
        value={values.caseId}
        onChange={(caseId) => {
          state.set({ caseId });
        }}
      />
      <SubjectPicker
        search={subjectSearchQueryOptions}
        label="Subject"
        value={values.subjectId === undefined ? null : (subject.data ?? null)}
        onChange={(chosen) => {
          state.set({ subjectId: chosen?.id ?? null });
        }}
      />
      <DateRangeFilter
        fromLabel="Proposed from"
        toLabel="Proposed to"
        from={values.from}
        to={values.to}
        onChange={state.set}
      />
    </FilterPanel>
  );
}
