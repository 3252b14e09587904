import { useSortable } from '@dnd-kit/sortable';
import { ArrowDown, ArrowUp, GripVertical, Plus, Trash2 } from 'lucide-react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoutingRule, TeamMember } from '@shared/model';
import { Button, Field, TextInput, formatNumber } from '../../../ui';
import { replaceAt, without } from '../scoring/scoring-draft';
import { ConditionEditor } from './ConditionEditor';
import { TargetEditor } from './TargetEditor';
import { newCondition } from './routing-draft';

export type RoutingRuleRowProps = {
  rule: RoutingRule;
  position: number;
  count: number;
  team: readonly TeamMember[];
  /** Leads the dry run gave this rule, when it has run. */
  routed: number | null;
  error(path: string): string | undefined;
  onChange(rule: RoutingRule): void;
  onMove(by: number): void;
  onRemove(): void;
};

/** One ordered rule: drag handle and arrows (Alt+↑/↓) to reorder, name, on/off, its conditions and its target. */
export function RoutingRuleRow({ rule, position, count, team, routed, error, onChange, onMove, onRemove }: RoutingRuleRowProps) {
  const { t, i18n } = useTranslation();
  const { attributes, listeners, setNodeRef, transform, transition } = useSortable({ id: rule.id });
  const style = transform ? { transform: `translate3d(0, ${Math.round(transform.y)}px, 0)`, transition } : undefined;
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    onMove(e.key === 'ArrowUp' ? -1 : 1);
  };
  return (
    <li ref={setNodeRef} style={style} className={`routing-rule${rule.active ? '' : ' is-inactive'}`} data-routing-rule={rule.name} onKeyDown={onKeyDown}>
      <div className="routing-rule-head">
        <span className="routing-rule-order">{position + 1}</span>
        <button
          type="button"
          className="icon-button"
          aria-label={t('designRules.routing.reorder', { rule: rule.name, position: position + 1 })}
          {...attributes}
          {...listeners}
        >
          <GripVertical size={14} aria-hidden />
        </button>
        <button
          type="button"
          className="icon-button"
          disabled={position === 0}
          aria-label={t('designRules.routing.moveUp', { rule: rule.name })}
          aria-keyshortcuts="Alt+ArrowUp"
          onClick={() => onMove(-1)}
        >
          <ArrowUp size={12} aria-hidden />
        </button>
        <button
          type="button"
          className="icon-button"
          disabled={position === count - 1}
          aria-label={t('designRules.routing.moveDown', { rule: rule.name })}
          aria-keyshortcuts="Alt+ArrowDown"
          onClick={() => onMove(1)}
        >
          <ArrowDown size={12} aria-hidden />
        </button>
        <Field label={t('designRules.routing.name')} error={error('name')} className="grow">
          <TextInput name="ruleName" value={rule.name} onValueChange={(name) => onChange({ ...rule, name })} />
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={rule.active} onChange={(e) => onChange({ ...rule, active: e.target.checked })} />
          {t('designRules.routing.active')}
        </label>
        {routed !== null && <span className="badge">{t('designRules.routing.routed', { count: routed, n: formatNumber(routed, i18n.language) })}</span>}
        <Button variant="ghost" aria-label={t('designRules.routing.remove', { rule: rule.name })} onClick={onRemove}>
          <Trash2 size={14} aria-hidden />
        </Button>
      </div>
      <div className="routing-rule-body">
        <div className="routing-conditions">
          <p className="muted">{rule.conditions.length === 0 ? t('designRules.routing.everyLead') : t('designRules.routing.allOf')}</p>
          {rule.conditions.map((condition, k) => (
            <div key={k} className="routing-condition">
              <ConditionEditor
                facts
                condition={condition}
                onChange={(next) => onChange({ ...rule, conditions: replaceAt(rule.conditions, k, next) })}
                error={(part) => error(`conditions.${k}.${part}`)}
              />
              <Button
                variant="ghost"
                aria-label={t('designRules.routing.removeCondition', { n: k + 1 })}
                onClick={() => onChange({ ...rule, conditions: without(rule.conditions, k) })}
              >
                <Trash2 size={14} aria-hidden />
              </Button>
            </div>
          ))}
          <Button variant="ghost" onClick={() => onChange({ ...rule, conditions: [...rule.conditions, newCondition()] })}>
            <Plus size={14} aria-hidden />
            {t('designRules.routing.addCondition')}
          </Button>
        </div>
        <TargetEditor target={rule.target} team={team} onChange={(target) => onChange({ ...rule, target })} error={(part) => error(`target.${part}`)} />
      </div>
    </li>
  );
}
