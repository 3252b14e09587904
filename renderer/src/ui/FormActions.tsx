import { useTranslation } from 'react-i18next';
import { Button } from './Button';

export type FormActionsProps = {
  submitLabel: string;
  /** No cancel button when absent. */
  onCancel?(): void;
  cancelLabel?: string;
  /** While saving: the submit button is disabled so a double click does not save twice. */
  busy?: boolean;
  disabled?: boolean;
  className?: string;
};

/** The cancel/submit row that ends every form: cancel first, the primary action last (Enter submits). */
export function FormActions({ submitLabel, onCancel, cancelLabel, busy, disabled, className }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <div className={['row-actions', className].filter(Boolean).join(' ')}>
      {onCancel && (
        <Button variant="ghost" onClick={onCancel}>
          {cancelLabel ?? t('common.cancel')}
        </Button>
      )}
      <Button type="submit" variant="primary" disabled={busy || disabled} aria-busy={busy || undefined}>
        {submitLabel}
      </Button>
    </div>
  );
}
