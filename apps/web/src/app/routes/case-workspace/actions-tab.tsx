import { ActionsPanel } from '../../../features/actions/components/actions-panel';
import { useAllegations } from '../../../api/allegations/get-allegations';
import { useFindings } from '../../../api/review/get-findings';
import type { CaseDetail } from '../../../lib/api-types';
import { FINDING_STATUS_LABELS } from '../../../lib/vocabulary-labels';
import { allegationOptions } from './allegation-options';

/** Actions, resting on the case's findings (which the review feature owns). */
export function ActionsTab({ detail }: { detail: CaseDetail }) {
  const findings = useFindings(detail.id);
  const allegations = allegationOptions(useAllegations(detail.id).data);
  const options = (findings.data ?? []).map((f) => {
    const allegation = allegations.find((a) => a.value === f.allegationId)?.short ?? 'Allegation';
    return { value: f.id, label: `${FINDING_STATUS_LABELS[f.conclusion]}: ${allegation}` };
  });
  return <ActionsPanel detail={detail} findings={options} />;
}
