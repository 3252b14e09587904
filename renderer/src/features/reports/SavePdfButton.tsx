import { FileDown } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { platform } from '../../app/services';
import { Button, reportError, showToast } from '../../ui';

/** The report as printed (print styles hide the controls) saved as a PDF: printToPDF on the desktop, the print dialog on the web. */
export function SavePdfButton({ name, disabled = false }: { name: string; /** Nothing to print yet (an empty workspace). */ disabled?: boolean }) {
  const { t } = useTranslation();
  const save = async () => {
    if ((await platform.exportPdf(name)) === 'saved') showToast({ tone: 'ok', text: t('desktop.print.saved') });
  };
  return (
    <Button variant="ghost" disabled={disabled} onClick={() => void save().catch(reportError)}>
      <FileDown size={15} aria-hidden />
      {t('desktop.print.savePdf')}
    </Button>
  );
}
