import './routing.css';
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, arrayMove, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Plus } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analyseRules, renumberRules, validateRoutingRules } from '@shared/index';
import type { HandOffFallback, RoutingRule, TeamMember } from '@shared/model';
import { useSaveExport } from '../../../app/use-save-export';
import { Button, EmptyState, Field, Select, showToast } from '../../../ui';
import { useWorkspaceApi, useWorkspaceQuery } from '../../../workspace-api';
import type { RoutingDesign } from '../../../workspace-api/queries/routing-design';
import { problemsAt } from '../scoring/problem-text';
import { DryRunChart } from './DryRunChart';
import { RoutingRuleRow } from './RoutingRuleRow';
import { RuleFindings } from './RuleFindings';
import { newRoutingRule } from './routing-draft';
import { useDryRun } from './use-dry-run';

/** What a save would change: the rules without their timestamps. */
const shape = (rules: readonly RoutingRule[]) => JSON.stringify(rules.map((r) => ({ ...r, createdAt: 0, updatedAt: 0 })));

/** The Designer's Routing tab: ordered routing rules, their analysis and a dry run over the real contacts. */
export function RoutingTab() {
  const { t } = useTranslation();
  const design = useWorkspaceQuery((q) => q.routingDesign(), []);
  const team = useWorkspaceQuery((q) => q.team(), []);
  if (design === undefined || team === undefined) return <p className="muted">{t('designRules.scoring.loading')}</p>;
  if (design === null) return <EmptyState title={t('designRules.scoring.noDesign')} />;
  return <RoutingEditor design={design} team={team} />;
}

