import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { PatternTest } from '@shared/index';
import { Button, Field, TextInput, formatNumber } from '../../../ui';
import { moveItem } from './persona-draft';

export type TitlePatternsProps = {
  patterns: string[];
  /** Per pattern, from the live test (null while it runs the first time). */
  tests: PatternTest[] | null;
  onChange(patterns: string[]): void;
  error(index: number): string | undefined;
};

/** The persona's ordered job-title patterns, each with how many contacts it matches and assigns right now. */
export function TitlePatterns({ patterns, tests, onChange, error }: TitlePatternsProps) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <fieldset className="title-patterns">
      <legend>{t('personas.persona.patterns')}</legend>
      <p className="muted field-hint">{t('personas.persona.patternsHint')}</p>
      <ol className="title-pattern-list">
        {patterns.map((pattern, i) => {
          const test = tests?.[i];
          const label = t('personas.persona.patternLabel', { n: i + 1 });
          return (
            <li key={i} className="title-pattern" data-testid={`title-pattern-${i}`}>
              <Field
                label={label}
                error={error(i)}
                hint={
                  test && !test.invalid
                    ? test.matched > 0 && test.assigned === 0
                      ? t('personas.persona.patternShadowed', { count: test.matched, matched: n(test.matched) })
                      : t('personas.persona.patternMatches', { count: test.assigned, assigned: n(test.assigned) })
                    : undefined
                }
                className="grow"
              >
                <TextInput
                  name={`pattern-${i}`}
                  value={pattern}
                  placeholder={t('personas.persona.patternPlaceholder')}
                  onValueChange={(v) => onChange(patterns.map((p, j) => (j === i ? v : p)))}
                />
              </Field>
              <span className="row-actions">
                <Button
                  variant="ghost"
                  className="icon-button"
                  aria-label={t('personas.persona.patternUp', { pattern: label })}
                  disabled={i === 0}
                  onClick={() => onChange(moveItem(patterns, i, i - 1))}
                >
                  <ArrowUp size={14} aria-hidden />
                </Button>
                <Button
                  variant="ghost"
                  className="icon-button"
                  aria-label={t('personas.persona.patternDown', { pattern: label })}
                  disabled={i === patterns.length - 1}
                  onClick={() => onChange(moveItem(patterns, i, i + 1))}
                >
                  <ArrowDown size={14} aria-hidden />
                </Button>
                <Button
                  variant="ghost"
                  className="icon-button"
                  aria-label={t('personas.persona.patternRemove', { pattern: label })}
                  onClick={() => onChange(patterns.filter((_, j) => j !== i))}
                >
                  <Trash2 size={14} aria-hidden />
                </Button>
              </span>
            </li>
          );
        })}
      </ol>
      <Button onClick={() => onChange([...patterns, ''])}>
        <Plus size={14} aria-hidden />
        {t('personas.persona.addPattern')}
      </Button>
    </fieldset>
  );
}
