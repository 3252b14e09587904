import { createContext, useContext, useId, type AriaAttributes, type ReactNode } from 'react';

type FieldControl = { id: string; describedBy: string | undefined; invalid: boolean };

const FieldContext = createContext<FieldControl | null>(null);

export type FieldProps = {
  label: ReactNode;
  /** What the input accepts, said before the user gets it wrong ("0–100"). */
  hint?: ReactNode;
  /** Already in words: a translated reason, never a raw validation message. */
  error?: string | null;
  className?: string;
  children: ReactNode;
};

/** A label, one control, its hint and its error — linked for screen readers (the control reads them through context). */
export function Field({ label, hint, error, className, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <FieldContext.Provider value={{ id, describedBy, invalid: Boolean(error) }}>
      <div className={['field', className].filter(Boolean).join(' ')}>
        <label htmlFor={id}>{label}</label>
        {children}
        {hint && (
          <span id={hintId} className="field-hint">
            {hint}
          </span>
        )}
        {error && (
          <span id={errorId} className="error-text">
            {error}
          </span>
        )}
      </div>
    </FieldContext.Provider>
  );
}

/** The id, description and invalid state a control inside a Field takes; its own props win. */
export function useFieldControl(own: { id?: string } & Pick<AriaAttributes, 'aria-describedby' | 'aria-invalid'>) {
  const field = useContext(FieldContext);
  return {
    id: own.id ?? field?.id,
    'aria-describedby': [own['aria-describedby'], field?.describedBy].filter(Boolean).join(' ') || undefined,
    'aria-invalid': own['aria-invalid'] ?? (field?.invalid ? true : undefined),
  };
}
