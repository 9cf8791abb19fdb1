import { Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { GuardedButton } from '../../../components/guarded-button';
import { PanelHeader } from '../../../components/panel-header';
import { ListStates } from '../../../components/list-states';
import { ReasonDialog } from '../../../components/reason-dialog';
import type { CaseDetail, Evidence } from '../../../lib/api-types';
import { useCaseWork } from '../../../lib/case-work';
import { scopeOfCase, usePermissions } from '../../../lib/permissions';
import { useMemberNames } from '../../../api/cases/get-case-members';
import { useEvidence } from '../../../api/evidence/get-evidence';
import { useUpdateEvidence } from '../../../api/evidence/update-evidence';
import { CustodyDrawer } from './custody-drawer';
import { EvidenceCard } from './evidence-card';
import { RecordEvidenceForm } from './record-evidence-form';
import { UploadEvidenceForm, type AllegationOption } from './upload-evidence-form';
import { itemsOfPages } from '../../../api/lists';
import { LoadMoreButton } from '../../../components/load-more';

export interface EvidencePanelProps {
  detail: CaseDetail;
  /** The case's allegations, to link new evidence to and to name existing links. */
  allegations: readonly AllegationOption[];
}

export function EvidencePanel({ detail, allegations }: EvidencePanelProps) {
  const caseId = detail.id;
  const evidence = useEvidence(caseId);
  const items = itemsOfPages(evidence.data);
  const nameOf = useMemberNames(caseId);
  const [uploading, uploadDialog] = useDisclosure(false);
  const [recording, recordDialog] = useDisclosure(false);
  const [custodyOf, setCustodyOf] = useState<Evidence | null>(null);
  const [holdOf, setHoldOf] = useState<Evidence | null>(null);
  const updateEvidence = useUpdateEvidence(caseId);

  const permission = usePermissions();
  const caseWork = useCaseWork(detail.status);
  const scope = scopeOfCase(detail);
  const adding = caseWork('add_evidence', { action: 'create', type: 'Evidence', scope });
  const mayAdd = adding.permission;
  const mayDownload = permission({ action: 'read', type: 'EvidenceContent', doing: 'download evidence', scope });
  const mayHold = caseWork('change_evidence', {
    action: 'update',
    type: 'Evidence',
    field: 'legalHold',
    doing: 'place or lift a legal hold',
    scope,
  }).permission;
  const allegationLabel = (id: string) =>
    allegations.find((a) => a.value === id)?.short.toLowerCase() ?? 'an allegation';

  return (
    <Stack gap="md">
      <PanelHeader title="Evidence" gap="sm">
        <Group gap="sm">
          <GuardedButton permission={mayAdd} variant="default" onClick={recordDialog.open}>
            Record without file
          </GuardedButton>
          <GuardedButton permission={mayAdd} onClick={uploadDialog.open}>
            Upload evidence
          </GuardedButton>
        </Group>
      </PanelHeader>
      <ListStates
        query={evidence}
        count={items.length}
        loadingLabel="Loading evidence…"
        errorTitle="The evidence could not be loaded"
        emptyTitle="No evidence yet"
        emptyDescription="Upload files or record what a source says. Each item is hashed when it arrives."
      >
        <Text size="sm" c="dimmed">
          {items.length} {items.length === 1 ? 'item' : 'items'}
          {evidence.hasNextPage ? ' so far' : ''}, newest first. Content is never altered; a correction is a new item
          that supersedes the old one.
        </Text>
        {items.map((item) => (
          <EvidenceCard
            key={item.id}
            caseId={caseId}
            item={item}
            allegationLabel={allegationLabel}
            nameOf={nameOf}
            mayDownload={mayDownload}
            mayHold={mayHold}
            onShowCustody={() => {
              setCustodyOf(item);
            }}
            onToggleHold={() => {
              setHoldOf(item);
            }}
          />
        ))}
        <LoadMoreButton query={evidence} />
      </ListStates>
      <Modal
        opened={uploading}
        onClose={uploadDialog.close}
        title="Upload evidence"
        size="xl"
        closeOnClickOutside={false}
      >
        <UploadEvidenceForm
          caseId={caseId}
          allegations={allegations}
          reasonRequired={adding.reasonRequired}
          onDone={uploadDialog.close}
        />
      </Modal>
      <Modal opened={recording} onClose={recordDialog.close} title="Record evidence without a file" size="xl">
        <RecordEvidenceForm caseId={caseId} reasonRequired={adding.reasonRequired} onDone={recordDialog.close} />
      </Modal>
      <CustodyDrawer
        caseId={caseId}
        item={custodyOf}
        nameOf={nameOf}
        onClose={() => {
          setCustodyOf(null);
        }}
      />
      <ReasonDialog
        opened={holdOf !== null}
        onClose={() => {
          setHoldOf(null);
          updateEvidence.reset();
        }}
        title={holdOf?.legalHold ? 'Lift the legal hold' : 'Place on legal hold'}
        description={
          holdOf?.legalHold
            ? `“${holdOf.title}” could be withdrawn again once the hold is lifted.`
            : `“${holdOf?.title ?? ''}” cannot be withdrawn while on hold.`
        }
        confirmLabel={holdOf?.legalHold ? 'Lift legal hold' : 'Place on legal hold'}
        confirmColor="grape"
        pending={updateEvidence.isPending}
        error={updateEvidence.error}
        onConfirm={(reason) => {
          if (holdOf === null) return;
          const legalHold = !holdOf.legalHold;
          updateEvidence.mutate(
            { evidenceId: holdOf.id, body: { version: holdOf.version, legalHold, reason } },
            {
              onSuccess: () => {
                notifications.show({
                  color: 'green',
                  title: legalHold ? 'Placed on legal hold' : 'Legal hold lifted',
                  message: holdOf.title,
                });
                setHoldOf(null);
              },
            },
          );
        }}
      />
    </Stack>
  );
}
