import { useLiveQuery } from 'dexie-react-hooks';
import { ArrowLeft } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { contactDisplayName, icpFit, scoreContact, type TransitionContext } from '@shared/index';
import type { TeamMember } from '@shared/model';
import { loadContactRecord } from '../../../db/repositories/contact-record-repository';
import { runStageAction, type StageAction } from '../../../db/repositories/lifecycle-actions-repository';
import type { WorkspaceDb } from '../../../db/workspace-db';
import { Button, formatCurrency, formatDate, formatNumber, useNow } from '../../../ui';
import { StageBadge } from '../StageBadge';
import type { StageLabel } from '../use-stage-labels';
import { ScorePanel } from './ScorePanel';
import { StageControl } from './StageControl';
import { Timeline } from './Timeline';

export type ContactRecordProps = { db: WorkspaceDb; contactId: string; me: TeamMember | null; stageLabels: Map<string, StageLabel>; onClose(): void };

/** One contact: profile, scores with their ledger, stage control, tasks, deals and timeline. Escape goes back. */
export function ContactRecord({ db, contactId, me, stageLabels, onClose }: ContactRecordProps) {
  const { t, i18n } = useTranslation();
  const record = useLiveQuery(() => loadContactRecord(db, contactId), [db, contactId]);
  const now = useNow();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && !(event.target instanceof HTMLInputElement) && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  if (record === undefined) return <p className="muted page">{t('leads.loading')}</p>;
  if (record === null) return null;
  const { contact, company, persona, personaPattern, design, activities, transitions, tasks, deals, team } = record;
  const score = scoreContact(contact, activities, design.model, now, { company, icp: design.icp });
  const context: TransitionContext = {
    company,
    activityTypes: new Set(activities.map((a) => a.type)),
    deals,
    scores: { engagement: score.engagement, bant: score.bant, icpFit: design.icp && company ? icpFit(company, design.icp).fit : null },
    handOffThreshold: design.model.handOffThreshold,
  };
  const memberName = (id: string | null) => (id ? (team.find((m) => m.id === id)?.name ?? '') : '');
  const onAction = (action: StageAction) => runStageAction(db, contact.id, action, me ? { id: me.id, role: me.role } : { id: 'unknown', role: 'marketing' });
  const openTasks = tasks.filter((task) => task.doneAt === null);
  return (
    <section className="page record-page" aria-labelledby="record-title">
      <header className="record-header">
        <Button variant="ghost" onClick={onClose} aria-label={t('record.back')}>
          <ArrowLeft size={16} aria-hidden />
          {t('record.back')}
        </Button>
        <div className="record-title">
          <h1 id="record-title">{contactDisplayName(contact)}</h1>
          <span className="muted">{[contact.jobTitle, company?.name].filter(Boolean).join(' · ')}</span>
        </div>
        <StageBadge stageId={contact.lifecycleStage} label={stageLabels.get(contact.lifecycleStage)} />
      </header>
      <div className="record-grid">
        <div className="record-main">
          <StageControl
            contact={contact}
            lifecycle={design.lifecycle}
            context={context}
            stageLabels={stageLabels}
            canDecideHandOff={me !== null && ['sdr', 'ae', 'ebr'].includes(me.role)}
            onAction={onAction}
          />
          <ScorePanel score={score} threshold={design.model.handOffThreshold} />
          <Timeline activities={activities} transitions={transitions} stageLabels={stageLabels} memberName={memberName} />
        </div>
        <aside className="record-side">
          <section className="record-card" aria-labelledby="profile-title">
            <h2 id="profile-title">{t('record.profile')}</h2>
            <dl className="facts">
              <dt>{t('record.email')}</dt>
              <dd>{contact.email}</dd>
              <dt>{t('record.phone')}</dt>
              <dd>{contact.phone}</dd>
              <dt>{t('record.company')}</dt>
              <dd>{company?.name}</dd>
              <dt>{t('record.owner')}</dt>
              <dd>{memberName(contact.ownerId) || t('leads.unassigned')}</dd>
              <dt>{t('record.persona')}</dt>
              <dd>
                {persona?.name}
                {personaPattern && <span className="muted"> ({t('record.personaRule', { pattern: personaPattern })})</span>}
              </dd>
              <dt>{t('record.icpFit')}</dt>
              <dd>{context.scores.icpFit === null ? '—' : formatNumber(context.scores.icpFit, i18n.language)}</dd>
              <dt>{t('record.consent')}</dt>
              <dd>
                {contact.consent.status === 'granted' && contact.consent.at
                  ? t('record.consentGranted', { source: contact.consent.source ?? '—', date: formatDate(contact.consent.at, i18n.language) })
                  : t('record.consentNone')}
              </dd>
            </dl>
          </section>
          <section className="record-card" aria-labelledby="tasks-title">
            <h2 id="tasks-title">{t('record.tasks')}</h2>
            {openTasks.length === 0 ? (
              <p className="muted">{t('record.noTasks')}</p>
            ) : (
              <ul className="plain-list">
                {openTasks.map((task) => (
                  <li key={task.id}>
                    {task.title}
                    {task.dueAt && (
                      <span className={`muted${task.slaDeadline !== null && task.slaDeadline < now ? ' overdue' : ''}`}>
                        {' '}
                        · {t('record.due', { date: formatDate(task.dueAt, i18n.language) })}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="record-card" aria-labelledby="deals-title">
            <h2 id="deals-title">{t('record.deals')}</h2>
            {deals.length === 0 ? (
              <p className="muted">{t('record.noDeals')}</p>
            ) : (
              <ul className="plain-list">
                {deals.map((deal) => (
                  <li key={deal.id}>
                    {deal.title}
                    <span className="muted"> · {deal.amount === null ? '—' : formatCurrency(deal.amount, deal.currency, i18n.language)}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
    </section>
  );
}
