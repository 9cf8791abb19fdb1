import { Badge, Card, EmptyState, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { DateText } from '../../../components/date-text';
import { PanelHeader } from '../../../components/panel-header';
import { GuardedButton } from '../../../components/guarded-button';
import { clauseLabel } from '../../../components/policy-clause-picker';
import { ErrorState, LoadingState } from '../../../components/query-states';
import type { CaseDetail, Finding } from '../../../lib/api-types';
import { useCaseWork } from '../../../lib/case-work';
import { scopeOfCase } from '../../../lib/permissions';
import { useCaseMembers, useMemberNames } from '../../../api/cases/get-case-members';
import { usePolicyClauses } from '../../../api/policies/get-policies';
import { FINDING_STATUS_LABELS, type Option } from '../../../lib/vocabulary-labels';
import { useFindings } from '../../../api/review/get-findings';
import { useTasks } from '../../../api/review/get-tasks';
import { FindingForm } from './finding-form';
import { TaskForm } from './task-form';
import { TasksTable } from './tasks-table';

const CONCLUSION_COLORS: Record<Finding['conclusion'], string> = {
  substantiated: 'red',
  unsubstantiated: 'green',
  inconclusive: 'yellow',
};

function taskCaption(tasks: readonly { overdue: boolean }[]): string {
  const overdue = tasks.filter((t) => t.overdue).length;
  const total = `${String(tasks.length)} ${tasks.length === 1 ? 'task' : 'tasks'}`;
  return overdue === 0 ? `${total}, none overdue` : `${total}, ${String(overdue)} overdue`;
}

export interface ReviewPanelProps {
  detail: CaseDetail;
  allegations: readonly Option[];
  evidence: readonly Option[];
}

function FindingCard({
  finding,
  allegationLabel,
  evidenceLabel,
  clauseNames,
  authorName,
}: {
  finding: Finding;
  allegationLabel: string;
  evidenceLabel: (id: string) => string;
  clauseNames: ReadonlyMap<string, string>;
  authorName: string;
}) {
  return (
    <Card withBorder radius="md" p="md" component="article">
      <Stack gap="xs">
        <Group gap="xs">
          <Badge color={CONCLUSION_COLORS[finding.conclusion]} radius="sm">
            {FINDING_STATUS_LABELS[finding.conclusion]}
          </Badge>
          <Text size="sm" fw={600}>
            {allegationLabel}
          </Text>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {finding.rationale}
        </Text>
        {finding.evidenceIds.length > 0 && (
          <Text size="sm" c="dimmed">
            Evidence: {finding.evidenceIds.map(evidenceLabel).join('; ')}
          </Text>
        )}
        {finding.policyClauseIds.length > 0 && (
          <Group gap={4}>
            {finding.policyClauseIds.map((id) => (
              <Badge key={id} variant="default" radius="sm" tt="none" fw={500}>
                {clauseNames.get(id) ?? 'Clause'}
              </Badge>
            ))}
          </Group>
        )}
        <Text size="xs" c="dimmed">
          {finding.externalReviewer !== null ? `By ${finding.externalReviewer}, recorded by ` : 'By '}
          {authorName}, <DateText iso={finding.createdAt} />
        </Text>
      </Stack>
    </Card>
  );
}

export function ReviewPanel({ detail, allegations, evidence }: ReviewPanelProps) {
  const caseId = detail.id;
  const tasks = useTasks(caseId);
  const findings = useFindings(caseId);
  const members = useCaseMembers(caseId);
  const nameOf = useMemberNames(caseId);
  const clauses = usePolicyClauses();
  const [addingTask, taskDialog] = useDisclosure(false);
  const [addingFinding, findingDialog] = useDisclosure(false);
  const caseWork = useCaseWork(detail.status);
  const scope = scopeOfCase(detail);
  const mayAddTask = caseWork('add_task', { action: 'create', type: 'Task', scope }).permission;
  const mayUpdateTask = caseWork('change_task', { action: 'update', type: 'Task', scope }).permission;
  const mayAddFinding = caseWork('add_finding', { action: 'create', type: 'Finding', scope }).permission;
  const clauseNames = new Map((clauses.data ?? []).map((c) => [c.id, clauseLabel(c)]));
  const evidenceLabel = (id: string) => evidence.find((e) => e.value === id)?.label ?? 'an item';
  const allegationLabel = (id: string) => allegations.find((a) => a.value === id)?.label ?? 'Allegation';

  return (
    <Stack gap="xl">
      <Stack gap="md">
        <PanelHeader title="Tasks">
          <GuardedButton permission={mayAddTask} variant="default" onClick={taskDialog.open}>
            Add task
          </GuardedButton>
        </PanelHeader>
        {tasks.isPending ? (
          <LoadingState label="Loading tasks…" />
        ) : tasks.isError ? (
          <ErrorState title="The tasks could not be loaded" error={tasks.error} onRetry={() => void tasks.refetch()} />
        ) : tasks.data.length === 0 ? (
          <EmptyState
            title="No task yet"
            description="Split the review into tasks with an assignee and a due date."
            py="lg"
          />
        ) : (
          <TasksTable
            tasks={tasks.data}
            nameOf={nameOf}
            permission={() => mayUpdateTask}
            caption={taskCaption(tasks.data)}
          />
        )}
      </Stack>

      <Stack gap="md">
        <PanelHeader title="Findings">
          <GuardedButton permission={mayAddFinding} onClick={findingDialog.open} disabled={allegations.length === 0}>
            Record finding
          </GuardedButton>
        </PanelHeader>
        {findings.isPending ? (
          <LoadingState label="Loading findings…" />
        ) : findings.isError ? (
          <ErrorState
            title="The findings could not be loaded"
            error={findings.error}
            onRetry={() => void findings.refetch()}
          />
        ) : findings.data.length === 0 ? (
          <EmptyState
            title="No finding yet"
            description={
              allegations.length === 0
                ? 'Add an allegation first: each finding concludes one.'
                : 'Conclude on each allegation, citing evidence and policy clauses.'
            }
            py="lg"
          />
        ) : (
          findings.data.map((f) => (
            <FindingCard
              key={f.id}
              finding={f}
              allegationLabel={allegationLabel(f.allegationId)}
              evidenceLabel={evidenceLabel}
              clauseNames={clauseNames}
              authorName={nameOf(f.authorId)}
            />
          ))
        )}
      </Stack>

      <Modal opened={addingTask} onClose={taskDialog.close} title="New task" size="lg">
        <TaskForm
          caseId={caseId}
          members={members.data ?? []}
          onCancel={taskDialog.close}
          onCreated={() => {
            notifications.show({ color: 'green', title: 'Task added', message: `It is on ${detail.reference}.` });
            taskDialog.close();
          }}
        />
      </Modal>
      <Modal opened={addingFinding} onClose={findingDialog.close} title="New finding" size="xl">
        <FindingForm
          caseId={caseId}
          allegations={allegations}
          evidence={evidence}
          onCancel={findingDialog.close}
          onCreated={() => {
            notifications.show({
              color: 'green',
              title: 'Finding recorded',
              message: 'The allegation now shows this conclusion.',
            });
            findingDialog.close();
          }}
        />
      </Modal>
    </Stack>
  );
}
