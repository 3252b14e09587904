import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { stageSlaStatus } from '@shared/index';
import type { Contact, Task, WorkingCalendar } from '@shared/model';
import { formatDate } from '../../../ui';

/** Working time as hours and minutes ("5h 20m", "5시간 20분"). */
export function formatWorkingTime(t: TFunction, ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const h = Math.floor(minutes / 60);
  return h > 0 ? t('duration.hm', { h, m: minutes % 60 }) : t('duration.m', { m: minutes });
}

export type SlaCardProps = { contact: Contact; tasks: Task[]; calendar: WorkingCalendar | null; now: number };

/** The SLA timer of the contact's current stage: working time left, or how far past the deadline. It stops when the contact leaves the stage. */
export function SlaCard({ contact, tasks, calendar, now }: SlaCardProps) {
  const { t, i18n } = useTranslation();
  const status = calendar ? stageSlaStatus(contact, tasks, calendar, now) : null;
  return (
    <section className="record-card" aria-labelledby="sla-title">
      <h2 id="sla-title">{t('sla.title')}</h2>
      {!status ? (
        <p className="muted">{t('sla.none')}</p>
      ) : (
        <p className="sla-timer" data-sla-state={status.state}>
          <span className={`badge sla-${status.state}`}>{t(`sla.${status.state as 'on_track' | 'due_soon' | 'breached'}`)}</span>{' '}
          {status.state === 'breached'
            ? t('sla.overdue', { time: formatWorkingTime(t, status.overdueMs) })
            : t('sla.left', { time: formatWorkingTime(t, status.remainingMs) })}
          <span className="muted"> · {t('sla.deadline', { date: formatDate(status.deadline, i18n.language) })}</span>
        </p>
      )}
    </section>
  );
}
