import { ArrowDown, ArrowUp, Plus, Trash2, UserRound } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validatePersonas } from '@shared/index';
import type { Persona } from '@shared/model';
import { Button, ConfirmDialog, EmptyState, formatNumber, showToast } from '../../../ui';
import type { PersonaLibrary, PersonasSaveProgress } from '../../../workspace-api';
import { usePersonasPage } from '../personas-store';
import { usePersonasWorker } from '../use-personas-worker';
import { PatternTestPanel } from './PatternTestPanel';
import { PersonaEditor } from './PersonaEditor';
import { moveItem, newPersona, personaProblemText } from './persona-draft';
import { useTitleTest } from './use-title-test';
import { SaveBar } from '../SaveBar';

/** The personas of the workspace as cards (in assignment order), the open one's editor and its live title test. */
export function PersonasTab({ library }: { library: PersonaLibrary }) {
  const { t, i18n } = useTranslation();
  const { client, opened } = usePersonasWorker();
  const stored = usePersonasPage((s) => s.personasDraft);
  const editPersonas = usePersonasPage((s) => s.editPersonas);
  const selectedId = usePersonasPage((s) => s.personaId);
  const openPersona = usePersonasPage((s) => s.openPersona);
  const openOnePager = usePersonasPage((s) => s.openOnePager);
  const [progress, setProgress] = useState<PersonasSaveProgress | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Persona | null>(null);
  const personas = stored?.personas ?? library.personas;
  const base = stored?.base ?? library.personasVersion;
  const problems = useMemo(() => validatePersonas(personas), [personas]);
  const error = personaProblemText(t, problems);
  const test = useTitleTest(personas);
  const dirty = stored !== null && JSON.stringify(stored.personas) !== JSON.stringify(library.personas);
  const changedElsewhere = progress === null && stored !== null && stored.base !== library.personasVersion;
  const selected = personas.find((p) => p.id === selectedId) ?? personas[0] ?? null;
  const n = (v: number) => formatNumber(v, i18n.language);
  const edit = (next: Persona[]) => editPersonas({ personas: next.map((p, order) => ({ ...p, order })), base });
  const testOf = (id: string) => test.result?.test.personas.find((p) => p.personaId === id) ?? null;

  const add = () => {
    const persona = newPersona(t('personas.persona.newName'), personas);
    edit([...personas, persona]);
    openPersona(persona.id);
  };
  const discard = () => {
    editPersonas(null);
    setRefusal(null);
  };
  const save = async () => {
    if (!client) return;
    if (problems.length > 0) return setRefusal(t('personas.persona.fixFirst', { count: problems.length }));
    setRefusal(null);
    setProgress({ phase: 'saving', done: 0, total: 0, reassigned: 0 });
    try {
      const result = await client.savePersonas({ personas, baseVersion: base }, setProgress);
      if (result.ok) {
        editPersonas(null);
        showToast({ tone: 'ok', text: t('personas.persona.saved', { reassigned: n(result.value.reassigned), handedOff: n(result.value.handedOff) }) });
      } else if (result.reason === 'cancelled') setRefusal(t('personas.persona.cancelled'));
      else if (result.reason === 'changed_since') setRefusal(t('personas.persona.changedSince'));
      else if (result.reason === 'invalid') setRefusal(t('personas.persona.fixFirst', { count: result.problems.length }));
      else setRefusal(t('personas.noDesign'));
    } finally {
      setProgress(null);
    }
  };

  return (
    <div className="persona-tab">
      <aside className="persona-cards" aria-labelledby="persona-cards-title">
        <div className="card-title-row">
          <h2 id="persona-cards-title">{t('personas.persona.list')}</h2>
          <Button onClick={add}>
            <Plus size={14} aria-hidden />
            {t('personas.persona.add')}
          </Button>
        </div>
        <p className="muted">{t('personas.persona.orderHint')}</p>
        <ol className="persona-card-list">
          {personas.map((p, i) => {
            const tested = testOf(p.id);
            return (
              <li key={p.id} className={p.id === selected?.id ? 'persona-card is-selected' : 'persona-card'} style={{ borderLeftColor: p.color }}>
                <button type="button" className="persona-card-open" aria-current={p.id === selected?.id ? 'true' : undefined} onClick={() => openPersona(p.id)}>
                  <span className="persona-card-name" dir="auto">
                    {p.name.trim() || t('personas.persona.unnamed')}
                  </span>
                  <span className="muted">
                    {p.decisionRole ? t(`personas.persona.roles.${p.decisionRole}`) : t('personas.persona.roles.none')}
                    {tested && ` · ${t('personas.persona.contacts', { count: tested.contacts, formatted: n(tested.contacts) })}`}
                  </span>
                </button>
                <span className="row-actions">
                  <Button
                    variant="ghost"
                    className="icon-button"
                    aria-label={t('personas.persona.moveUp', { name: p.name })}
                    disabled={i === 0}
                    onClick={() => edit(moveItem(personas, i, i - 1))}
                  >
                    <ArrowUp size={14} aria-hidden />
                  </Button>
                  <Button
                    variant="ghost"
                    className="icon-button"
                    aria-label={t('personas.persona.moveDown', { name: p.name })}
                    disabled={i === personas.length - 1}
                    onClick={() => edit(moveItem(personas, i, i + 1))}
                  >
                    <ArrowDown size={14} aria-hidden />
                  </Button>
                  <Button variant="ghost" className="icon-button" aria-label={t('personas.persona.remove', { name: p.name })} onClick={() => setRemoving(p)}>
                    <Trash2 size={14} aria-hidden />
                  </Button>
                </span>
              </li>
            );
          })}
        </ol>
        {test.result && (
          <p className="muted" data-testid="persona-unmatched">
            {t('personas.persona.test.unmatched', { count: test.result.test.unmatched, formatted: n(test.result.test.unmatched) })}
          </p>
        )}
      </aside>
      <div className="persona-main">
        {selected ? (
          <>
            <PersonaEditor
              key={selected.id}
              persona={selected}
              tests={testOf(selected.id)?.patterns ?? null}
              onChange={(p) => edit(personas.map((x) => (x.id === p.id ? p : x)))}
              onOpenOnePager={() => openOnePager(selected.id)}
              error={(path) => error(selected.id, path)}
              saved={!dirty && library.personas.some((p) => p.id === selected.id)}
            />
            <PatternTestPanel
              persona={selected}
              test={testOf(selected.id)}
              conflicts={test.result?.test.conflicts ?? []}
              personas={personas}
              titles={opened?.titles ?? 0}
              ms={test.result?.ms ?? null}
              running={test.running}
            />
          </>
        ) : (
          <EmptyState
            icon={<UserRound size={28} />}
            title={t('personas.persona.emptyTitle')}
            action={<Button onClick={add}>{t('personas.persona.add')}</Button>}
          >
            {t('personas.persona.emptyBody')}
          </EmptyState>
        )}
        <SaveBar
          changedElsewhere={changedElsewhere ? { text: t('personas.persona.otherWindow'), loadLabel: t('personas.persona.loadSaved'), onLoad: discard } : null}
          refusal={refusal}
          refusalTestId="personas-refusal"
          progress={
            progress && {
              label: t(`personas.persona.progress.${progress.phase}`, { done: n(progress.done), total: n(progress.total) }),
              done: progress.done,
              total: progress.total,
            }
          }
          onCancel={() => client?.cancel()}
          action={
            <Button variant="primary" onClick={() => void save()} disabled={progress !== null || !dirty || !client}>
              {t('personas.persona.save')}
            </Button>
          }
          dirty={dirty}
          onDiscard={discard}
          problemCount={problems.length}
        />
      </div>
      <ConfirmDialog
        open={removing !== null}
        title={t('personas.persona.removeTitle', { name: removing?.name ?? '' })}
        body={t('personas.persona.removeBody')}
        confirmLabel={t('personas.persona.removeConfirm')}
        onConfirm={() => {
          if (removing) edit(personas.filter((p) => p.id !== removing.id));
          setRemoving(null);
        }}
        onCancel={() => setRemoving(null)}
      />
    </div>
  );
}
