import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { contactsChangedSince, loadFirstLeadRows, loadLeadIndex, mergeIntoLeadIndex, type LeadIndex } from '../../db/repositories/leads-repository';
import type { WorkspaceDb } from '../../db/workspace-db';
import { searchText } from '@shared/index';

const FIRST_SCREEN = 60;

/**
 * The whole contact list in memory, kept fresh: the newest rows show at once, the full index
 * loads behind them, and later edits are merged in by `updatedAt` watermark instead of a reload.
 */
export function useLeadIndex(db: WorkspaceDb): { index: LeadIndex | null; complete: boolean } {
  const [index, setIndex] = useState<LeadIndex | null>(null);
  const [complete, setComplete] = useState(false);
  useEffect(() => {
    // The page is keyed by workspace, so a new db means a fresh component: no reset needed here.
    let cancelled = false;
    void (async () => {
      const first = await loadFirstLeadRows(db, Date.now(), FIRST_SCREEN);
      if (!cancelled)
        setIndex((current) => current ?? { rows: first, texts: first.map(searchText), position: new Map(first.map((r, i) => [r.id, i])), watermark: -1 });
      const full = await loadLeadIndex(db, Date.now());
      if (!cancelled) {
        setIndex(full);
        setComplete(true);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [db]);
  const watermark = complete ? index!.watermark : null;
  const changed = useLiveQuery(() => (watermark === null ? Promise.resolve([]) : contactsChangedSince(db, watermark)), [db, watermark]);
  // Each answer of the live query is merged once (records at the watermark come back every time).
  const merged = useRef<unknown>(null);
  useEffect(() => {
    if (!complete || !changed || changed.length === 0 || !index || merged.current === changed) return;
    merged.current = changed;
    let cancelled = false;
    void mergeIntoLeadIndex(db, index, changed, Date.now()).then((next) => !cancelled && setIndex(next));
    return () => {
      cancelled = true;
    };
  }, [changed, complete, db, index]);
  return { index, complete };
}
