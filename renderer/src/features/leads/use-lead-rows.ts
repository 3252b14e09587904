import { useMemo } from 'react';
import { queryLeads, type LeadRow, type UnmetCriterion } from '@shared/index';
import { useWorkspaceQuery, type ActiveDesign, type LeadIndex } from '../../workspace-api';
import { queueDefinition, type QueueId } from './lead-views';
import { useLeads } from './leads-store';
import type { RecordSet } from '../../app/record-set-store';

/** Runs the query and notes how long it took (shown to benchmarks as data-query-ms; never drives rendering). */
function timed<T extends object>(run: () => T): T & { queryMs: number } {
  const started = performance.now();
  const result = run();
  return { ...result, queryMs: performance.now() - started };
}

export type LeadRowsResult = { rows: LeadRow[]; queryMs: number; missing: Map<string, UnmetCriterion> | null; rise: Map<string, number> | null };

/** The rows the table shows: the queue's filters and order, the user's filters and search on top. */
export function useLeadRows(
  index: LeadIndex | null,
  /** The records behind a figure the user opened here (funnel, reports): only those are listed. */
  recordSet: RecordSet | null,
  design: ActiveDesign | null | undefined,
  meId: string | null,
  labels: { owner: (id: string | null) => string; persona: (id: string | null) => string },
  locale: string,
): LeadRowsResult {
  const { queue, search, filters, sort } = useLeads();
  const handOff = design?.lifecycle.handOffStageId ?? 'mql';
  const recycled = design?.lifecycle.stages.find((s) => s.kind === 'recycled')?.id ?? 'recycled';
  const definition = useMemo(() => queueDefinition(queue, meId, handOff, recycled), [queue, meId, handOff, recycled]);
  const watermark = index?.watermark;
  const almost = useWorkspaceQuery(
    (q) => (design && definition.computed === 'almost_qualified' ? q.almostQualified({ design }) : null),
    [design, definition.computed, watermark],
  );
  const hot = useWorkspaceQuery(
    (q) => (design && definition.computed === 'hot_this_week' ? q.hotThisWeek({ design }) : null),
    [design, definition.computed, watermark],
  );
  const collator = useMemo(() => new Intl.Collator(locale, { numeric: true, sensitivity: 'base' }), [locale]);
  return useMemo(
    () =>
      timed(() => {
        if (!index) return { rows: [], missing: null, rise: null };
        let source = index.rows;
        let texts = index.texts;
        const computed =
          definition.computed === 'almost_qualified'
            ? new Set((almost ?? []).map((a) => a.contactId))
            : definition.computed === 'hot_this_week'
              ? new Set((hot ?? new Map()).keys())
              : null;
        const only = recordSet ? new Set(recordSet.ids.filter((id) => computed === null || computed.has(id))) : computed;
        if (only) {
          const picked = source.map((r, i) => [r, texts[i]!] as const).filter(([r]) => only.has(r.id));
          source = picked.map(([r]) => r);
          texts = picked.map(([, t]) => t);
        }
        const merged = { ...definition.filters, ...filters };
        let rows = queryLeads(source, texts, { search, filters: merged, sort: sort ?? definition.sort }, collator, labels);
        if (definition.computed === 'hot_this_week' && hot && !sort) rows = [...rows].sort((a, b) => (hot.get(b.id) ?? 0) - (hot.get(a.id) ?? 0));
        const missing = almost ? new Map(almost.map((a) => [a.contactId, a.missing])) : null;
        return { rows, missing, rise: hot ?? null };
      }),
    [index, recordSet, definition.computed, definition.filters, definition.sort, almost, hot, filters, search, sort, collator, labels],
  );
}

/** How many contacts each simple queue holds (computed queues report once loaded). */
export function queueCounts(
  index: LeadIndex | null,
  meId: string | null,
  handOff: string,
  recycled: string,
  computed: Partial<Record<QueueId, number>>,
): Partial<Record<QueueId, number>> {
  if (!index) return {};
  let mine = 0;
  let recycledCount = 0;
  let breached = 0;
  for (const r of index.rows) {
    if (r.lifecycleStage === handOff && r.ownerId === meId) mine++;
    if (r.lifecycleStage === recycled) recycledCount++;
    if (r.slaState === 'breached') breached++;
  }
  return { all: index.rows.length, my_hand_offs: mine, recycled: recycledCount, sla_breached: breached, ...computed };
}
