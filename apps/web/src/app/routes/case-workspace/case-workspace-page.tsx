import { Anchor, Badge, EmptyState, Stack, Tabs } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { useCase } from '../../../api/cases/get-case';
import { lazy, Suspense, type ReactNode } from 'react';
import { CaseHeader } from '../../../features/cases/components/case-header';
import { CaseOverview } from '../../../features/cases/components/case-overview';
import { ApiError } from '../../../lib/api-error';
import type { CaseDetail } from '../../../lib/api-types';
import { readableParts, type CaseParts } from '../../../lib/case-parts';
import { useCurrentUser } from '../../../lib/current-user';
import { useUrlChoice } from '../../../lib/url-state';

// The overview comes with the page; every other tab is its own chunk, fetched when first opened.
const AllegationsPanel = lazy(() =>
  import('../../../features/cases/components/allegations-panel').then((m) => ({ default: m.AllegationsPanel })),
);
const SubjectsTab = lazy(() => import('./subjects-tab').then((m) => ({ default: m.SubjectsTab })));
const EvidenceTab = lazy(() => import('./evidence-tab').then((m) => ({ default: m.EvidenceTab })));
const ReviewTab = lazy(() => import('./review-tab').then((m) => ({ default: m.ReviewTab })));
const ActionsTab = lazy(() => import('./actions-tab').then((m) => ({ default: m.ActionsTab })));
const StatementsPanel = lazy(() =>
  import('../../../features/statements/components/statements-panel').then((m) => ({ default: m.StatementsPanel })),
);
const TimelinePanel = lazy(() =>
  import('../../../features/cases/components/timeline-panel').then((m) => ({ default: m.TimelinePanel })),
);

function Panel({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingState label="Loading…" />}>{children}</Suspense>;
}

export const CASE_TABS = [
  'overview',
  'allegations',
  'subjects',
  'evidence',
  'review',
  'actions',
  'statements',
  'timeline',
] as const;
type CaseTab = (typeof CASE_TABS)[number];

const TAB_LABELS: Record<CaseTab, string> = {
  overview: 'Overview',
  allegations: 'Allegations',
  subjects: 'Subjects',
  evidence: 'Evidence',
  review: 'Review',
  actions: 'Actions',
  statements: 'Statements',
  timeline: 'Timeline',
};

/** Which tabs the signed-in person may open: each part the API would answer 404 for is left out. */
function tabVisible(tab: CaseTab, parts: CaseParts): boolean {
  switch (tab) {
    case 'overview':
      return true;
    case 'allegations':
    case 'subjects':
      return parts.allegations;
    case 'evidence':
      return parts.evidence;
    case 'review':
      return parts.tasks || parts.findings;
    case 'actions':
      return parts.actions;
    case 'statements':
      return parts.statements;
    case 'timeline':
      return parts.timeline;
  }
}

function countOf(tab: CaseTab, detail: CaseDetail): number | undefined {
  const { counts } = detail;
  if (counts === null) return undefined;
  switch (tab) {
    case 'allegations':
      return counts.allegations;
    case 'evidence':
      return counts.evidence;
    case 'review':
      return counts.tasks + counts.findings;
    case 'actions':
      return counts.actions;
    case 'statements':
      return counts.statements;
    case 'overview':
    case 'subjects':
    case 'timeline':
      return undefined;
  }
}

function Workspace({ detail }: { detail: CaseDetail }) {
  const { ability } = useCurrentUser();
  const parts = readableParts(ability, detail);
  const tabs = CASE_TABS.filter((t) => tabVisible(t, parts));
  const [tab, setTab] = useUrlChoice('tab', tabs, 'overview');
  useDocumentTitle(`${detail.reference} · ${TAB_LABELS[tab]} · Ethics case tracker`);

  return (
    <Stack gap="lg">
      <CaseHeader detail={detail} />
      {/* Only the open tab is mounted: each loads its own records when first shown. */}
      <Tabs value={tab} onChange={setTab} keepMounted={false} classNames={{ tab: 'case-tab' }}>
        <Tabs.List aria-label="Parts of the case">
          {tabs.map((t) => {
            const count = countOf(t, detail);
            return (
              <Tabs.Tab
                key={t}
                value={t}
                rightSection={
                  count !== undefined && count > 0 ? (
                    <Badge size="xs" variant="light" color="gray" radius="sm" aria-hidden="true">
                      {count}
                    </Badge>
                  ) : undefined
                }
              >
                {TAB_LABELS[t]}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="lg">
          <CaseOverview detail={detail} />
        </Tabs.Panel>
        <Tabs.Panel value="allegations" pt="lg">
          <Panel>
            <AllegationsPanel detail={detail} />
          </Panel>
        </Tabs.Panel>
        <Tabs.Panel value="subjects" pt="lg">
          <Panel>
            <SubjectsTab detail={detail} />
          </Panel>
        </Tabs.Panel>
        <Tabs.Panel value="evidence" pt="lg">
          <Panel>
            <EvidenceTab detail={detail} />
          </Panel>
        </Tabs.Panel>
        <Tabs.Panel value="review" pt="lg">
          <Panel>
            <ReviewTab detail={detail} />
          </Panel>
        </Tabs.Panel>
        <Tabs.Panel value="actions" pt="lg">
          <Panel>
            <ActionsTab detail={detail} />
          </Panel>
        </Tabs.Panel>
        <Tabs.Panel value="statements" pt="lg">
          <Panel>
            <StatementsPanel detail={detail} />
          </Panel>
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="lg">
          <Panel>
            <TimelinePanel caseId={detail.id} />
          </Panel>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** `/cases/:caseId?tab=…`: everything about one case, one tab per part of the work. */
export function CaseWorkspacePage() {
  const { caseId = '' } = useParams();
  const detail = useCase(caseId);

  if (detail.isPending) return <LoadingState label="Loading the case…" />;
  if (detail.isError) {
    if (detail.error instanceof ApiError && (detail.error.status === 404 || detail.error.status === 400)) {
      return (
        <EmptyState
          title="Case not found"
          description={
            <>
              It does not exist, or it is restricted and you are not on its team. Back to the{' '}
              <Anchor component={Link} to="/cases">
                case list
              </Anchor>
              .
            </>
          }
          py="xl"
        />
      );
    }
    return (
      <ErrorState title="The case could not be loaded" error={detail.error} onRetry={() => void detail.refetch()} />
    );
  }
  return <Workspace key={detail.data.id} detail={detail.data} />;
}
