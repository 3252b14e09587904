import * as RadixPopover from '@radix-ui/react-popover';
import type { ReactNode } from 'react';

export type PopoverProps = {
  /** The button that opens it (rendered as is: Radix wires it up). */
  trigger: ReactNode;
  /** Names the panel for screen readers. */
  label: string;
  open?: boolean;
  onOpenChange?(open: boolean): void;
  align?: 'start' | 'center' | 'end';
  children: ReactNode;
};

/** A panel beside its button: closes on Escape or a click elsewhere and gives focus back to the button (Radix). */
export function Popover({ trigger, label, open, onOpenChange, align = 'start', children }: PopoverProps) {
  return (
    // Modal: a click outside only closes it (it never also opens the row under the pointer).
    <RadixPopover.Root open={open} onOpenChange={onOpenChange} modal>
      <RadixPopover.Trigger asChild>{trigger}</RadixPopover.Trigger>
      <RadixPopover.Portal>
        <RadixPopover.Content className="popover" aria-label={label} align={align} sideOffset={4} collisionPadding={8}>
          {children}
        </RadixPopover.Content>
      </RadixPopover.Portal>
    </RadixPopover.Root>
  );
}
