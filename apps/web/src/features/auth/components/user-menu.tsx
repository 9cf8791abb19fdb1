import { Badge, Button, Group, Text, VisuallyHidden } from '@mantine/core';
import type { SessionUser } from '../../../lib/api-types';
import { ROLE_LABELS } from '../../../lib/vocabulary-labels';
import { useLogout } from '../../../api/auth/logout';

export interface UserMenuProps {
  user: SessionUser;
}

export function UserMenu({ user }: UserMenuProps) {
  const logout = useLogout();
  return (
    <Group gap="sm" wrap="nowrap">
      <Group gap={6} wrap="nowrap" data-testid="signed-in-user">
        <VisuallyHidden>Signed in as</VisuallyHidden>
        <Text size="sm" fw={500} title={user.email} truncate maw={180}>
          {user.name}
        </Text>
        <Badge variant="light" color="gray" radius="sm" style={{ flexShrink: 0 }}>
          {ROLE_LABELS[user.role]}
        </Badge>
      </Group>
      <Button
        variant="default"
        size="xs"
        loading={logout.isPending}
        onClick={() => {
          logout.mutate();
        }}
      >
        Sign out
      </Button>
    </Group>
  );
}
