import { useCaseActions } from '../../../api/actions/get-case-actions';
import { useAllegations } from '../../../api/allegations/get-allegations';
import { SubjectsPanel, type ConcernedSubject } from '../../../features/cases/components/subjects-panel';
import type { CaseDetail } from '../../../lib/api-types';
import { CaseSubjectButton } from './case-subject-button';

/** The subjects this case concerns, gathered from its allegations and its enforcement actions. */
export function SubjectsTab({ detail }: { detail: CaseDetail }) {
  const allegations = useAllegations(detail.id);
  const actions = useCaseActions(detail.id);
  const subjects = new Map<string, ConcernedSubject>();
  for (const allegation of allegations.data ?? []) {
    for (const id of allegation.subjectIds) {
      const known = subjects.get(id) ?? { id, via: [] };
      if (!known.via.includes('allegation')) known.via.push('allegation');
      subjects.set(id, known);
    }
  }
  for (const action of actions.data ?? []) {
    const { id, name, type } = action.subject;
    const known = subjects.get(id) ?? { id, via: [] };
    known.name = name;
    known.type = type;
    if (!known.via.includes('action')) known.via.push('action');
    subjects.set(id, known);
  }
  return (
    <SubjectsPanel
      subjects={[...subjects.values()]}
      loading={allegations.isPending || actions.isPending}
      error={allegations.error ?? actions.error}
      newSubject={<CaseSubjectButton detail={detail} allegations={allegations.data ?? []} />}
      onRetry={() => {
        void allegations.refetch();
        void actions.refetch();
      }}
    />
  );
}
