import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldControl } from './Field';

/**
 * Puts our own, translated message into the browser's constraint validation: a form will not submit
 * while it is set, and the browser shows it at the input in the user's language instead of its own.
 */
export function useValidity<T extends HTMLInputElement | HTMLSelectElement>(message: string | null) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.setCustomValidity(message ?? '');
  }, [message]);
  return ref;
}

/**
 * The props a checked input (number, date) spreads: its Field's id and description, our message as
 * its validity, and aria-invalid while the typed value is refused.
 */
export function useCheckedInput(own: Parameters<typeof useFieldControl>[0], problem: string | null, missing: string | null = null) {
  const control = useFieldControl(own);
  // A required field left empty is refused on submit (in our words), but not marked invalid before anyone typed.
  const ref = useValidity<HTMLInputElement>(problem ?? missing);
  return { ...control, ref, 'aria-invalid': control['aria-invalid'] ?? (problem ? true : undefined) };
}

/** Our words for a required field left empty, or null: the browser's own would be in its language, not the user's. */
export function useMissingMessage(required: boolean | undefined, empty: boolean): string | null {
  const { t } = useTranslation();
  return required && empty ? t('input.required') : null;
}
