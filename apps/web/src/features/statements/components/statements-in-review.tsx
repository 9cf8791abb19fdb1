import { Alert, EmptyState, Stack, Text } from '@mantine/core';
import { LoadingState } from '../../../components/query-states';
import { errorMessage } from '../../../lib/api-error';
import { useStatementsInReview } from '../../../api/statements/get-statements';
import { StatementCard } from './statement-card';

export interface ReviewCase {
  id: string;
  reference: string;
}

/** Statements waiting for approval on the given cases. */
export function StatementsInReview({ cases }: { cases: readonly ReviewCase[] }) {
  const { statements, pending, errors } = useStatementsInReview(cases.map((c) => c.id));
  const referenceOf = (caseId: string) => cases.find((c) => c.id === caseId)?.reference ?? 'Case';

  return (
    <Stack gap="sm">
      {errors.length > 0 && (
        <Alert color="red" variant="light" role="alert" title="Some statements could not be loaded">
          {errorMessage(errors[0])}
        </Alert>
      )}
      {pending && statements.length === 0 ? (
        <LoadingState label="Loading statements in review…" />
      ) : statements.length === 0 ? (
        <EmptyState
          title="No statement waits for approval"
          description="Statements submitted for review appear here."
          py="lg"
        />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {statements.length} {statements.length === 1 ? 'statement' : 'statements'} in review
          </Text>
          {statements.map((s) => (
            <StatementCard key={s.id} statement={s} caseLink={{ reference: referenceOf(s.caseId) }} />
          ))}
        </>
      )}
    </Stack>
  );
}