function RoutingEditor({ design, team }: { design: RoutingDesign; team: TeamMember[] }) {
  const { t } = useTranslation();
  const { actions } = useWorkspaceApi();
  const save = useSaveExport();
  const [rules, setRules] = useState<RoutingRule[]>(design.rules);
  const [fallback, setFallback] = useState<HandOffFallback>(design.fallback);
  const [base, setBase] = useState({ rulesVersion: design.rulesVersion, fallback: design.fallback });
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const problems = useMemo(() => validateRoutingRules(rules, team, fallback), [rules, team, fallback]);
  const error = problemsAt(t, problems);
  const findings = useMemo(() => analyseRules(renumberRules(rules)), [rules]);
  const ordered = useMemo(() => renumberRules(rules), [rules]);
  const dry = useDryRun(ordered, fallback);
  const dirty = shape(ordered) !== shape(design.rules) || JSON.stringify(fallback) !== JSON.stringify(design.fallback);
  const changedElsewhere = !saving && (design.rulesVersion !== base.rulesVersion || JSON.stringify(design.fallback) !== JSON.stringify(base.fallback));
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const move = (id: string, by: number) =>
    setRules((all) => {
      const from = all.findIndex((r) => r.id === id);
      const to = from + by;
      return from < 0 || to < 0 || to >= all.length ? all : arrayMove(all, from, to);
    });
  const dragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = rules.findIndex((r) => r.id === active.id);
    move(String(active.id), rules.findIndex((r) => r.id === over.id) - from);
  };
  const nameOf = (id: string | number) => rules.find((r) => r.id === id)?.name ?? '';
  const positionOf = (id: string | number) => rules.findIndex((r) => r.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('designRules.routing.announcePicked', { rule: nameOf(active.id), position: positionOf(active.id) }),
    onDragOver: ({ active, over }) => (over ? t('designRules.routing.announceOver', { rule: nameOf(active.id), position: positionOf(over.id) }) : undefined),
    onDragEnd: ({ active, over }) => t('designRules.routing.announceDropped', { rule: nameOf(active.id), position: positionOf(over?.id ?? active.id) }),
    onDragCancel: ({ active }) => t('designRules.routing.announceCancelled', { rule: nameOf(active.id) }),
  };
  const reload = () => {
    setRules(design.rules);
    setFallback(design.fallback);
    setBase({ rulesVersion: design.rulesVersion, fallback: design.fallback });
    setRefusal(null);
  };
  const submit = async () => {
    if (problems.length > 0) return setRefusal(t('designRules.scoring.fixFirst', { count: problems.length }));
    setSaving(true);
    setRefusal(null);
    try {
      const result = await actions.updateRoutingRules({ rules: ordered, fallback, base });
      if (result.ok) {
        setBase({ rulesVersion: result.value.rulesVersion, fallback });
        showToast({ tone: 'ok', text: t('designRules.routing.saved', { count: ordered.length }) });
      } else if (result.reason === 'changed_since') setRefusal(t('designRules.routing.changedSince'));
      else if (result.reason === 'invalid') setRefusal(t('designRules.scoring.fixFirst', { count: result.problems.length }));
      else setRefusal(t('designRules.scoring.noDesign'));
    } finally {
      setSaving(false);
    }
  };
  const live = team.filter((m) => m.deletedAt === null);
  const counts = dry.result?.perRule ?? null;
  return (
    <div className="routing-tab">
      <div className="routing-editor">
        <section className="designer-section" aria-labelledby="routing-rules">
          <h3 id="routing-rules">{t('designRules.routing.title')}</h3>
          <p className="muted">{t('designRules.routing.hint')}</p>
          <DndContext
            sensors={sensors}
            collisionDetection={closestCenter}
            onDragEnd={dragEnd}
            accessibility={{ announcements, screenReaderInstructions: { draggable: t('designRules.routing.instructions') } }}
          >
            <SortableContext items={rules.map((r) => r.id)} strategy={verticalListSortingStrategy}>
              <ol className="routing-rules">
                {rules.map((rule, i) => (
                  <RoutingRuleRow
                    key={rule.id}
                    rule={rule}
                    position={i}
                    count={rules.length}
                    team={team}
                    routed={counts ? (counts[rule.id] ?? 0) : null}
                    error={(part) => error(`rules.${i}.${part}`)}
                    onChange={(next) => setRules((all) => all.map((r) => (r.id === rule.id ? next : r)))}
                    onMove={(by) => move(rule.id, by)}
                    onRemove={() => setRules((all) => all.filter((r) => r.id !== rule.id))}
                  />
                ))}
              </ol>
            </SortableContext>
          </DndContext>
          {rules.length === 0 && <p className="muted">{t('designRules.routing.none')}</p>}
          <Button
            onClick={() => setRules((all) => [...all, newRoutingRule(t('designRules.routing.newRule', { n: all.length + 1 }), all.length, live[0]?.id ?? '')])}
          >
            <Plus size={14} aria-hidden />
            {t('designRules.routing.add')}
          </Button>
        </section>
        <section className="designer-section" aria-labelledby="routing-fallback">
          <h3 id="routing-fallback">{t('designRules.routing.fallback')}</h3>
          <Field label={t('designRules.routing.fallbackLabel')} hint={t('designRules.routing.fallbackHint')} error={error('fallback')}>
            <Select
              name="fallback"
              value={fallback.kind === 'member' ? fallback.memberId : ''}
              onValueChange={(v) => setFallback(v === '' ? { kind: 'owner_pool' } : { kind: 'member', memberId: v })}
              options={[
                { value: '', label: t('designRules.routing.ownerPool') },
                ...live.map((m) => ({ value: m.id, label: t('designRules.routing.memberOption', { name: m.name, role: t(`role.${m.role}`) }) })),
              ]}
            />
          </Field>
        </section>
        <div className="designer-save-bar">
          {changedElsewhere && (
            <p className="warning-text" role="status">
              {t('designRules.routing.otherWindow')}{' '}
              <Button variant="ghost" onClick={reload}>
                {t('designRules.scoring.loadSaved')}
              </Button>
            </p>
          )}
          {refusal && (
            <p className="error-text" role="alert" data-testid="routing-refusal">
              {refusal}
            </p>
          )}
          <Button variant="primary" onClick={() => void submit()} disabled={saving || !dirty}>
            {t('designRules.routing.save')}
          </Button>
          <Button onClick={reload} disabled={saving || !dirty}>
            {t('designRules.scoring.discard')}
          </Button>
          {problems.length > 0 && <span className="error-text">{t('designRules.scoring.problemCount', { count: problems.length })}</span>}
        </div>
      </div>
      <div className="routing-side">
        <RuleFindings findings={findings} rules={ordered} />
        {dry.result ? (
          <DryRunChart result={dry.result} team={team} running={dry.running} onSave={save} />
        ) : (
          <p className="muted" role="status">
            {dry.error ? t('designRules.routing.dryRunFailed') : t('designRules.routing.dryRunLoading')}
          </p>
        )}
      </div>
    </div>
  );
}
