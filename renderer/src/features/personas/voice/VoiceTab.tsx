import { useVirtualizer } from '@tanstack/react-virtual';
import { FileUp, MessageSquareQuote, Pencil, Plus, Trash2 } from 'lucide-react';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { quoteTopics, searchQuotes, type QuoteScope } from '@shared/index';
import { newId, type VocQuote } from '@shared/model';
import { Button, EmptyState, Field, Select, TextInput, formatDate, formatNumber, showToast } from '../../../ui';
import { useWorkspaceApi, type PersonaLibrary } from '../../../workspace-api';
import { QuoteForm } from './QuoteForm';
import { QuoteImport } from './QuoteImport';

const ROW = 92;
type Editing = { quote: Omit<VocQuote, 'createdAt' | 'updatedAt' | 'deletedAt'>; isNew: boolean };

const scopeValue = (s: QuoteScope) => (s.kind === 'persona' ? s.personaId : s.kind);
const scopeOf = (v: string): QuoteScope => (v === 'all' || v === 'workspace' ? { kind: v } : { kind: 'persona', personaId: v });

/** The voice-of-customer library (DOMAIN.md §6): per persona and workspace-wide, searchable (Korean substrings too), by topic, CSV import. */
export function VoiceTab({ library }: { library: PersonaLibrary }) {
  const { t, i18n } = useTranslation();
  const { actions } = useWorkspaceApi();
  const [text, setText] = useState('');
  const [topic, setTopic] = useState('');
  const [scope, setScope] = useState<QuoteScope>({ kind: 'all' });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [importing, setImporting] = useState(false);
  const search = useDeferredValue(text);
  const topics = useMemo(() => quoteTopics(library.quotes), [library.quotes]);
  const shown = useMemo(
    () => searchQuotes(library.quotes, { text: search, topic: topic === '' ? null : topic, scope }),
    [library.quotes, search, topic, scope],
  );
  const personaOf = new Map(library.personas.map((p) => [p.id, p]));
  const scroll = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual used as its docs show; we do not run React Compiler
  const virtualizer = useVirtualizer({ count: shown.length, getScrollElement: () => scroll.current, estimateSize: () => ROW, overscan: 6 });
  const n = (v: number) => formatNumber(v, i18n.language);
  const defaultPersonaId = scope.kind === 'persona' ? scope.personaId : null;
  const add = () =>
    setEditing({
      isNew: true,
      quote: { id: newId(), personaId: defaultPersonaId, quote: '', topic: topic, notes: '', source: '', sourceKind: 'other', saidAt: null },
    });
  const remove = async (q: VocQuote) => {
    const result = await actions.deleteQuote({ id: q.id });
    if (result.ok) showToast({ tone: 'ok', text: t('personas.voice.deleted') });
  };

  return (
    <div className="voice-tab">
      <div className="voice-toolbar">
        <Field label={t('personas.voice.search')} className="grow">
          <TextInput name="quoteSearch" type="search" value={text} onValueChange={setText} placeholder={t('personas.voice.searchPlaceholder')} />
        </Field>
        <Field label={t('personas.voice.topic')}>
          <Select
            name="quoteTopic"
            value={topic}
            onValueChange={setTopic}
            placeholder={t('personas.voice.allTopics')}
            options={topics.map((x) => ({ value: x.topic, label: `${x.topic} (${n(x.count)})` }))}
          />
        </Field>
        <Field label={t('personas.voice.scope')}>
          <Select
            name="quoteScope"
            value={scopeValue(scope)}
            onValueChange={(v) => setScope(scopeOf(v))}
            options={[
              { value: 'all', label: t('personas.voice.scopeAll') },
              { value: 'workspace', label: t('personas.voice.workspaceWide') },
              ...library.personas.map((p) => ({ value: p.id, label: p.name })),
            ]}
          />
        </Field>
        <span className="row-actions">
          <Button onClick={() => setImporting(true)}>
            <FileUp size={14} aria-hidden />
            {t('personas.voice.importButton')}
          </Button>
          <Button variant="primary" onClick={add}>
            <Plus size={14} aria-hidden />
            {t('personas.voice.add')}
          </Button>
        </span>
      </div>
      <p className="muted" role="status" data-testid="quote-count">
        {t('personas.voice.count', { count: shown.length, formatted: n(shown.length), total: n(library.quotes.length) })}
      </p>
      {library.quotes.length === 0 ? (
        <EmptyState icon={<MessageSquareQuote size={28} />} title={t('personas.voice.emptyTitle')}>
          {t('personas.voice.emptyBody')}
        </EmptyState>
      ) : shown.length === 0 ? (
        <p className="muted">{t('personas.voice.noResults')}</p>
      ) : (
        <div ref={scroll} className="quote-list" role="list" aria-label={t('personas.voice.listLabel')} data-testid="quote-list">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const q = shown[item.index]!;
              const persona = q.personaId ? personaOf.get(q.personaId) : undefined;
              return (
                <article
                  key={q.id}
                  role="listitem"
                  className="quote-row"
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    height: ROW - 8,
                    transform: `translateY(${item.start}px)`,
                    borderLeftColor: persona?.color ?? 'var(--border-strong)',
                  }}
                >
                  <blockquote dir="auto" className="quote-text">
                    “{q.quote}”
                  </blockquote>
                  <p className="quote-meta muted">
                    {q.topic && <span className="badge">{q.topic}</span>}
                    <span>{persona?.name ?? t('personas.voice.workspaceWide')}</span>
                    <span>{t(`personas.voice.kinds.${q.sourceKind}`)}</span>
                    {q.source && (
                      <bdi className="quote-source" title={q.source}>
                        {q.source}
                      </bdi>
                    )}
                    {q.saidAt !== null && <span>{formatDate(q.saidAt, i18n.language, library.timeZone)}</span>}
                    {q.notes && (
                      <bdi className="quote-notes" title={q.notes}>
                        {q.notes}
                      </bdi>
                    )}
                  </p>
                  <span className="row-actions quote-actions">
                    <Button
                      variant="ghost"
                      className="icon-button"
                      aria-label={t('personas.voice.edit', { quote: q.quote.slice(0, 40) })}
                      onClick={() => setEditing({ quote: q, isNew: false })}
                    >
                      <Pencil size={14} aria-hidden />
                    </Button>
                    <Button
                      variant="ghost"
                      className="icon-button"
                      aria-label={t('personas.voice.delete', { quote: q.quote.slice(0, 40) })}
                      onClick={() => void remove(q)}
                    >
                      <Trash2 size={14} aria-hidden />
                    </Button>
                  </span>
                </article>
              );
            })}
          </div>
        </div>
      )}
      {editing && (
        <QuoteForm
          quote={editing.quote}
          isNew={editing.isNew}
          personas={library.personas}
          topics={topics.map((x) => x.topic)}
          onClose={() => setEditing(null)}
        />
      )}
      {importing && (
        <QuoteImport
          personas={library.personas}
          existing={library.quotes}
          timeZone={library.timeZone}
          defaultPersonaId={defaultPersonaId}
          onClose={() => setImporting(false)}
        />
      )}
    </div>
  );
}
