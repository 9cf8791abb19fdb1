import { Paper, Stack, Text, ThemeIcon, Group } from '@mantine/core';
import { formatDateTime } from '../../../lib/dates';
import type { AuditVerification } from '../../../api/audit/get-audit-verification';

const COUNT = new Intl.NumberFormat('en-GB');

const REASONS: Record<NonNullable<AuditVerification['reason']>, string> = {
  hash: 'its content does not match its hash: it was altered',
  link: 'it does not point at the event before it: an event was removed or inserted',
  sequence: 'a sequence number is missing or out of order',
  format: 'the stored event is malformed',
};

export interface ChainVerificationResultProps {
  result: AuditVerification;
}

/** The answer to "has anything in the log been removed, altered or reordered?", said plainly. */
export function ChainVerificationResult({ result }: ChainVerificationResultProps) {
  const { valid, checked, firstInvalidId } = result;
  const problem = result.reason ? REASONS[result.reason] : null;
  const events = `${COUNT.format(checked)} ${checked === 1 ? 'event' : 'events'}`;
  return (
    <Paper
      p="lg"
      radius="md"
      withBorder
      bg={valid ? 'var(--mantine-color-green-0)' : 'var(--mantine-color-red-0)'}
      style={{ borderColor: valid ? 'var(--mantine-color-green-7)' : 'var(--mantine-color-red-7)', borderWidth: 2 }}
      data-testid="chain-verification-result"
    >
      <Group gap="md" wrap="nowrap" align="flex-start">
        <ThemeIcon size={48} radius="xl" color={valid ? 'green.8' : 'red.8'} aria-hidden="true">
          <Text fz={26} fw={700} c="white" lh={1}>
            {valid ? '✓' : '✗'}
          </Text>
        </ThemeIcon>
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text fz={26} fw={700} lh={1.2} c={valid ? 'green.9' : 'red.9'}>
            {valid
              ? `Chain verified: ${events}`
              : firstInvalidId
                ? `Chain broken at event ${firstInvalidId}`
                : 'Chain broken'}
          </Text>
          <Text size="sm">
            {valid
              ? 'Every event’s hash matches its content and the event before it: nothing was removed, altered or reordered.'
              : `${events} checked. From this event on, the hashes do not match: an event was altered, removed or reordered. Report it and keep the exports you have.`}
          </Text>
          {!valid && (problem || result.firstInvalidSeq) && (
            <Text size="sm" fw={600}>
              {result.firstInvalidSeq ? `Event ${String(result.firstInvalidSeq)}` : 'The event'}
              {problem ? `: ${problem}.` : '.'}
              {result.detail ? ` ${result.detail}` : ''}
            </Text>
          )}
          {valid && result.lastSeq > 0 && (
            <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
              Last event {result.lastSeq}: {result.lastHash}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            Checked {formatDateTime(result.verifiedAt)} by the server over the whole chain.
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
