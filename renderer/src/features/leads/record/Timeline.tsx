import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isBackdated } from '@shared/index';
import type { Activity, Assignment, Notification, StageTransition } from '@shared/model';
import { formatDate } from '../../../ui';
import { describeKept, keptFromMeta } from '../merge-note';
import type { StageLabel } from '../../../i18n/use-stage-labels';

export type TimelineProps = {
  activities: Activity[];
  transitions: StageTransition[];
  assignments: Assignment[];
  notifications: Notification[];
  ruleName(id: string | null): string | null;
  stageLabels: Map<string, StageLabel>;
  memberName(id: string | null): string;
};

type Entry = {
  id: string;
  at: number;
  text: string;
  who: string;
  kind: 'activity' | 'transition' | 'assignment' | 'notification';
  override?: boolean;
  reason?: string | null;
};

/** Behaviour, touches, stage changes, assignments and notifications, newest first. */
export function Timeline({ activities, transitions, assignments, notifications, ruleName, stageLabels, memberName }: TimelineProps) {
  const { t, i18n } = useTranslation();
  const stage = (id: string | null) => (id ? (stageLabels.get(id)?.name ?? id) : '');
  const entries: Entry[] = [
    ...activities.map((a) => {
      const merge = a.meta['kind'] === 'merge';
      const kept = merge ? keptFromMeta(a.meta) : [];
      return {
        id: a.id,
        at: a.at,
        kind: 'activity' as const,
        text: merge ? t('activity.mergeNote', { name: a.meta['mergedFrom'] ?? '' }) : t(`activity.${a.type}`, { url: a.url ?? '' }),
        who: memberName(a.byMemberId),
        reason: merge ? (kept.length ? t('activity.mergeKept', { items: describeKept(t, kept) }) : t('activity.mergeNothingKept')) : (a.meta['note'] ?? null),
      };
    }),
    ...transitions.map((tr) => ({
      id: tr.id,
      at: tr.at,
      kind: 'transition' as const,
      text: tr.from === null ? t('activity.created', { to: stage(tr.to) }) : t('activity.transition', { from: stage(tr.from), to: stage(tr.to) }),
      who: memberName(tr.byMemberId),
      override: tr.override,
      reason: tr.recycleReason
        ? `${t(`recycleReason.${tr.recycleReason}`)}${tr.reason ? ` — ${tr.reason}` : ''}`
        : tr.kind === 'automatic'
          ? t('activity.automatic')
          : [tr.reason, isBackdated(tr) ? t('activity.backdated', { date: formatDate(tr.createdAt, i18n.language) }) : null].filter(Boolean).join(' · ') ||
            null,
    })),
    ...assignments.map((a) => ({
      id: a.id,
      at: a.at,
      kind: 'assignment' as const,
      text: t('activity.assigned', { owner: memberName(a.toOwnerId) || t('leads.unassigned') }),
      who: memberName(a.byMemberId),
      reason: ruleName(a.ruleId) ? t('activity.byRule', { rule: ruleName(a.ruleId) }) : null,
    })),
    ...notifications.map((n) => ({
      id: n.id,
      at: n.createdAt,
      kind: 'notification' as const,
      text:
        n.kind === 'added_to_list'
          ? t('activity.addedToList', { list: n.detail ?? '' })
          : n.kind === 'routing_fallback'
            ? n.detail === 'no_one_available'
              ? t('activity.routingNoOne')
              : t('activity.routingFallback')
            : n.role
              ? t('activity.notifiedRole', { role: n.role })
              : t('activity.notified', { member: memberName(n.memberId) }),
      who: '',
    })),
  ].sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
  const scrollRef = useRef<HTMLDivElement>(null);
  // We do not run React Compiler; TanStack Virtual is used as its docs show.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: entries.length, getScrollElement: () => scrollRef.current, estimateSize: () => 34, overscan: 8 });
  return (
    <section className="record-card timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('record.timeline')}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t('record.noTimeline')}</p>
      ) : (
        // Virtualized: a contact with years of e-mail opens still renders only what is on screen.
        // Focusable and labelled: a keyboard user can scroll years of history with the arrow keys.
        <div ref={scrollRef} className="timeline-scroll" tabIndex={0} role="region" aria-label={t('record.timeline')}>
          <ol className="timeline-list" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const e = entries[item.index]!;
              return (
                <li
                  key={e.id}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  className={`timeline-entry is-${e.kind}`}
                  data-kind={e.kind}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
                >
                  <span className="timeline-when">{formatDate(e.at, i18n.language)}</span>
                  <span className="timeline-text">
                    {e.text}
                    {e.override && <span className="badge badge-warning">{t('activity.override')}</span>}
                    {e.reason && <span className="muted"> · {e.reason}</span>}
                  </span>
                  {e.who && <span className="timeline-who">{e.who}</span>}
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </section>
  );
}
