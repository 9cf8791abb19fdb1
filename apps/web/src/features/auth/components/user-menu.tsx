import { Badge, Button, Group, Text, VisuallyHidden } from '@mantine/core';
import type { Role } from '@ethics/domain';
import type { AuthUser } from '../../../lib/api-types';
import { useLogout } from '../api/logout';

const ROLE_LABELS: Record<Role, string> = {
  reviewer: 'Reviewer',
  lead: 'Investigation lead',
  executive: 'Executive',
  auditor: 'Auditor',
  admin: 'Administrator',
};

export interface UserMenuProps {
  user: AuthUser;
}

export function UserMenu({ user }: UserMenuProps) {
  const logout = useLogout();
  return (
    <Group gap="sm" wrap="nowrap">
      <Group gap={6} wrap="nowrap">
        <VisuallyHidden>Signed in as</VisuallyHidden>
        <Text size="sm" fw={500} title={user.email} truncate maw={220}>
          {user.name}
        </Text>
        <Badge variant="light" color="gray" radius="sm">
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
