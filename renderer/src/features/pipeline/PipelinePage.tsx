import { KanbanSquare, Settings2 } from 'lucide-react';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actorOf, planDealMove, type DealMoveInput } from '@shared/index';
import type { Deal } from '@shared/model';
import { resolveCurrentMember, useCurrentMemberChoice } from '../../app/current-member-store';
import { useUndoToast } from '../../app/use-undo-toast';
import { useShownSet } from '../../app/record-set-store';
import { fieldErrorsText } from '../../i18n/field-errors';
import { Button, ConfirmDialog, EmptyState, Tabs, formatNumber, showToast, tabId, useHotkey, useNow, useToasts } from '../../ui';
import { useWorkspaceApi, useWorkspaceQuery, type DealMoved } from '../../workspace-api';
import { Board } from './Board';
import { DealDrawer } from './DealDrawer';
import { DealList } from './DealList';
import { DealSetList } from './DealSetList';
import { ForecastStrip } from './ForecastStrip';
import { GateDialog, type Gate } from './GateDialog';
import { BoardToolbar } from './BoardToolbar';
import { PipelinePicker } from './PipelinePicker';
import { isFiltered, pipelineRef, usePipeline } from './pipeline-store';
import { StageEditor } from './StageEditor';
import { useBoard } from './use-board';

const openDealsByStage = (deals: readonly Deal[]) => {
  const counts: Record<string, number> = {};
  for (const d of deals) counts[d.stageId] = (counts[d.stageId] ?? 0) + 1;
  return counts;
};

