import { useAllegations } from '../../../api/allegations/get-allegations';
import { EvidencePanel } from '../../../features/evidence/components/evidence-panel';
import type { CaseDetail } from '../../../lib/api-types';
import { allegationOptions } from './allegation-options';

/** Evidence, linked to the case's allegations (which the cases feature owns). */
export function EvidenceTab({ detail }: { detail: CaseDetail }) {
  const allegations = useAllegations(detail.id);
  return <EvidencePanel detail={detail} allegations={allegationOptions(allegations.data)} />;
}
