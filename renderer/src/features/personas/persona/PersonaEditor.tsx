import { FileText } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { PatternTest } from '@shared/index';
import { decisionRoles, personaColors, type DecisionRole, type Persona } from '@shared/model';
import { Button, Field, Select, TextInput } from '../../../ui';
import { TextArea } from '../TextArea';
import { personaLists } from './persona-draft';
import { TitlePatterns } from './TitlePatterns';

export type PersonaEditorProps = {
  persona: Persona;
  tests: PatternTest[] | null;
  onChange(persona: Persona): void;
  onOpenOnePager(): void;
  error(path: string): string | undefined;
  /** False while unsaved: the one-pager shows what is saved. */
  saved: boolean;
};

/** One persona's card in full: name, colour, decision role, title patterns, and what they want, fear and say. */
export function PersonaEditor({ persona, tests, onChange, onOpenOnePager, error, saved }: PersonaEditorProps) {
  const { t } = useTranslation();
  const patch = (p: Partial<Persona>) => onChange({ ...persona, ...p });
  return (
    <section className="personas-section persona-editor" aria-labelledby="persona-editor-title" style={{ borderTopColor: persona.color }}>
      <div className="card-title-row">
        <h2 id="persona-editor-title" dir="auto">
          {persona.name.trim() || t('personas.persona.unnamed')}
        </h2>
        <Button onClick={onOpenOnePager} disabled={!saved} title={saved ? undefined : t('personas.persona.saveForOnePager')}>
          <FileText size={14} aria-hidden />
          {t('personas.persona.onePager')}
        </Button>
      </div>
      <div className="field-row">
        <Field label={t('personas.persona.name')} error={error('name')} className="grow">
          <TextInput name="personaName" value={persona.name} onValueChange={(name) => patch({ name })} required />
        </Field>
        <Field label={t('personas.persona.decisionRole')}>
          <Select
            name="decisionRole"
            value={persona.decisionRole ?? ''}
            onValueChange={(v) => patch({ decisionRole: v === '' ? null : (v as DecisionRole) })}
            placeholder={t('personas.persona.roles.none')}
            options={decisionRoles.map((r) => ({ value: r, label: t(`personas.persona.roles.${r}`) }))}
          />
        </Field>
        <Field label={t('personas.persona.color')} error={error('color')}>
          <span className="persona-colors">
            <input
              type="color"
              className="persona-color-input"
              value={persona.color}
              onChange={(e) => patch({ color: e.target.value })}
              aria-label={t('personas.persona.color')}
            />
            {personaColors.map((c) => (
              <button
                key={c}
                type="button"
                className="persona-swatch"
                style={{ background: c }}
                aria-label={t('personas.persona.swatch', { color: c })}
                aria-pressed={persona.color.toLowerCase() === c}
                onClick={() => patch({ color: c })}
              />
            ))}
          </span>
        </Field>
      </div>
      <TitlePatterns
        patterns={persona.titlePatterns}
        tests={tests}
        onChange={(titlePatterns) => patch({ titlePatterns })}
        error={(i) => error(`titlePatterns.${i}`)}
      />
      <div className="persona-lists">
        {personaLists.map((list) => (
          <Field key={list} label={t(`personas.persona.lists.${list}`)} hint={t('personas.persona.listHint')}>
            <TextArea name={`persona-${list}`} rows={3} value={persona[list].join('\n')} onValueChange={(v) => patch({ [list]: v.split('\n') })} />
          </Field>
        ))}
      </div>
    </section>
  );
}
