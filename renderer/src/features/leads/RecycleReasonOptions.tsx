import { useTranslation } from 'react-i18next';
import { recycleReasons } from '@shared/index';
import type { RecycleReason } from '@shared/model';

/** Recycle reasons as select options (the lifecycle's, or a subset such as a deal's lost reasons), after a first empty option that asks for one. */
export function RecycleReasonOptions({ placeholder, reasons = recycleReasons }: { placeholder: string; reasons?: readonly RecycleReason[] }) {
  const { t } = useTranslation();
  return (
    <>
      <option value="">{placeholder}</option>
      {reasons.map((r) => (
        <option key={r} value={r}>
          {t(`recycleReason.${r}`)}
        </option>
      ))}
    </>
  );
}
