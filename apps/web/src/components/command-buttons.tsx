import { Group, Stack } from '@mantine/core';
import type { Permission } from '../lib/permissions';
import { DeniedReasons } from './denied-reasons';
import { GuardedButton } from './guarded-button';

export interface CommandChoice<C extends string> {
  command: C;
  label: string;
  permission: Permission;
  variant?: string;
  color?: string;
}

/** The next steps of a lifecycle as small buttons, with the reasons for any that are refused below them. */
export function CommandButtons<C extends string>({
  choices,
  onChoose,
}: {
  choices: readonly CommandChoice<C>[];
  onChoose: (command: C) => void;
}) {
  return (
    <Stack gap={4} align="flex-end">
      <Group gap="xs">
        {choices.map((choice) => (
          <GuardedButton
            key={choice.command}
            size="xs"
            variant={choice.variant}
            color={choice.color}
            permission={choice.permission}
            onClick={() => {
              onChoose(choice.command);
            }}
          >
            {choice.label}
          </GuardedButton>
        ))}
      </Group>
      <DeniedReasons permissions={choices.map((choice) => choice.permission)} />
    </Stack>
  );
}
