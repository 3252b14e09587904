import { useTranslation } from 'react-i18next';
import { showToast } from '../ui';
import { useWorkspaceApi } from '../workspace-api';
import { fieldErrorsText } from '../i18n/field-errors';

/** Offers Undo for an action that was run as one batch: the toast's button reverts it through the change log. */
export function useUndoToast() {
  const { t } = useTranslation();
  const { actions, id } = useWorkspaceApi();
  return (text: string, batchId: string, onUndone?: () => void) =>
    showToast({
      tone: 'ok',
      text,
      scope: id,
      action: {
        label: t('undo.undo'),
        run: () =>
          void actions.undoBatch({ batchId }).then((result) => {
            if (result.ok) onUndone?.();
            showToast(
              result.ok
                ? { tone: 'ok', text: t('undo.done') }
                : result.errors[0]?.code === 'changed_since'
                  ? { tone: 'error', text: t('undo.changedSince', { name: String(result.errors[0].params?.['name'] ?? '') }) }
                  : { tone: 'error', text: t('undo.refused', { why: fieldErrorsText(t, result.errors) }) },
            );
          }),
      },
    });
}
