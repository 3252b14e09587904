import { Upload, UserPlus, Users } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveCurrentMember, useCurrentMemberChoice } from '../../app/current-member-store';
import { useNavigation } from '../../app/navigation-store';
import { RecordSetBanner } from '../../app/RecordSetBanner';
import { useShownSet } from '../../app/record-set-store';
import { useWorkspaceApi, useWorkspaceQuery } from '../../workspace-api';
import { Button, EmptyState, formatNumber, tabId } from '../../ui';
import { EmptyQueue } from './EmptyQueue';
import { QuickAddDialog } from './QuickAddDialog';
import { BulkBar } from './BulkBar';
import { SavedViews } from './SavedViews';
import { AlmostQualifiedFix } from './AlmostQualifiedFix';
import { ContactRecord } from './record/ContactRecord';
import { LeadsTable } from './LeadsTable';
import { LeadsToolbar } from './LeadsToolbar';
import { LeadsCsvExport } from './LeadsCsvExport';
import { useLeads } from './leads-store';
import { queueDefinition } from './lead-views';
import { QueueTabs } from './QueueTabs';
import { useLeadIndex } from './use-lead-index';
import { queueCounts, useLeadRows } from './use-lead-rows';
import { useStageLabels } from '../../i18n/use-stage-labels';

