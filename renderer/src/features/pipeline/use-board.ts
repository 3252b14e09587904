import { useEffect, useMemo, useState } from 'react';
import { TZDate } from '@date-fns/tz';
import { DEAL_PRODUCT_FIELD, boardBottleneck, boardColumns, dealHealth, withMovedDeals, type BoardColumn } from '@shared/index';
import type { Deal } from '@shared/model';
import { useWorkspaceQuery, type BoardData } from '../../workspace-api';
import { isFiltered, usePipeline, type BoardFilters } from './pipeline-store';

const months = new Map<string, string>();

/**
 * yyyy-MM of a deal's expected close date in the workspace's zone; '' without one. Remembered per
 * date and zone: the forecast asks for 10,000 of them on every drop, and a zoned date is not cheap.
 */
export const closeMonthOf = (deal: Pick<Deal, 'expectedCloseDate'>, timeZone: string) => {
  if (deal.expectedCloseDate === null) return '';
  const key = `${timeZone}|${deal.expectedCloseDate}`;
  let month = months.get(key);
  if (month === undefined) {
    const local = new TZDate(deal.expectedCloseDate, timeZone);
    month = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}`;
    if (months.size > 50_000) months.clear();
    months.set(key, month);
  }
  return month;
};

function keepFor(filters: BoardFilters, data: BoardData, now: number): (deal: Deal) => boolean {
  const needle = filters.search.trim().toLowerCase();
  const stages = new Map(data.pipeline?.stages.map((s) => [s.id, s]));
  return (deal) =>
    (filters.ownerId === null || deal.ownerId === filters.ownerId) &&
    (filters.closeMonth === null || closeMonthOf(deal, data.timeZone) === filters.closeMonth) &&
    (filters.minAmount === null || (deal.amount ?? 0) >= filters.minAmount) &&
    (filters.maxAmount === null || (deal.amount ?? 0) <= filters.maxAmount) &&
    (!filters.rottingOnly || dealHealth(deal, stages.get(deal.stageId), now) !== 'fresh') &&
    (filters.source === null || (deal.source ?? '') === filters.source) &&
    (filters.product === null || productOf(deal) === filters.product) &&
    (needle === '' || deal.title.toLowerCase().includes(needle) || (data.companyNames[deal.companyId ?? ''] ?? '').toLowerCase().includes(needle));
}

/** A deal's product: its `product` custom field (shared's DEAL_PRODUCT_FIELD), '' without one. */
const productOf = (deal: Deal) => String(deal.customFields[DEAL_PRODUCT_FIELD] ?? '');

export type Board = {
  data: BoardData | undefined;
  columns: BoardColumn[];
  /** Where the whole pipeline is stuck, whatever the filters show (its column of all deals, with the figure). */
  bottleneck: BoardColumn | null;
  /** Close months (yyyy-MM) and sources ('' = none) of the pipeline's open deals: the filters' options. */
  months: string[];
  sources: string[];
  /** Products open deals have (empty when none has one: the filter then hides). */
  products: string[];
  /** Every open deal of the pipeline after filters (the list view and the forecast use them). */
  shown: Deal[];
  /** Shows a move at once, before the write and the live query catch up (the header updates on drop). */
  showMove(deal: Deal): void;
  forgetMove(dealId: string): void;
};

/**
 * The board's deals and columns. A drop is shown at once through a local overlay of moved deals;
 * the overlay entry goes when the live query brings the same (or a newer) version of the deal.
 */
export function useBoard(now: number): Board {
  const pipelineId = usePipeline((s) => s.pipelineId);
  const filters = usePipeline((s) => s.filters);
  const data = useWorkspaceQuery((q) => q.board({ pipelineId }), [pipelineId]);
  const [moved, setMoved] = useState<ReadonlyMap<string, Deal>>(new Map());
  useEffect(() => {
    if (!data) return;
    const live = new Map(data.deals.map((d) => [d.id, d]));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the overlay is trimmed when newer live data arrives
    setMoved((current) => {
      const next = new Map([...current].filter(([id, d]) => (live.get(id)?.updatedAt ?? (d.status === 'open' ? -1 : Infinity)) < d.updatedAt));
      return next.size === current.size ? current : next;
    });
  }, [data]);
  const keep = useMemo(() => (data ? keepFor(filters, data, now) : () => false), [data, filters, now]);
  // Built once per live result and filter change; a drop only patches the two columns involved.
  const built = useMemo(() => (data?.pipeline ? boardColumns(data.deals, data.pipeline, keep) : []), [data, keep]);
  const columns = useMemo(() => withMovedDeals(built, [...moved.values()], keep), [built, moved, keep]);
  const shown = useMemo(() => columns.flatMap((c) => c.deals), [columns]);
  // The bottleneck is the pipeline's, not the filter's: all deals, patched by the same moves. Unfiltered,
  // the shown columns are all deals already — no second build of 10,000 deals on every live update.
  const filtered = isFiltered(filters);
  const all = useMemo(() => (filtered && data?.pipeline ? boardColumns(data.deals, data.pipeline) : null), [data, filtered]);
  const bottleneck = useMemo(() => boardBottleneck(all ? withMovedDeals(all, [...moved.values()]) : columns), [all, moved, columns]);
  const { months, sources, products } = useMemo(() => {
    const deals = data?.deals ?? [];
    const timeZone = data?.timeZone ?? 'UTC';
    return {
      months: [...new Set(deals.map((d) => closeMonthOf(d, timeZone)).filter(Boolean))].sort(),
      sources: [...new Set(deals.map((d) => d.source ?? ''))].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b))),
      products: [...new Set(deals.map(productOf).filter(Boolean))].sort((a, b) => a.localeCompare(b)),
    };
  }, [data]);
  return {
    data,
    columns,
    bottleneck,
    months,
    sources,
    products,
    shown,
    showMove: (deal) => setMoved((current) => new Map(current).set(deal.id, deal)),
    forgetMove: (dealId) =>
      setMoved((current) => {
        const next = new Map(current);
        next.delete(dealId);
        return next;
      }),
  };
}
