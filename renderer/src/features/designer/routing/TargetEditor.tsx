import { useTranslation } from 'react-i18next';
import type { RoutingTarget, TeamMember } from '@shared/model';
import { Field, Select } from '../../../ui';
import { DraftNumber } from '../scoring/DraftNumber';
import { membersOf, targetKinds, togglePoolMember, withTargetKind } from './routing-draft';

export type TargetEditorProps = {
  target: RoutingTarget;
  team: readonly TeamMember[];
  onChange(target: RoutingTarget): void;
  error(path: string): string | undefined;
};

/** Who gets the lead: one person, or a pool shared round robin, to the least loaded, by weight or by territory. */
export function TargetEditor({ target, team, onChange, error }: TargetEditorProps) {
  const { t } = useTranslation();
  const chosen = new Set(membersOf(target));
  const live = team.filter((m) => m.deletedAt === null);
  const memberError =
    error('members') ??
    membersOf(target)
      .map((_, i) => error(`members.${i}`) ?? error(`weights.${i}`))
      .find(Boolean);
  return (
    <div className="target-editor">
      <Field label={t('designRules.routing.target')}>
        <Select
          name="targetKind"
          value={target.kind}
          onValueChange={(kind) => onChange(withTargetKind(target, kind as RoutingTarget['kind']))}
          options={targetKinds.map((k) => ({ value: k, label: t(`designRules.routing.targets.${k}`) }))}
        />
      </Field>
      {target.kind === 'person' ? (
        <Field label={t('designRules.routing.person')} error={memberError}>
          <Select
            name="person"
            value={target.memberId}
            placeholder={t('designRules.routing.choose')}
            onValueChange={(memberId) => onChange({ kind: 'person', memberId })}
            options={live.map((m) => ({ value: m.id, label: t('designRules.routing.memberOption', { name: m.name, role: t(`role.${m.role}`) }) }))}
          />
        </Field>
      ) : (
        <fieldset className="target-pool">
          <legend>{t('designRules.routing.pool')}</legend>
          {live.map((m) => {
            const weight = target.kind === 'weighted_round_robin' ? target.weights.find((w) => w.memberId === m.id) : undefined;
            return (
              <div key={m.id} className="target-member">
                <label className="checkbox">
                  <input type="checkbox" checked={chosen.has(m.id)} onChange={(e) => onChange(togglePoolMember(target, m.id, e.target.checked))} />
                  {t('designRules.routing.memberOption', { name: m.name, role: t(`role.${m.role}`) })}
                  {!m.active && <span className="badge">{t('designRules.routing.inactive')}</span>}
                </label>
                {weight && target.kind === 'weighted_round_robin' && (
                  <DraftNumber
                    aria-label={t('designRules.routing.weightOf', { name: m.name })}
                    min={0}
                    value={weight.weight}
                    onNumberChange={(w) =>
                      onChange({ kind: target.kind, weights: target.weights.map((x) => (x.memberId === m.id ? { ...x, weight: w ?? Number.NaN } : x)) })
                    }
                  />
                )}
              </div>
            );
          })}
          {memberError && <span className="error-text">{memberError}</span>}
        </fieldset>
      )}
    </div>
  );
}
