import { useTranslation } from 'react-i18next';
import type { Activity, StageTransition } from '@shared/model';
import { formatDate } from '../../../ui';
import type { StageLabel } from '../use-stage-labels';

export type TimelineProps = {
  activities: Activity[];
  transitions: StageTransition[];
  stageLabels: Map<string, StageLabel>;
  memberName(id: string | null): string;
};

type Entry = { id: string; at: number; text: string; who: string; kind: 'activity' | 'transition'; override?: boolean; reason?: string | null };

/** Behaviour, touches and stage changes, newest first. */
export function Timeline({ activities, transitions, stageLabels, memberName }: TimelineProps) {
  const { t, i18n } = useTranslation();
  const stage = (id: string | null) => (id ? (stageLabels.get(id)?.name ?? id) : '');
  const entries: Entry[] = [
    ...activities.map((a) => ({
      id: a.id,
      at: a.at,
      kind: 'activity' as const,
      text: t(`activity.${a.type}`, { url: a.url ?? '' }),
      who: memberName(a.byMemberId),
    })),
    ...transitions.map((tr) => ({
      id: tr.id,
      at: tr.at,
      kind: 'transition' as const,
      text: tr.from === null ? t('activity.created', { to: stage(tr.to) }) : t('activity.transition', { from: stage(tr.from), to: stage(tr.to) }),
      who: memberName(tr.byMemberId),
      override: tr.override,
      reason: tr.recycleReason ? `${t(`recycleReason.${tr.recycleReason}`)}${tr.reason ? ` — ${tr.reason}` : ''}` : tr.reason,
    })),
  ].sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
  return (
    <section className="record-card timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('record.timeline')}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t('record.noTimeline')}</p>
      ) : (
        <ol className="timeline-list">
          {entries.map((e) => (
            <li key={e.id} className={`timeline-entry is-${e.kind}`} data-kind={e.kind}>
              <span className="timeline-when">{formatDate(e.at, i18n.language)}</span>
              <span className="timeline-text">
                {e.text}
                {e.override && <span className="badge badge-warning">{t('activity.override')}</span>}
                {e.reason && <span className="muted"> · {e.reason}</span>}
              </span>
              {e.who && <span className="timeline-who">{e.who}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
