import { useEffect, useRef, useState } from 'react';
import { searchText } from '@shared/index';
import { useWorkspaceApi, useWorkspaceQuery, type LeadIndex } from '../../workspace-api';

const FIRST_SCREEN = 60;

/**
 * The whole contact list in memory, kept fresh: the newest rows show at once, the full index
 * loads behind them, and later edits are merged in by `updatedAt` watermark instead of a reload.
 */
export function useLeadIndex(): { index: LeadIndex | null; complete: boolean } {
  const { queries } = useWorkspaceApi();
  const [index, setIndex] = useState<LeadIndex | null>(null);
  const [complete, setComplete] = useState(false);
  useEffect(() => {
    // The page is keyed by workspace, so a new workspace means a fresh component: no reset needed here.
    let cancelled = false;
    void (async () => {
      const first = await queries.firstLeadRows({ limit: FIRST_SCREEN });
      if (!cancelled)
        setIndex((current) => current ?? { rows: first, texts: first.map(searchText), position: new Map(first.map((r, i) => [r.id, i])), watermark: -1 });
      const full = await queries.leadIndex();
      if (!cancelled) {
        setIndex(full);
        setComplete(true);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [queries]);
  const watermark = complete ? index!.watermark : null;
  const changed = useWorkspaceQuery((q) => (watermark === null ? [] : q.contactsChanged({ watermark })), [watermark]);
  // Each answer of the live query is merged once (records at the watermark come back every time).
  const merged = useRef<unknown>(null);
  useEffect(() => {
    if (!complete || !changed || changed.length === 0 || !index || merged.current === changed) return;
    merged.current = changed;
    let cancelled = false;
    void queries.mergedLeadIndex({ index, changed }).then((next) => !cancelled && setIndex(next));
    return () => {
      cancelled = true;
    };
  }, [changed, complete, queries, index]);
  return { index, complete };
}
