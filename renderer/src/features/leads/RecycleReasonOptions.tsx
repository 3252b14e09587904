import { useTranslation } from 'react-i18next';
import { recycleReasons } from '@shared/index';

/** The lifecycle's recycle reasons as select options, after a first empty option that asks for one. */
export function RecycleReasonOptions({ placeholder }: { placeholder: string }) {
  const { t } = useTranslation();
  return (
    <>
      <option value="">{placeholder}</option>
      {recycleReasons.map((r) => (
        <option key={r} value={r}>
          {t(`recycleReason.${r}`)}
        </option>
      ))}
    </>
  );
}
