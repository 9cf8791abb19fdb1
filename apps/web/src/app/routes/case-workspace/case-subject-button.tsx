import { NativeSelect } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Allegation, CaseDetail } from '../../../lib/api-types';
import { errorMessage } from '../../../lib/api-error';
import { useCaseWork } from '../../../lib/case-work';
import { ALLOWED, denied, firstDenied, scopeOfCase } from '../../../lib/permissions';
import { useUpdateAllegation } from '../../../api/allegations/update-allegation';
import { NewSubjectButton } from '../../../features/cases/components/new-subject-button';
import { allegationOptions } from './allegation-options';

export interface CaseSubjectButtonProps {
  detail: CaseDetail;
  allegations: readonly Allegation[];
}

/**
 * A new subject from a case's Subjects tab: a case concerns the subjects its allegations name,
 * so the subject is named in the allegation chosen here as soon as it exists.
 */
export function CaseSubjectButton({ detail, allegations }: CaseSubjectButtonProps) {
  const options = allegationOptions(allegations);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const allegationId = chosenId ?? options[0]?.value ?? '';
  const update = useUpdateAllegation(detail.id);
  const caseWork = useCaseWork(detail.status);
  const mayName = firstDenied(
    caseWork('change_allegation', {
      action: 'update',
      type: 'Allegation',
      doing: 'name subjects in allegations',
      scope: scopeOfCase(detail),
    }).permission,
    options.length === 0
      ? denied('Add an allegation first: the case concerns the subjects its allegations name')
      : ALLOWED,
  );

  const nameInAllegation = (subjectId: string) => {
    const allegation = allegations.find((a) => a.id === allegationId);
    if (allegation === undefined) return;
    update.mutate(
      {
        allegationId: allegation.id,
        body: { version: allegation.version, subjectIds: [...allegation.subjectIds, subjectId] },
      },
      {
        onError: (error) => {
          notifications.show({
            color: 'red',
            title: 'The subject was created but not added to the allegation',
            message: errorMessage(error),
          });
        },
      },
    );
  };

  return (
    <NewSubjectButton alsoNeeds={mayName} onCreated={(subject) => nameInAllegation(subject.id)}>
      <NativeSelect
        label="Named in"
        description="The allegation of this case that concerns the subject"
        required
        data={options}
        value={allegationId}
        onChange={(event) => setChosenId(event.currentTarget.value)}
      />
    </NewSubjectButton>
  );
}
