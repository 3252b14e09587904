import { createContext, useContext, useId, useState, type AriaAttributes, type ReactNode } from 'react';

type FieldControl = {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
  /** A control that checks what is typed (a draft number) says here why it is refused, while it is typed. */
  reportProblem(problem: string | null): void;
};

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
  const [controlProblem, reportProblem] = useState<string | null>(null);
  // The form's own reason first; else what the control refuses as it is typed, named by the field's label.
  const shown = error || (controlProblem && (typeof label === 'string' ? `${label}: ${controlProblem}` : controlProblem));
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = shown ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <FieldContext.Provider value={{ id, describedBy, invalid: Boolean(shown), reportProblem }}>
      <div className={['field', className].filter(Boolean).join(' ')}>
        <label htmlFor={id}>{label}</label>
        {children}
        {hint && (
          <span id={hintId} className="field-hint">
            {hint}
          </span>
        )}
        {shown && (
          <span id={errorId} className="error-text">
            {shown}
          </span>
        )}
      </div>
    </FieldContext.Provider>
  );
}

/** Where a checking control inside a Field reports what it refuses as it is typed; null outside a Field. */
export const useFieldProblemReport = (): FieldControl['reportProblem'] | null => useContext(FieldContext)?.reportProblem ?? null;

/** The id, description and invalid state a control inside a Field takes; its own props win. */
export function useFieldControl(own: { id?: string } & Pick<AriaAttributes, 'aria-describedby' | 'aria-invalid'>) {
  const field = useContext(FieldContext);
  return {
    id: own.id ?? field?.id,
    'aria-describedby': [own['aria-describedby'], field?.describedBy].filter(Boolean).join(' ') || undefined,
    'aria-invalid': own['aria-invalid'] ?? (field?.invalid ? true : undefined),
  };
}
