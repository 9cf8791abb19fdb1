import { useParams } from 'react-router';
import { SubjectDetail } from '../../features/cases/components/subject-detail';

export function SubjectPage() {
  const { subjectId = '' } = useParams();
  return <SubjectDetail key={subjectId} subjectId={subjectId} />;
}
