import { ArrowLeft, UserX } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { actorOf, buildTransitionContext, canDecideHandOff, canOverride, contactDisplayName, type AppliedAction } from '@shared/index';
import type { RecycleReason, TeamMember } from '@shared/model';
import { useWorkspaceApi, useWorkspaceQuery, type StageAction } from '../../../workspace-api';
import { Button, EmptyState, formatNumber, useHotkey, useNow } from '../../../ui';
import { BantEditor } from './BantEditor';
import { ConsentCard } from './ConsentCard';
import { describeUnmet } from '../describe-unmet';
import type { RecordNote } from './RecordMessage';
import { DealsCard } from './DealsCard';
import { LogActivityBar } from './LogActivityBar';
import { MergeCard } from './MergeCard';
import { ProfileCard } from './ProfileCard';
import { TasksCard } from './TasksCard';
import { StageBadge } from '../StageBadge';
import type { StageLabel } from '../../../i18n/use-stage-labels';
import { ScorePanel } from './ScorePanel';
import { SlaCard } from './SlaCard';
import { StageControl } from './StageControl';
import { SuggestedContentCard } from './SuggestedContentCard';
import { fieldErrorsText } from '../../../i18n/field-errors';
import { Timeline } from './Timeline';
import { sourceLabel } from '../../../i18n/source-label';

export type ContactRecordProps = { contactId: string; me: TeamMember | null; stageLabels: Map<string, StageLabel>; onClose(): void };

