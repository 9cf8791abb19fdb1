import { Group, Title, type GroupProps } from '@mantine/core';
import type { ReactNode } from 'react';

export interface PanelHeaderProps {
  title: ReactNode;
  align?: GroupProps['align'];
  gap?: GroupProps['gap'];
  /** What the panel offers to do, on the right of its title. */
  children?: ReactNode;
}

/** The title of a panel in the case workspace, with its actions beside it. */
export function PanelHeader({ title, align, gap, children }: PanelHeaderProps) {
  return (
    <Group justify="space-between" align={align} gap={gap}>
      <Title order={3} size="h4">
        {title}
      </Title>
      {children}
    </Group>
  );
}