export function LeadsPage() {
  const { t, i18n } = useTranslation();
  const workspaceId = useWorkspaceApi().id;
  const enterWorkspace = useLeads((s) => s.enterWorkspace);
  useEffect(() => enterWorkspace(workspaceId), [enterWorkspace, workspaceId]);
  const recordSet = useShownSet('contacts', workspaceId);
  // The records behind a figure are listed whole: no queue or earlier filter hides some of them.
  useEffect(() => {
    if (!recordSet) return;
    useLeads.getState().setQueue('all');
    useLeads.getState().clearFilters();
  }, [recordSet]);
  const { index, complete } = useLeadIndex();
  const design = useWorkspaceQuery((q) => q.activeDesign(), []);
  const liveTeam = useWorkspaceQuery((q) => q.team(), []);
  const livePersonas = useWorkspaceQuery((q) => q.personas(), []);
  const team = useMemo(() => liveTeam ?? [], [liveTeam]);
  const personas = useMemo(() => livePersonas ?? [], [livePersonas]);
  const chosen = useCurrentMemberChoice((s) => s.byWorkspace[workspaceId]);
  const me = resolveCurrentMember(team, chosen);
  const stageLabels = useStageLabels();
  const { queue, setQueue, sort, setSort, columns, openContactId, returnFocusId, openContact, quickAddOpen, setQuickAddOpen, search, filters, clearFilters } =
    useLeads();
  const grid = useRef<HTMLDivElement>(null);
  const owners = useMemo(() => new Map(team.map((m) => [m.id, m.name])), [team]);
  const personaNames = useMemo(() => new Map(personas.map((p) => [p.id, p.name])), [personas]);
  const [message, setMessage] = useState<string | null>(null);
  const sources = useMemo(() => [...new Set((index?.rows ?? []).map((r) => r.source).filter((x): x is string => x !== null))].sort(), [index]);
  // Custom field keys in use (first 20), offered as columns.
  const customFields = useMemo(() => {
    const keys = new Set<string>();
    for (const r of index?.rows ?? []) for (const k of Object.keys(r.customFields)) if (keys.size < 20) keys.add(k);
    return [...keys].sort();
  }, [index]);
  const ownerName = useCallback((id: string | null) => (id ? (owners.get(id) ?? '') : ''), [owners]);
  const personaName = useCallback((id: string | null) => (id ? (personaNames.get(id) ?? '') : ''), [personaNames]);
  const sortLabels = useMemo(() => ({ owner: ownerName, persona: personaName }), [ownerName, personaName]);
  const { rows, queryMs, missing, rise } = useLeadRows(index, recordSet, design, me?.id ?? null, sortLabels, i18n.language);
  const handOff = design?.lifecycle.handOffStageId ?? 'mql';
  const recycled = design?.lifecycle.stages.find((s) => s.kind === 'recycled')?.id ?? 'recycled';
  const counts = queueCounts(index, me?.id ?? null, handOff, recycled, {
    ...(missing ? { almost_qualified: missing.size } : {}),
    ...(rise ? { hot_this_week: rise.size } : {}),
  });
  const effectiveSort = sort ?? queueDefinition(queue, me?.id ?? null, handOff, recycled).sort;

  const quickAdd = <QuickAddDialog open={quickAddOpen} onOpenChange={setQuickAddOpen} ownerId={me?.id ?? null} onOpenContact={openContact} />;
  if (openContactId)
    return (
      <>
        <ContactRecord contactId={openContactId} me={me} stageLabels={stageLabels} onClose={() => openContact(null)} />
        {quickAdd}
      </>
    );

  return (
    <section className="page leads-page" aria-labelledby="leads-title">
      <header className="page-header">
        <h1 id="leads-title">{t('leads.title')}</h1>
        <Button variant="primary" className="page-action" onClick={() => setQuickAddOpen(true)}>
          <UserPlus size={14} aria-hidden />
          {t('quickAdd.open')}
        </Button>
        <Button className="page-action" onClick={() => useNavigation.getState().go('import')}>
          <Upload size={14} aria-hidden />
          {t('csvImport.openShort')}
        </Button>
        {index && (
          <span className="page-count" data-query-ms={queryMs.toFixed(1)} data-complete={complete}>
            {complete
              ? t('leadsToolbar.shown', { shown: formatNumber(rows.length, i18n.language), total: formatNumber(index.rows.length, i18n.language) })
              : t('leadsToolbar.loadingAll')}
          </span>
        )}
        {index && complete && (
          <LeadsCsvExport rows={rows} customFields={customFields} stageLabels={stageLabels} ownerName={ownerName} personaName={personaName} />
        )}
      </header>
      {quickAdd}
      {recordSet && <RecordSetBanner kind="contacts" set={recordSet} />}
      <QueueTabs active={queue} counts={counts} onChange={setQueue} panelId="leads-queue-panel" />
      <div id="leads-queue-panel" role="tabpanel" aria-labelledby={tabId('queue', queue)} className="queue-panel">
        <LeadsToolbar
          stageLabels={stageLabels}
          team={team}
          personas={personas}
          sources={sources}
          customFields={customFields}
          onReachResults={() => grid.current?.focus()}
        />
        <SavedViews index={index} />
        {message && (
          <p className="stage-message page-message" role="status">
            {message}
          </p>
        )}
        <BulkBar rows={rows} team={team} me={me} stageName={(id) => stageLabels.get(id)?.name ?? id} ownerName={ownerName} />
        {index === null ? (
          <p className="muted">{t('leads.loading')}</p>
        ) : index.rows.length === 0 && complete ? (
          <EmptyState
            icon={<Users size={28} />}
            title={t('leads.emptyTitle')}
            action={<Button onClick={() => useNavigation.getState().go('import')}>{t('csvImport.openShort')}</Button>}
          >
            {t('leads.emptyBody')}
          </EmptyState>
        ) : rows.length === 0 && complete ? (
          <EmptyQueue queue={queue} filtered={search !== '' || Object.keys(filters).length > 0} onClear={clearFilters} />
        ) : (
          <LeadsTable
            ref={grid}
            returnTo={returnFocusId}
            rows={rows}
            columns={columns}
            sort={effectiveSort}
            onSort={setSort}
            onOpen={openContact}
            cell={{ t, locale: i18n.language, stageLabels, ownerName, personaName }}
            extra={
              missing
                ? {
                    header: t('almost.missing'),
                    width: 'minmax(240px, 1.5fr)',
                    render: (row) =>
                      missing.has(row.id) ? (
                        <AlmostQualifiedFix contactId={row.id} missing={missing.get(row.id)!} personas={personas} onDone={setMessage} />
                      ) : null,
                  }
                : undefined
            }
          />
        )}
      </div>
    </section>
  );
}
