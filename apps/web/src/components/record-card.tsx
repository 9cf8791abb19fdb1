import { Card, Group, Stack, Title, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

export interface RecordCardProps {
  /** The heading's id, which names the card for assistive technology. */
  headingId: string;
  heading: ReactNode;
  /** Badges and links beside the heading. */
  tags?: ReactNode;
  /** What the line below the heading says about the record. */
  meta: ReactNode;
  /** Commands on the record, on the right of the heading. */
  commands?: ReactNode;
  headerGap: MantineSpacing;
  children: ReactNode;
}

/** One record of a case as a card: its heading with tags and details, then its body. */
export function RecordCard({ headingId, heading, tags, meta, commands, headerGap, children }: RecordCardProps) {
  return (
    <Card withBorder radius="md" p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap={headerGap}>
          <Stack gap={4} style={{ flex: '1 1 20rem', minWidth: 0 }}>
            <Group gap="xs">
              <Title order={4} size="h6" id={headingId}>
                {heading}
              </Title>
              {tags}
            </Group>
            {meta}
          </Stack>
          {commands}
        </Group>
        {children}
      </Stack>
    </Card>
  );
}
