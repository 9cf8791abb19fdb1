import { Button, Tooltip, VisuallyHidden, type ButtonProps } from '@mantine/core';
import { useId } from '@mantine/hooks';
import type { MouseEventHandler, ReactNode } from 'react';
import type { Permission } from '../lib/permissions';

export interface GuardedButtonProps extends ButtonProps {
  permission: Permission;
  onClick?: MouseEventHandler<HTMLButtonElement>;
  type?: 'button' | 'submit';
  children: ReactNode;
}

/**
 * A button that says why it cannot be used. When the permission is refused it stays visible and
 * focusable but inert (`aria-disabled`), with the reason as its tooltip and accessible
 * description, so keyboard and screen-reader users learn it too. Refusals marked `hidden` (the
 * role may never do this) render nothing.
 */
export function GuardedButton({ permission, onClick, type = 'button', children, ...props }: GuardedButtonProps) {
  const reasonId = useId();
  if (permission.allowed) {
    return (
      <Button type={type} onClick={onClick} {...props}>
        {children}
      </Button>
    );
  }
  if (permission.hidden) return null;
  return (
    <>
      <Tooltip
        label={permission.reason}
        multiline
        maw={320}
        withArrow
        events={{ hover: true, focus: true, touch: true }}
      >
        <Button
          type="button"
          {...props}
          data-disabled
          aria-disabled="true"
          aria-describedby={reasonId}
          onClick={(event) => {
            event.preventDefault();
          }}
        >
          {children}
        </Button>
      </Tooltip>
      {/* Outside the button, so its name stays its label; the description points here. */}
      <VisuallyHidden id={reasonId}>{permission.reason}</VisuallyHidden>
    </>
  );
}