/** The seller's daily board (DOMAIN.md §3): deals by stage, moved by drag or keyboard, gated, undoable. */
export function PipelinePage() {
  const { t, i18n } = useTranslation();
  const { id: workspaceId, undoable, actions } = useWorkspaceApi();
  const enterWorkspace = usePipeline((s) => s.enterWorkspace);
  useEffect(() => enterWorkspace(workspaceId), [enterWorkspace, workspaceId]);
  const dealSet = useShownSet('deals', workspaceId);
  const now = useNow();
  const board = useBoard(now);
  const { data } = board;
  // The forecast and the list follow a drop a moment later: the columns and their headers update first.
  const deferredShown = useDeferredValue(board.shown);
  const liveTeam = useWorkspaceQuery((q) => q.team(), []);
  const team = useMemo(() => liveTeam ?? [], [liveTeam]);
  const me = resolveCurrentMember(
    team,
    useCurrentMemberChoice((s) => s.byWorkspace[workspaceId]),
  );
  const { view, setView, setPipeline, filters, setFilters, clearFilters, openDealId, openDeal } = usePipeline();
  const [gate, setGate] = useState<Gate | null>(null);
  const [recycling, setRecycling] = useState<Deal | null>(null);
  /** After a dialog about a deal, focus goes back to its card (or stays on the page when the card is gone). */
  const focusCard = (dealId: string) =>
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`.deal-card[data-deal-id="${CSS.escape(dealId)}"]`)?.focus());
  const [editingStages, setEditingStages] = useState(false);
  const offerUndo = useUndoToast();
  const batches = useRef<{ batchId: string; dealId: string; toastId: number }[]>([]);

  const describe = (deal: Deal, moved: DealMoved, stageName: string) => {
    if (moved.deal.status === 'open') return t('board.moved', { deal: deal.title, stage: stageName });
    const changed = moved.moves.some((m) => 'result' in m && m.result.ok);
    const contacts = changed ? (moved.deal.status === 'won' ? t('board.contactsCustomer') : t('board.contactsRecycled')) : t('board.contactsUnchanged');
    return t(moved.deal.status === 'won' ? 'board.movedWon' : 'board.movedLost', { deal: deal.title, contacts });
  };

  /** The drop: judged by the same rule the write uses, shown at once, written, undoable. */
  const move = async (deal: Deal, input: DealMoveInput) => {
    const pipeline = data?.pipeline;
    if (!pipeline) return;
    const stageName = pipeline.stages.find((s) => s.id === input.toStageId)?.name ?? input.toStageId;
    const plan = planDealMove(deal, pipeline, input, Date.now(), me?.id ?? null);
    if (!plan.ok) {
      if (plan.refusal.code === 'needs') setGate({ deal, toStageId: input.toStageId, stageName, needs: plan.refusal.needs });
      return;
    }
    board.showMove(plan.deal);
    const { value, batchId } = await undoable.moveDeal({ dealId: deal.id, ...input, actor: me ? actorOf(me) : null });
    if (!value.ok) {
      board.forgetMove(deal.id);
      showToast({ tone: 'error', text: fieldErrorsText(t, value.errors) });
      return;
    }
    // Undone from the toast: Ctrl+Z must not try the same move again.
    const toastId = offerUndo(describe(deal, value.value, stageName), batchId, () => {
      batches.current = batches.current.filter((b) => b.batchId !== batchId);
      board.forgetMove(deal.id);
    });
    batches.current.push({ batchId, dealId: deal.id, toastId });
    // The card is a new element in its new column: focus follows it there rather than falling to the page.
    if (document.activeElement === document.body || document.activeElement === null) focusCard(deal.id);
  };
  const undoLast = async () => {
    const last = batches.current.pop();
    if (!last) return;
    // Its toast's Undo would now try to undo an undone move.
    useToasts.getState().dismiss(last.toastId);
    const result = await actions.undoBatch({ batchId: last.batchId });
    board.forgetMove(last.dealId);
    showToast(result.ok ? { tone: 'ok', text: t('undo.done') } : { tone: 'error', text: t('undo.refused', { why: fieldErrorsText(t, result.errors) }) });
  };
  useHotkey('mod+z', () => void undoLast());

  if (!data) return <p className="muted page">{t('leads.loading')}</p>;
  const pipeline = data.pipeline;
  const lostStage = pipeline?.stages.find((s) => s.outcome === 'lost' && !s.archived);
  const owner = filters.ownerId ? (team.find((m) => m.id === filters.ownerId) ?? null) : null;
  const filtered = isFiltered(filters);
  const total = board.columns.reduce((sum, c) => sum + c.count, 0);
  return (
    <section className="page pipeline-page" aria-labelledby="pipeline-title">
      <header className="page-header">
        <h1 id="pipeline-title">{t('board.title')}</h1>
        {pipeline && !dealSet && (
          <PipelinePicker
            pipelines={data.pipelines}
            pipeline={pipeline}
            openDeals={data.deals.length}
            onPick={(id) => setPipeline(pipelineRef(data.pipelines, id))}
          />
        )}
        {!dealSet && <span className="page-count">{t('board.deals', { count: total, formattedCount: formatNumber(total, i18n.language) })}</span>}
        {pipeline && !dealSet && (
          <Button variant="ghost" onClick={() => setEditingStages(true)}>
            <Settings2 size={14} aria-hidden />
            {t('board.stages.edit')}
          </Button>
        )}
        {!dealSet && (
          <Tabs
            className="view-tabs"
            label={t('board.title')}
            idPrefix="pipeline-view"
            panelId="pipeline-panel"
            value={view}
            onChange={setView}
            items={[
              { id: 'board', label: t('board.viewBoard') },
              { id: 'list', label: t('board.viewList') },
            ]}
          />
        )}
      </header>
      {dealSet && <DealSetList set={dealSet} team={team} now={now} onOpen={openDeal} />}
      {pipeline && !dealSet && (
        <BoardToolbar
          filters={filters}
          setFilters={setFilters}
          clearFilters={clearFilters}
          team={team}
          months={board.months}
          sources={board.sources}
          products={board.products}
        />
      )}
      {pipeline && !dealSet && (
        <ForecastStrip
          deals={board.shown}
          wonThisQuarter={owner ? (data.wonThisQuarter[owner.id] ?? 0) : 0}
          pipeline={pipeline}
          currency={data.currency}
          timeZone={data.timeZone}
          owner={owner}
        />
      )}
      {pipeline && !dealSet && data.deals.length === 0 && (
        <p className="board-empty-hint muted" role="note">
          {t('board.emptyPipeline', { pipeline: pipeline.name })}
        </p>
      )}
      <div id="pipeline-panel" role="tabpanel" aria-labelledby={tabId('pipeline-view', view)} className="pipeline-panel" hidden={dealSet !== null}>
        {dealSet ? null : !pipeline ? (
          <EmptyState icon={<KanbanSquare size={28} />} title={t('board.emptyTitle')}>
            {t('board.emptyBody')}
          </EmptyState>
        ) : total === 0 && filtered ? (
          <EmptyState title={t('board.filteredEmpty')} action={<Button onClick={clearFilters}>{t('board.clear')}</Button>} />
        ) : view === 'board' ? (
          <Board
            board={board}
            data={data}
            team={team}
            now={now}
            onDrop={(deal, toStageId) => void move(deal, { toStageId })}
            onOpen={(deal) => openDeal(deal.id)}
            onRecycle={setRecycling}
          />
        ) : (
          <DealList
            deals={deferredShown}
            timeZone={data.timeZone}
            stageName={(id) => pipeline.stages.find((s) => s.id === id)?.name ?? id}
            companyNames={data.companyNames}
            team={team}
            now={now}
            onOpen={(deal) => openDeal(deal.id)}
          />
        )}
      </div>
      <GateDialog
        gate={gate}
        timeZone={data.timeZone}
        onCancel={() => {
          const g = gate!;
          setGate(null);
          // Said aloud too (the toaster is a live region): the drop's own announcement could not know the move would wait for this form.
          showToast({
            tone: 'ok',
            text: t('board.gateCancelled', { deal: g.deal.title, stage: pipeline?.stages.find((s) => s.id === g.deal.stageId)?.name ?? '' }),
          });
          focusCard(g.deal.id);
        }}
        onSubmit={(input) => {
          const g = gate!;
          setGate(null);
          void move(g.deal, { toStageId: g.toStageId, ...input }).then(() => focusCard(g.deal.id));
        }}
      />
      <ConfirmDialog
        open={recycling !== null}
        title={t('board.recycleTitle', { deal: recycling?.title ?? '' })}
        body={t('board.recycleBody', { stage: lostStage?.name ?? '' })}
        confirmLabel={t('board.recycleConfirm')}
        onCancel={() => {
          if (recycling) focusCard(recycling.id);
          setRecycling(null);
        }}
        onConfirm={() => {
          const deal = recycling!;
          setRecycling(null);
          void move(deal, { toStageId: lostStage?.id ?? 'lost', lostReason: 'stalled' });
        }}
      />
      {pipeline && (
        <StageEditor key={pipeline.id} pipeline={pipeline} openDeals={openDealsByStage(data.deals)} open={editingStages} onOpenChange={setEditingStages} />
      )}
      <DealDrawer
        key={openDealId ?? 'none'}
        dealId={openDealId}
        timeZone={data.timeZone}
        now={now}
        memberId={me?.id ?? null}
        team={team}
        onClose={() => openDeal(null)}
        onOpenContact={(id) => {
          // The contact's record lives in the leads feature: its address is the public way there. The deal
          // stays open in this page's state, so Back returns to it (#/pipeline/<deal>).
          window.location.hash = `#/leads/${encodeURIComponent(id)}`;
        }}
      />
    </section>
  );
}
