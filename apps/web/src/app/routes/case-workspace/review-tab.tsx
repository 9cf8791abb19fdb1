import { useAllegations } from '../../../api/allegations/get-allegations';
import { useEvidenceOptions } from '../../../api/evidence/get-evidence';
import { ReviewPanel } from '../../../features/review/components/review-panel';
import type { CaseDetail } from '../../../lib/api-types';
import { allegationOptions } from './allegation-options';

/** Tasks and findings; findings cite the case's allegations and evidence from their own features. */
export function ReviewTab({ detail }: { detail: CaseDetail }) {
  const allegations = useAllegations(detail.id);
  const evidence = useEvidenceOptions(detail.id);
  return (
    <ReviewPanel
      detail={detail}
      allegations={allegationOptions(allegations.data)}
      evidence={(evidence.data ?? []).map((e) => ({ value: e.id, label: e.title }))}
    />
  );
}
