import { Alert, Button, Group, Paper, Progress, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { errorMessage } from '../../../lib/api-error';
import { formatBytes } from '../../../lib/bytes';
import type { Permission } from '../../../lib/permissions';
import type { ExportFilters, ExportFormat, ExportPath } from '../../../api/audit/export-format';
import { useExportDownload, type ExportState } from '../hooks/use-export-download';

const COUNT = new Intl.NumberFormat('en-GB');

export interface ExportPanelProps<P extends ExportPath> {
  title: string;
  /** What will be exported, e.g. "the events matching the filters". */
  description: string;
  path: P;
  fileStem: string;
  query: ExportFilters<P>;
  /** Why the signed-in person may not export, or null when they may. */
  deniedReason: string | null;
}

export function ExportStatus({ state, onCancel }: { state: ExportState; onCancel: () => void }) {
  switch (state.status) {
    case 'idle':
      return null;
    case 'running': {
      const { bytes, rows, totalBytes } = state.progress;
      const percent = totalBytes ? Math.min(100, (bytes / totalBytes) * 100) : 100;
      return (
        <Stack gap={6}>
          <Progress.Root size="md">
            {totalBytes === null ? (
              // Streamed without a length: an indeterminate bar, with what has arrived as its text.
              <Progress.Section
                value={100}
                striped
                animated
                withAria={false}
                role="progressbar"
                aria-label="Export progress"
                aria-valuetext={`${formatBytes(bytes)} received`}
              />
            ) : (
              <Progress.Section value={percent} aria-label="Export progress" />
            )}
          </Progress.Root>
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">
              Receiving: <strong>{COUNT.format(rows)}</strong> {rows === 1 ? 'row' : 'rows'},{' '}
              <strong>{formatBytes(bytes)}</strong>
              {totalBytes !== null && ` of ${formatBytes(totalBytes)}`}
            </Text>
            <Button size="compact-sm" variant="default" onClick={onCancel}>
              Cancel
            </Button>
          </Group>
        </Stack>
      );
    }
    case 'done':
      return (
        <Alert color="green" variant="light" title="Export saved">
          <Text size="sm">
            {state.fileName}: {COUNT.format(state.rows)} {state.rows === 1 ? 'row' : 'rows'}, {formatBytes(state.bytes)}
            , in {state.seconds.toFixed(1)} s.
          </Text>
        </Alert>
      );
    case 'cancelled':
      return (
        <Text size="sm" c="dimmed">
          Export cancelled. Nothing was saved.
        </Text>
      );
    case 'failed':
      return (
        <Alert color="red" variant="light" title="The export failed">
          <Text size="sm">{errorMessage(state.error)}</Text>
        </Alert>
      );
  }
}

/** Choose a format, export with progress, cancel; the result is saved as a file. */
export function ExportPanel<P extends ExportPath>({
  title,
  description,
  path,
  fileStem,
  query,
  deniedReason,
}: ExportPanelProps<P>) {
  const [format, setFormat] = useState<ExportFormat>('csv');
  const { state, start, cancel } = useExportDownload({ path, fileStem });
  const titleId = useId();
  const running = state.status === 'running';

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <div>
          <Title order={3} size="h5" id={titleId}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </div>
        <Group gap="sm" wrap="wrap">
          <SegmentedControl
            aria-label="Export format"
            size="sm"
            value={format}
            onChange={(value) => {
              setFormat(value === 'ndjson' ? 'ndjson' : 'csv');
            }}
            data={[
              { value: 'csv', label: 'CSV' },
              { value: 'ndjson', label: 'NDJSON' },
            ]}
            disabled={running || deniedReason !== null}
          />
          <Button
            onClick={() => void start(format, query)}
            loading={running}
            disabled={deniedReason !== null}
            aria-describedby={deniedReason ? `${titleId}-denied` : undefined}
          >
            Export {format === 'csv' ? 'CSV' : 'NDJSON'}
          </Button>
        </Group>
        {deniedReason !== null && (
          <Text size="sm" c="dimmed" id={`${titleId}-denied`}>
            {deniedReason}
          </Text>
        )}
        {running && <ExportStatus state={state} onCancel={cancel} />}
        {/* Only the outcome is announced; the running figures would be read out ten times a second. */}
        <div role="status" aria-live="polite">
          {!running && <ExportStatus state={state} onCancel={cancel} />}
        </div>
      </Stack>
    </Paper>
  );
}

/** The export panel as the permission allows: hidden from roles that may never export, disabled with the reason for others. */
export function PermittedExportPanel<P extends ExportPath>({
  permission,
  ...props
}: Omit<ExportPanelProps<P>, 'deniedReason'> & { permission: Permission }) {
  if (!permission.allowed && permission.hidden) return null;
  return <ExportPanel {...props} deniedReason={permission.allowed ? null : permission.reason} />;
}
