import { X } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useToasts, type Toast } from './toast-store';

const LIFETIME_MS = { ok: 8_000, error: 15_000 };

function ToastItem({ toast }: { toast: Toast }) {
  const { t } = useTranslation();
  const dismiss = useToasts((s) => s.dismiss);
  useEffect(() => {
    const timer = setTimeout(() => dismiss(toast.id), LIFETIME_MS[toast.tone]);
    return () => clearTimeout(timer);
  }, [dismiss, toast.id, toast.tone]);
  return (
    // The role sits on the text, not the <li>: a list item with another role breaks the list for screen readers (axe "list").
    <li className={`toast toast-${toast.tone}`}>
      <span className="toast-text" role={toast.tone === 'error' ? 'alert' : 'status'}>
        {toast.text}
      </span>
      {toast.action && (
        <button
          type="button"
          className="btn btn-ghost toast-action"
          onClick={() => {
            toast.action!.run();
            dismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="icon-button" aria-label={t('common.close')} onClick={() => dismiss(toast.id)}>
        <X size={14} aria-hidden />
      </button>
    </li>
  );
}

/** Where toasts appear: bottom right, announced to screen readers, each closable. */
export function Toaster() {
  const toasts = useToasts((s) => s.toasts);
  return (
    <ol className="toaster" aria-live="polite">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </ol>
  );
}
