import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  pointerWithin,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
} from '@dnd-kit/core';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planDealMove } from '@shared/index';
import type { Deal, TeamMember } from '@shared/model';
import type { BoardData } from '../../workspace-api';
import type { Board as BoardState } from './use-board';
import { BoardColumn, OutcomeZone } from './BoardColumn';
import { DealCard } from './DealCard';
import { stageByStage } from './keyboard-columns';

/** A mouse drops where the pointer is; a keyboard move (no pointer) goes to the column nearest the card. */
const pointerFirst: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  return within.length > 0 ? within : closestCenter(args);
};

export type BoardProps = {
  board: BoardState;
  data: BoardData;
  team: TeamMember[];
  now: number;
  onDrop(deal: Deal, toStageId: string): void;
  onOpen(deal: Deal): void;
  onRecycle(deal: Deal): void;
};

/** The board: stages left to right, Won and Lost at the end; mouse, touch and keyboard drag (dnd-kit) with announcements. */
export function Board({ board, data, team, now, onDrop, onOpen, onRecycle }: BoardProps) {
  const { t } = useTranslation();
  const [activeId, setActiveId] = useState<string | null>(null);
  const sensors = useSensors(
    // A few pixels before a drag starts, so a click still opens the deal.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: stageByStage, keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] } }),
  );
  const pipeline = data.pipeline!;
  const stageName = (id: string | number | undefined) => pipeline.stages.find((s) => s.id === id)?.name ?? '';
  const dealOf = (id: string | number) => board.shown.find((d) => d.id === id);
  const title = (id: string | number) => dealOf(id)?.title ?? '';
  const owners = new Map(team.map((m) => [m.id, m.name]));
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('board.announcePicked', { deal: title(active.id), stage: stageName(dealOf(active.id)?.stageId) }),
    onDragOver: ({ active, over }) => (over ? t('board.announceOver', { deal: title(active.id), stage: stageName(over.id) }) : undefined),
    onDragEnd: ({ active, over }) => {
      const deal = dealOf(active.id);
      if (!over || !deal || over.id === deal.stageId) return t('board.announceCancelled', { deal: title(active.id), stage: stageName(deal?.stageId) });
      // A stage that asks for something first: the move waits for the form, it has not happened yet.
      const plan = planDealMove(deal, pipeline, { toStageId: String(over.id) }, Date.now(), null);
      if (!plan.ok && plan.refusal.code === 'needs') return t('board.announceAsks', { deal: deal.title, stage: stageName(over.id) });
      return t('board.announceDropped', { deal: deal.title, stage: stageName(over.id) });
    },
    onDragCancel: ({ active }) => t('board.announceCancelled', { deal: title(active.id), stage: stageName(dealOf(active.id)?.stageId) }),
  };
  // The click that ends a drag is not a click on the card: it must not open the drawer.
  const dragEndedAt = useRef(0);
  const end = ({ active, over }: DragEndEvent) => {
    dragEndedAt.current = performance.now();
    setActiveId(null);
    const deal = dealOf(active.id);
    if (deal && over && over.id !== deal.stageId) onDrop(deal, String(over.id));
  };
  const card = (deal: Deal, handle: Record<string, unknown> | undefined, dragging: boolean) => (
    <DealCard
      deal={deal}
      stage={pipeline.stages.find((s) => s.id === deal.stageId)}
      company={deal.companyId ? (data.companyNames[deal.companyId] ?? null) : null}
      owner={deal.ownerId ? (owners.get(deal.ownerId) ?? null) : null}
      nextTask={data.nextTasks[deal.id]}
      now={now}
      timeZone={data.timeZone}
      handle={handle}
      dragging={dragging}
      onOpen={() => performance.now() - dragEndedAt.current > 250 && onOpen(deal)}
      onRecycle={() => onRecycle(deal)}
    />
  );
  const active = activeId ? dealOf(activeId) : undefined;
  // Columns are memoized: they get a card renderer that stays the same function (it calls the latest
  // one) and the dragged card's id only if it is theirs, so a drop re-renders the two columns involved.
  const latestCard = useRef(card);
  useLayoutEffect(() => {
    latestCard.current = card;
  });
  // A new token whenever anything a card shows besides its deal changes (names, tasks, the clock): memoized columns re-render then.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the dependencies are the point: a fresh object when any of them changes
  const cardInputs = useMemo(() => ({}), [team, data.companyNames, data.nextTasks, now, pipeline]);
  const renderCard = useCallback((deal: Deal, handle: Record<string, unknown>, dragging: boolean) => latestCard.current(deal, handle, dragging), []);
  const bottleneckTip = board.bottleneck
    ? t('board.bottleneckTip', {
        count: board.bottleneck.count,
        days: Math.floor(board.bottleneck.deals.reduce((sum, d) => sum + Math.max(0, now - d.stageEnteredAt), 0) / board.bottleneck.count / 86_400_000),
      })
    : null;
  const won = pipeline.stages.find((s) => s.outcome === 'won' && !s.archived);
  const lost = pipeline.stages.find((s) => s.outcome === 'lost' && !s.archived);
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={pointerFirst}
      onDragStart={({ active }) => setActiveId(String(active.id))}
      onDragEnd={end}
      onDragCancel={() => {
        dragEndedAt.current = performance.now();
        setActiveId(null);
      }}
      // Scroll the board only when the pointer is near its very edge, and slowly: a column half hidden
      // behind Won and Lost must stay a target, not scroll away under the pointer.
      autoScroll={{ threshold: { x: 0.06, y: 0.15 }, acceleration: 4 }}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('board.instructions') } }}
    >
      <div className="board" data-testid="board">
        <div className="board-stages">
          {board.columns.map((column) => (
            <BoardColumn
              key={column.stage.id}
              column={column}
              currency={data.currency}
              bottleneck={board.bottleneck?.stage.id === column.stage.id ? bottleneckTip : null}
              activeId={active?.stageId === column.stage.id ? activeId : null}
              renderCard={renderCard}
              cardInputs={cardInputs}
            />
          ))}
        </div>
        <div className="board-outcomes">
          {won && <OutcomeZone id={won.id} name={won.name} label={t('board.dropWon')} outcome="won" />}
          {lost && <OutcomeZone id={lost.id} name={lost.name} label={t('board.dropLost')} outcome="lost" />}
        </div>
      </div>
      <DragOverlay dropAnimation={null}>{active ? <div className="deal-lifted">{card(active, undefined, false)}</div> : null}</DragOverlay>
    </DndContext>
  );
}
