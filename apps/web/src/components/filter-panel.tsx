import { Button, Group, Paper, SimpleGrid, TextInput, type SimpleGridProps } from '@mantine/core';
import type { ReactNode } from 'react';

export interface FilterPanelProps {
  /** The accessible name of the search landmark: "Filter the audit log". */
  label: string;
  cols: SimpleGridProps['cols'];
  hasFilters: boolean;
  onClear: () => void;
  children: ReactNode;
}

/** A row of filters over a list, with a button that clears them all. */
export function FilterPanel({ label, cols, hasFilters, onClear, children }: FilterPanelProps) {
  return (
    <Paper withBorder p="sm" radius="md" role="search" aria-label={label}>
      <SimpleGrid cols={cols} spacing="sm" verticalSpacing="xs">
        {children}
      </SimpleGrid>
      <Group justify="flex-end" mt="xs" gap="xs">
        <Button variant="subtle" size="compact-sm" onClick={onClear} disabled={!hasFilters}>
          Clear filters
        </Button>
      </Group>
    </Paper>
  );
}

export interface DateRangeFilterProps {
  fromLabel?: string;
  toLabel?: string;
  from: string | undefined;
  to: string | undefined;
  onChange: (change: { from: string } | { to: string }) => void;
}

/** Two day pickers, each bounding the other so the range cannot end before it starts. */
export function DateRangeFilter({ fromLabel = 'From', toLabel = 'To', from, to, onChange }: DateRangeFilterProps) {
  return (
    <>
      <TextInput
        type="date"
        label={fromLabel}
        value={from ?? ''}
        max={to}
        onChange={(event) => {
          onChange({ from: event.currentTarget.value });
        }}
      />
      <TextInput
        type="date"
        label={toLabel}
        value={to ?? ''}
        min={from}
        onChange={(event) => {
          onChange({ to: event.currentTarget.value });
        }}
      />
    </>
  );
}
