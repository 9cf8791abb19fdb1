import { Text } from '@mantine/core';
import type { Permission } from '../lib/permissions';

/** Says in plain text why the controls beside it are disabled (each reason once). */
export function DeniedReasons({ permissions }: { permissions: readonly Permission[] }) {
  const reasons = [...new Set(permissions.flatMap((p) => (!p.allowed && !p.hidden ? [p.reason] : [])))];
  if (reasons.length === 0) return null;
  return (
    <Text size="xs" c="dimmed" maw={320} ta="right" aria-hidden="true">
      {reasons.join(' ')}
    </Text>
  );
}
