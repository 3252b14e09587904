import { ArrowLeft, FileDown, Image as ImageIcon, Printer } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchQuotes, suggestContent } from '@shared/index';
import { platform } from '../../../app/services';
import { Button, EmptyState, formatDate, reportError, showToast, useNow } from '../../../ui';
import type { PersonaLibrary } from '../../../workspace-api';
import { personaLists } from '../persona/persona-draft';
import { usePersonasPage } from '../personas-store';
import { useStageName } from '../stage-name';
import { elementToPng } from './element-to-png';

const QUOTES = 6;

/** A file name from a persona's name: letters and digits of any script kept, the rest dashes. */
const fileBase = (name: string) =>
  `persona-${
    name
      .trim()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'one-pager'
  }`;

/** A persona on one page, for a sales kick-off or a brief: prints cleanly, exports as PNG and PDF through the platform. */
export function OnePager({ library, personaId }: { library: PersonaLibrary; personaId: string }) {
  const { t, i18n } = useTranslation();
  const stageName = useStageName();
  const openOnePager = usePersonasPage((s) => s.openOnePager);
  const page = useRef<HTMLElement>(null);
  const [busy, setBusy] = useState(false);
  const now = useNow();
  const persona = library.personas.find((p) => p.id === personaId);
  const back = () => openOnePager(null);
  if (!persona)
    return (
      <section className="page">
        <EmptyState title={t('personas.onePager.gone')} action={<Button onClick={back}>{t('personas.onePager.back')}</Button>} />
      </section>
    );
  const quotes = searchQuotes(library.quotes, { text: '', topic: null, scope: { kind: 'persona', personaId } }).slice(0, QUOTES);
  const stages = (library.lifecycle?.stages ?? []).filter((s) => s.kind === 'funnel');
  const content = stages.map((s) => ({ stage: s.id, assets: suggestContent(library.contentAssets, personaId, s.id) })).filter((s) => s.assets.length > 0);
  const name = fileBase(persona.name);

  const png = async () => {
    if (!page.current) return;
    setBusy(true);
    try {
      const bytes = await elementToPng(page.current, getComputedStyle(page.current).backgroundColor || '#ffffff');
      if (await platform.saveFile(`${name}.png`, bytes, [{ name: 'PNG', extensions: ['png'] }]))
        showToast({ tone: 'ok', text: t('personas.onePager.saved', { name: `${name}.png` }) });
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };
  const pdf = async () => {
    const outcome = await platform.exportPdf(`${name}.pdf`);
    if (outcome === 'saved') showToast({ tone: 'ok', text: t('personas.onePager.saved', { name: `${name}.pdf` }) });
    if (outcome === 'print_dialog') showToast({ tone: 'ok', text: t('personas.onePager.pdfHint') });
  };

  return (
    <section className="page one-pager-page" aria-labelledby="one-pager-title">
      <div className="one-pager-toolbar no-print">
        <Button variant="ghost" onClick={back}>
          <ArrowLeft size={14} aria-hidden />
          {t('personas.onePager.back')}
        </Button>
        <span className="row-actions">
          <Button onClick={() => void platform.print()}>
            <Printer size={14} aria-hidden />
            {t('personas.onePager.print')}
          </Button>
          <Button onClick={() => void pdf()}>
            <FileDown size={14} aria-hidden />
            PDF
          </Button>
          <Button onClick={() => void png()} disabled={busy}>
            <ImageIcon size={14} aria-hidden />
            PNG
          </Button>
        </span>
      </div>
      <article ref={page} className="one-pager" data-testid="one-pager" style={{ borderTopColor: persona.color }}>
        <header className="one-pager-header">
          <span className="one-pager-swatch" style={{ background: persona.color }} aria-hidden />
          <div>
            <h1 id="one-pager-title" dir="auto">
              {persona.name}
            </h1>
            <p className="muted">
              {persona.decisionRole ? t(`personas.persona.roles.${persona.decisionRole}`) : t('personas.persona.roles.none')}
              {persona.titlePatterns.length > 0 && ` · ${t('personas.onePager.titles', { titles: persona.titlePatterns.join(', ') })}`}
            </p>
          </div>
          <p className="muted one-pager-date">{formatDate(now, i18n.language, library.timeZone)}</p>
        </header>
        <div className="one-pager-grid">
          {personaLists.map((list) => (
            <section key={list} className="one-pager-section">
              <h2>{t(`personas.persona.lists.${list}`)}</h2>
              {persona[list].length === 0 ? (
                <p className="muted">—</p>
              ) : (
                <ul>
                  {persona[list].map((item, i) => (
                    <li key={i} dir="auto">
                      {item}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
        <section className="one-pager-section">
          <h2>{t('personas.onePager.quotes')}</h2>
          {quotes.length === 0 ? (
            <p className="muted">{t('personas.onePager.noQuotes')}</p>
          ) : (
            <div className="one-pager-quotes">
              {quotes.map((q) => (
                <figure key={q.id}>
                  <blockquote dir="auto">“{q.quote}”</blockquote>
                  <figcaption className="muted">{[q.topic, q.source].filter(Boolean).join(' · ')}</figcaption>
                </figure>
              ))}
            </div>
          )}
        </section>
        <section className="one-pager-section">
          <h2>{t('personas.onePager.content')}</h2>
          {content.length === 0 ? (
            <p className="muted">{t('personas.onePager.noContent')}</p>
          ) : (
            <dl className="one-pager-content">
              {content.map((c) => (
                <div key={c.stage}>
                  <dt>{stageName(c.stage)}</dt>
                  <dd>{c.assets.map((a) => `${a.title} (${t(`personas.content.kinds.${a.kind}`)})`).join(' · ')}</dd>
                </div>
              ))}
            </dl>
          )}
        </section>
      </article>
    </section>
  );
}
