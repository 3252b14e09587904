import { useTranslation } from 'react-i18next';
import { Button, Dialog } from '../ui';
import { useWorkspace } from '../workspace-api';

/** Another window changed the open database: say so and offer the reload, never fail silently. */
export function InterruptedDialog() {
  const { t } = useTranslation();
  const interrupted = useWorkspace((s) => s.interrupted);
  return (
    <Dialog
      open={interrupted !== null}
      onOpenChange={() => undefined}
      title={t('interrupted.title')}
      description={t(`interrupted.${interrupted ?? 'versionchange'}`)}
    >
      <div className="row-actions">
        <Button variant="primary" onClick={() => window.location.reload()}>
          {t('interrupted.reload')}
        </Button>
      </div>
    </Dialog>
  );
}
