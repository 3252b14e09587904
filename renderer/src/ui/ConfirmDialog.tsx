import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { Dialog } from './Dialog';

export type ConfirmDialogProps = {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
  /** What exactly is affected, when the title alone cannot tell (two contacts with the same name). */
  children?: ReactNode;
};

/** Asks before a risky action (merge, bulk recycle, a large owner change); Escape or Cancel leaves everything as it was. */
export function ConfirmDialog({ open, title, body, confirmLabel, onConfirm, onCancel, children }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onOpenChange={(next) => !next && onCancel()} title={title} description={body}>
      {children}
      <div className="row-actions">
        {/* The safe choice has the focus: Enter on a risky question never merges or recycles by accident. */}
        <Button variant="ghost" onClick={onCancel} autoFocus>
          {t('common.cancel')}
        </Button>
        <Button variant="primary" onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