/** One contact: profile, scores with their ledger, stage control, tasks, deals and timeline. Escape goes back. */
export function ContactRecord({ contactId, me, stageLabels, onClose }: ContactRecordProps) {
  const { t, i18n } = useTranslation();
  const { actions } = useWorkspaceApi();
  const record = useWorkspaceQuery((q) => q.contactRecord({ contactId }), [contactId]);
  const now = useNow();
  useHotkey('escape', onClose);
  // Focus moves into the opened record (its name is read first); closing gives it back to the list row.
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = record != null;
  useEffect(() => {
    if (loaded) heading.current?.focus({ preventScroll: true });
  }, [loaded, contactId]);
  if (record === undefined) return <p className="muted page">{t('leads.loading')}</p>;
  if (record === null)
    // A link to a contact that was merged away, deleted, or belongs to another workspace.
    return (
      <section className="page">
        <EmptyState icon={<UserX size={28} />} title={t('record.goneTitle')} action={<Button onClick={onClose}>{t('record.back')}</Button>}>
          {t('record.goneBody')}
        </EmptyState>
      </section>
    );
  const { contact, company, persona, personaPattern, design, activities, transitions, tasks, deals, team } = record;
  // The same builder the stage actions use: the preview shows what the action will decide. The page's
  // clock ticks once a minute, so it judges at least as of the contact's last write: an activity just
  // logged is a fact, not a future one.
  const { context, score } = buildTransitionContext({
    contact,
    activities,
    deals,
    company,
    model: design.model,
    icp: design.icp,
    now: Math.max(now, contact.updatedAt),
  });
  const actor = me ? actorOf(me) : null;
  const memberName = (id: string | null) => (id ? (team.find((m) => m.id === id)?.name ?? '') : '');
  const onAction = (action: StageAction) => actions.changeStage({ contactId: contact.id, action, actor });
  const stageName = (id: string) => stageLabels.get(id)?.name ?? id;
  const onCloseDeal = async (dealId: string, outcome: 'won' | 'lost', lostReason: RecycleReason | null): Promise<RecordNote> => {
    const result = await actions.closeDeal({ dealId, outcome, lostReason, actor });
    const name = contactDisplayName(contact);
    const stay = (why: string): RecordNote => ({
      text: t('dealOutcome.notMoved', { name, stage: stageName(contact.lifecycleStage), why }),
      tone: 'warn',
      version: contact.updatedAt,
    });
    if (!result.ok) return { text: fieldErrorsText(t, result.errors), tone: 'warn', version: contact.updatedAt };
    // The record speaks for its own contact; the deal's other contacts follow the same rule in their own timelines.
    const mine = result.value.moves.find((m) => m.contactId === contact.id);
    if (!mine) return { text: t(`dealOutcome.status_${outcome}`), tone: 'ok', version: contact.updatedAt };
    if ('skipped' in mine) return stay(t('dealOutcome.otherOpenDeal'));
    if (mine.result.ok)
      return {
        text: t('dealOutcome.movedContact', { name, stage: stageName(mine.result.contact.lifecycleStage) }),
        tone: 'ok',
        version: mine.result.contact.updatedAt,
      };
    const refusal = mine.result;
    return stay(
      refusal.error === 'refused' && refusal.evaluation.reason === 'criteria'
        ? [...new Set(refusal.evaluation.unmet.map((u) => describeUnmet(t, u, stageName)))].join(', ')
        : t('stageControl.notAllowed'),
    );
  };
  const describeActions = (applied: AppliedAction[]) =>
    applied
      .map((a) =>
        a.kind === 'change_stage'
          ? a.moved
            ? t('thresholdAction.change_stage', { stage: stageLabels.get(a.to)?.name ?? a.to })
            : t('thresholdAction.stayed', { stage: stageLabels.get(a.to)?.name ?? a.to, items: a.unmet.join(', ') })
          : a.kind === 'route'
            ? a.assignee
              ? t('thresholdAction.routed', { owner: memberName(a.assignee) })
              : t('thresholdAction.notRouted')
            : a.kind === 'add_to_list'
              ? t('thresholdAction.add_to_list', { list: a.list })
              : a.kind === 'notify'
                ? t('thresholdAction.notify', { role: a.role })
                : t('thresholdAction.create_task'),
      )
      .join(', ');
  return (
    <section className="page record-page" aria-labelledby="record-title">
      <header className="record-header">
        <Button variant="ghost" onClick={onClose} aria-label={t('record.back')}>
          <ArrowLeft size={16} aria-hidden />
          {t('record.back')}
        </Button>
        <div className="record-title">
          <h1 id="record-title" ref={heading} tabIndex={-1}>
            <bdi>{contactDisplayName(contact)}</bdi>
          </h1>
          <span className="muted">
            {contact.jobTitle && <bdi>{contact.jobTitle}</bdi>}
            {contact.jobTitle && company && ' · '}
            {company && <bdi>{company.name}</bdi>}
          </span>
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
            canDecideHandOff={canDecideHandOff(design.lifecycle, actor)}
            canOverride={(to) => canOverride(design.lifecycle, actor, to)}
            describeActions={describeActions}
            onAction={onAction}
          />
          <LogActivityBar
            onLog={(input) => actions.logActivity({ contactId: contact.id, ...input, byMemberId: me?.id ?? null })}
            describeActions={(logged) => describeActions(logged.applied)}
            version={contact.updatedAt}
          />
          <ScorePanel score={score} threshold={design.model.handOffThreshold}>
            <BantEditor key={contact.updatedAt} ratings={contact.bant} onSave={(bant) => actions.rateBant({ contactId: contact.id, bant })} />
          </ScorePanel>
          <Timeline
            activities={activities}
            transitions={transitions}
            assignments={record.assignments}
            notifications={record.notifications}
            ruleName={(id) => record.routingRules.find((r) => r.id === id)?.name ?? null}
            stageLabels={stageLabels}
            memberName={memberName}
          />
        </div>
        <aside className="record-side">
          <ProfileCard
            contact={contact}
            onSave={(patch, base) => actions.updateProfile({ contactId: contact.id, patch, base })}
            facts={[
              { label: t('record.email'), value: contact.email },
              { label: t('record.phone'), value: contact.phone },
              { label: t('record.company'), value: company?.name },
              { label: t('record.owner'), value: memberName(contact.ownerId) || t('leads.unassigned') },
              {
                label: t('record.persona'),
                value: (
                  <>
                    {persona?.name}
                    {personaPattern && <span className="muted"> ({t('record.personaRule', { pattern: personaPattern })})</span>}
                  </>
                ),
              },
              { label: t('record.icpFit'), value: context.scores.icpFit === null ? '—' : formatNumber(context.scores.icpFit, i18n.language) },
            ]}
          />
          <ConsentCard
            consent={contact.consent}
            sourceLabel={(source) => sourceLabel(t, source)}
            onSave={(input) => actions.recordConsent({ contactId: contact.id, ...input })}
            describeActions={describeActions}
            version={contact.updatedAt}
          />
          <SlaCard contact={contact} tasks={tasks} calendar={record.calendar} now={now} />
          <SuggestedContentCard contact={contact} persona={persona} stageName={stageName(contact.lifecycleStage)} />
          <TasksCard
            tasks={tasks}
            now={now}
            memberName={memberName}
            onAdd={(title, dueAt) => actions.addTask({ contactId: contact.id, title, dueAt, ownerId: me?.id ?? contact.ownerId })}
            onDone={(taskId) => actions.setTaskDone({ taskId, done: true })}
          />
          <MergeCard contact={contact} companyName={company?.name ?? null} />
          <DealsCard
            deals={deals}
            pipelines={record.pipelines}
            defaultPipelineId={record.salesPipeline?.id ?? null}
            defaultCurrency={record.currency}
            ownerId={me?.id ?? contact.ownerId}
            onCreate={(deal) => actions.createDeal({ contactId: contact.id, deal })}
            onCloseDeal={onCloseDeal}
            version={contact.updatedAt}
          />
        </aside>
      </div>
    </section>
  );
}
