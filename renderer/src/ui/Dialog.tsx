import * as RadixDialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { useFocusReturn } from './use-focus-return';

export type DialogProps = { open: boolean; onOpenChange(open: boolean): void; title: string; description?: string; wide?: boolean; children: ReactNode };

/** Modal with focus trap, Escape to close and a labelled title (Radix); closing gives the focus back. */
export function Dialog({ open, onOpenChange, title, description, wide, children }: DialogProps) {
  useFocusReturn(open);
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content
          className={wide ? 'dialog dialog-wide' : 'dialog'}
          aria-modal="true"
          // Radix would focus the body (there is no Radix trigger); useFocusReturn puts it back instead.
          onCloseAutoFocus={(event) => event.preventDefault()}
          // Escape in an open suggestion list closes the list, not the dialog with everything typed in it.
          onEscapeKeyDown={(event) => {
            if (document.activeElement?.matches('[role="combobox"][aria-expanded="true"]')) event.preventDefault();
          }}
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <RadixDialog.Title className="dialog-title">{title}</RadixDialog.Title>
          {description && <RadixDialog.Description className="dialog-description">{description}</RadixDialog.Description>}
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
