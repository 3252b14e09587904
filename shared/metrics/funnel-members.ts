import type { FunnelIndex } from './funnel-columns';
import { handOffWaits } from './funnel-hand-off';
import { contactMask, converts, eachMove, periodEntries } from './funnel-pass';
import { previousRange, type FunnelQuery, type FunnelSelector } from './funnel-query';

/**
 * The contact ids behind one figure of `funnelReport(index, query)`: exactly the contacts that
 * figure counts, found by the same pass (so the list's length is the number on the bar, step or band).
 * A stage or link the index has never seen counts nobody. Ids come in the index's order (first seen first).
 */
export function funnelMembers(index: FunnelIndex, query: FunnelQuery, selector: FunnelSelector): string[] {
  const mask = contactMask(index, query.filters);
  const range = selector.period === 'previous' ? previousRange(query.range) : query.range;
  const marks = new Uint8Array(mask.length);
  const stage = (id: string) => index.stages.index.get(id) ?? -2;
  switch (selector.kind) {
    case 'stage': {
      const s = stage(selector.stageId);
      if (s < 0) return [];
      const first = periodEntries(index, mask, range, query.view)[s]!;
      for (let c = 0; c < mask.length; c++) if (!Number.isNaN(first[c]!)) marks[c] = 1;
      break;
    }
    case 'conversion': {
      const a = stage(selector.from);
      const b = stage(selector.to);
      if (a < 0 || b < 0) return [];
      const first = periodEntries(index, mask, range, query.view);
      for (let c = 0; c < mask.length; c++) if (!Number.isNaN(first[a]![c]!) && (selector.part === 'entered' || converts(index, first, a, b, c))) marks[c] = 1;
      break;
    }
    case 'link': {
      const from = selector.from === null ? -1 : stage(selector.from);
      const to = stage(selector.to);
      if (from < -1 || to < 0) return [];
      eachMove(index, mask, range, query.view, (c, f, t) => {
        if (f === from && t === to) marks[c] = 1;
      });
      break;
    }
    case 'hand_off': {
      if (query.handOffStageId === undefined) return [];
      const waits = handOffWaits(index, mask, range, query.handOffStageId, query.now ?? query.range.to);
      marks.set(selector.part === 'entered' ? waits.entered : waits.breached);
      break;
    }
  }
  const ids: string[] = [];
  for (let c = 0; c < marks.length; c++) if (marks[c]) ids.push(index.contacts.ids[c]!);
  return ids;
}
