import { Bookmark, X } from 'lucide-react';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { compileLeadFilters, type LeadView } from '@shared/index';
import { useWorkspaceApi, useWorkspaceQuery, type LeadIndex } from '../../workspace-api';
import { Button, formatNumber } from '../../ui';
import { useLeads } from './leads-store';

function countOf(view: LeadView, index: LeadIndex | null): number | null {
  if (!index) return null;
  const keep = compileLeadFilters(view.filters);
  const needle = view.search.trim().toLowerCase();
  let n = 0;
  for (let i = 0; i < index.rows.length; i++) if ((!needle || index.texts[i]!.includes(needle)) && keep(index.rows[i]!)) n++;
  return n;
}

/** The user's saved views as tabs with live counts, and "save view" for the current search and filters. */
export function SavedViews({ index }: { index: LeadIndex | null }) {
  const { actions } = useWorkspaceApi();
  const { t, i18n } = useTranslation();
  const views = useWorkspaceQuery((q) => q.leadViews(), []);
  const { viewId, applyView, search, filters, sort, columns, requestedViewId, requestView } = useLeads();
  useEffect(() => {
    const requested = requestedViewId && views?.find((v) => v.id === requestedViewId);
    if (!requestedViewId || !views) return;
    if (requested) applyView(requested);
    requestView(null);
  }, [requestedViewId, views, applyView, requestView]);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const counts = useMemo(() => new Map((views ?? []).map((v) => [v.id, countOf(v, index)])), [views, index]);
  const canSave = search.trim() !== '' || Object.keys(filters).length > 0;
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await actions.saveLeadView({ name, search, filters, sort, columns });
    if (result.ok) {
      applyView(result.value);
      setNaming(false);
      setName('');
    }
  };
  return (
    <div className="saved-views" role="group" aria-label={t('views.saved')}>
      {(views ?? []).map((v) => (
        <span key={v.id} className="saved-view">
          <button type="button" className="tab" aria-pressed={viewId === v.id} onClick={() => applyView(v)}>
            <Bookmark size={12} aria-hidden />
            {v.name}
            {counts.get(v.id) !== null && <span className="queue-count">{formatNumber(counts.get(v.id)!, i18n.language)}</span>}
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('views.delete', { name: v.name })}
            onClick={() => void actions.deleteLeadView({ id: v.id })}
          >
            <X size={12} aria-hidden />
          </button>
        </span>
      ))}
      {naming ? (
        <form className="inline-form compact" onSubmit={save}>
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('views.name')} aria-label={t('views.name')} autoFocus maxLength={60} />
          <Button type="submit" disabled={name.trim() === ''}>
            {t('views.saveButton')}
          </Button>
        </form>
      ) : (
        canSave && (
          <Button variant="ghost" onClick={() => setNaming(true)}>
            <Bookmark size={14} aria-hidden />
            {t('views.save')}
          </Button>
        )
      )}
    </div>
  );
}
