import { useVirtualizer } from '@tanstack/react-virtual';
import { ListFilter, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FunnelQuery, FunnelSelector, TeamMember } from '@shared/index';
import { useRecordSet } from '../../app/record-set-store';
import { Button, formatNumber, useHotkey } from '../../ui';
import { useWorkspaceApi, useWorkspaceQuery, type FunnelClient } from '../../workspace-api';

export type DrillPanelProps = {
  client: FunnelClient;
  query: FunnelQuery;
  selector: FunnelSelector;
  title: string;
  /** The figure and its period in words, for the leads list the contacts can be opened in. */
  setLabel: string;
  team: TeamMember[];
  stageName(id: string): string;
  onClose(): void;
};

const ROW = 36;

/** The contacts behind a figure — exactly those it counted — each a link to its record (Back returns here). */
export function DrillPanel({ client, query, selector, title, setLabel, team, stageName, onClose }: DrillPanelProps) {
  const { t, i18n } = useTranslation();
  const workspaceId = useWorkspaceApi().id;
  const showSet = useRecordSet((s) => s.show);
  const [ids, setIds] = useState<string[] | null>(null);
  useHotkey('escape', onClose);
  // A new list takes the focus and comes into view: opened from a figure far below (the flow table), it would
  // otherwise appear off screen with the focus left behind. Closed (Escape, ×), it gives the focus back to
  // that figure, scrolled into view, rather than to the page's body.
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const selectorKey = JSON.stringify(selector);
  useEffect(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !heading.current?.closest('section')?.contains(active)) opener.current = active;
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'nearest' });
  }, [selectorKey]);
  useEffect(
    () => () => {
      const back = opener.current;
      requestAnimationFrame(() => {
        const active = document.activeElement;
        if (back?.isConnected && (active === null || active === document.body)) back.focus();
      });
    },
    [],
  );
  const key = JSON.stringify([query, selector]);
  useEffect(() => {
    let live = true;
    void client.members(query, selector).then((found) => live && setIds(found));
    return () => {
      live = false;
    };
    // `key` is the query and selector's content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, key]);
  const rows = useWorkspaceQuery((q) => (ids ? q.contactSummaries({ ids }) : []), [ids]);
  const owners = new Map(team.map((m) => [m.id, m.name]));
  const scroll = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual used as its docs show; we do not run React Compiler
  const virtualizer = useVirtualizer({ count: rows?.length ?? 0, getScrollElement: () => scroll.current, estimateSize: () => ROW, overscan: 8 });
  return (
    <section className="drill-panel" aria-labelledby="drill-title" data-testid="drill-panel">
      <header className="drill-header">
        <h2 id="drill-title" ref={heading} tabIndex={-1}>
          {title}{' '}
          {ids && (
            <span className="muted" data-testid="drill-count">
              {t('funnel.drillCount', { count: ids.length, formattedCount: formatNumber(ids.length, i18n.language) })}
            </span>
          )}
        </h2>
        {ids && ids.length > 0 && (
          <Button variant="ghost" onClick={() => showSet('contacts', { workspaceId, label: setLabel, ids })} data-testid="drill-open-leads">
            <ListFilter size={14} aria-hidden />
            {t('recordSet.openContacts')}
          </Button>
        )}
        <button type="button" className="icon-button" aria-label={t('funnel.drillClose')} onClick={onClose}>
          <X size={16} aria-hidden />
        </button>
      </header>
      {ids && ids.length === 0 && <p className="muted">{t('funnel.drillEmpty')}</p>}
      <div ref={scroll} className="drill-list" role="list" aria-labelledby="drill-title">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const c = rows![item.index]!;
            return (
              <div
                key={c.id}
                role="listitem"
                className="drill-row"
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW, transform: `translateY(${item.start}px)` }}
              >
                <a href={`#/leads/${encodeURIComponent(c.id)}`}>
                  <bdi>{c.name}</bdi>
                </a>
                <bdi className="muted">{c.companyName ?? '—'}</bdi>
                <span>{stageName(c.stage)}</span>
                <span className="muted">{c.ownerId ? (owners.get(c.ownerId) ?? '—') : '—'}</span>
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
