import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { DateText } from '../../../components/date-text';
import { GuardedButton } from '../../../components/guarded-button';
import { HashText } from '../../../components/hash-text';
import { RecordCard } from '../../../components/record-card';
import { errorMessage } from '../../../lib/api-error';
import type { Evidence } from '../../../lib/api-types';
import { formatBytes } from '../../../lib/bytes';
import { denied, firstDenied, type Permission } from '../../../lib/permissions';
import { EVIDENCE_KIND_LABELS, EVIDENCE_RELATION_LABELS } from '../../../lib/vocabulary-labels';
import { useDownloadEvidence } from '../../../api/evidence/download-evidence';
import { useVerifyEvidence } from '../../../api/evidence/verify-evidence';

export interface EvidenceCardProps {
  caseId: string;
  item: Evidence;
  allegationLabel: (allegationId: string) => string;
  nameOf: (userId: string | null) => string;
  mayDownload: Permission;
  mayHold: Permission;
  onShowCustody: () => void;
  onToggleHold: () => void;
}

const NO_CONTENT = denied('Only the hash of this record is kept here: there are no bytes to download or verify.');

function VerifyResult({ matches, computed }: { matches: boolean; computed: string | null }) {
  return matches ? (
    <Alert color="green" variant="light" role="status" title="Hash matches" py="xs">
      The stored bytes hash to the SHA-256 recorded at intake: the content is unaltered.
    </Alert>
  ) : (
    <Alert color="red" variant="light" role="alert" title="Hash mismatch" py="xs">
      <Stack gap={4}>
        <Text size="sm">
          {computed === null
            ? 'The stored bytes are missing.'
            : 'The stored bytes no longer match the SHA-256 recorded at intake.'}
        </Text>
        {computed !== null && <HashText value={computed} label="Computed SHA-256" />}
      </Stack>
    </Alert>
  );
}

export function EvidenceCard({
  caseId,
  item,
  allegationLabel,
  nameOf,
  mayDownload,
  mayHold,
  onShowCustody,
  onToggleHold,
}: EvidenceCardProps) {
  const verify = useVerifyEvidence(caseId, item.id);
  const download = useDownloadEvidence(caseId);
  const withContent = item.hasContent ? null : NO_CONTENT;
  const withdrawn = item.withdrawnAt !== null;

  return (
    <RecordCard
      headingId={`evidence-${item.id}`}
      heading={item.title}
      tags={
        <>
          <Badge variant="light" radius="sm">
            {EVIDENCE_KIND_LABELS[item.kind]}
          </Badge>
          {item.legalHold && (
            <Badge color="grape" variant="filled" radius="sm" title="Cannot be withdrawn while on hold">
              Legal hold
            </Badge>
          )}
          {withdrawn && (
            <Badge color="gray" variant="outline" radius="sm">
              Withdrawn
            </Badge>
          )}
          {item.supersededById !== null && (
            <Badge color="orange" variant="outline" radius="sm">
              Superseded
            </Badge>
          )}
        </>
      }
      meta={
        <Text size="sm" c="dimmed">
          Collected <DateText iso={item.collectedAt} /> by {nameOf(item.collectedBy)}
          {item.source !== null && ` · from ${item.source}`}
          {item.sizeBytes !== null && ` · ${formatBytes(item.sizeBytes)}`}
          {item.mediaType !== null && ` · ${item.mediaType}`}
        </Text>
      }
      headerGap="xs"
    >
      {item.description !== null && <Text size="sm">{item.description}</Text>}
      {item.sourceUrl !== null && (
        <Anchor
          href={item.sourceUrl}
          target="_blank"
          rel="noreferrer noopener"
          size="sm"
          style={{ overflowWrap: 'anywhere' }}
        >
          {item.sourceUrl}
        </Anchor>
      )}
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Text size="xs" fw={600} c="dimmed" style={{ flexShrink: 0 }}>
          SHA-256
        </Text>
        <div style={{ minWidth: 0 }}>
          <HashText value={item.sha256} />
        </div>
      </Group>
      {item.links.length > 0 && (
        <Group gap={4}>
          {item.links.map((link) => (
            <Badge
              key={`${link.allegationId}:${link.relation}`}
              variant="outline"
              color={link.relation === 'supports' ? 'blue' : 'orange'}
              radius="sm"
              tt="none"
              fw={500}
            >
              {EVIDENCE_RELATION_LABELS[link.relation]} {allegationLabel(link.allegationId)}
            </Badge>
          ))}
        </Group>
      )}
      {verify.isSuccess && <VerifyResult matches={verify.data.matches} computed={verify.data.computedSha256} />}
      {verify.isError && (
        <Alert color="red" variant="light" role="alert" py="xs" title="Could not verify">
          {errorMessage(verify.error)}
        </Alert>
      )}
      {download.isError && (
        <Alert color="red" variant="light" role="alert" py="xs" title="Could not download">
          {errorMessage(download.error)}
        </Alert>
      )}
      <Group gap="xs">
        <GuardedButton
          permission={withContent ?? { allowed: true }}
          size="xs"
          variant="default"
          loading={verify.isPending}
          onClick={() => {
            verify.mutate();
          }}
          aria-label={`Verify ${item.title}`}
        >
          Verify
        </GuardedButton>
        <GuardedButton
          permission={firstDenied(mayDownload, withContent ?? { allowed: true })}
          size="xs"
          variant="default"
          loading={download.isPending}
          onClick={() => {
            download.mutate(item);
          }}
          aria-label={`Download ${item.title}`}
        >
          Download
        </GuardedButton>
        <Button size="xs" variant="subtle" onClick={onShowCustody} aria-label={`Chain of custody of ${item.title}`}>
          Chain of custody
        </Button>
        <GuardedButton
          permission={mayHold}
          size="xs"
          variant="subtle"
          color="grape"
          onClick={onToggleHold}
          aria-label={`${item.legalHold ? 'Lift legal hold on' : 'Place legal hold on'} ${item.title}`}
        >
          {item.legalHold ? 'Lift legal hold' : 'Place legal hold'}
        </GuardedButton>
      </Group>
    </RecordCard>
  );
}
