import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RuleFindings as Findings } from '@shared/index';
import type { RoutingRule } from '@shared/model';
import { formatNumber } from '../../../ui';
import { fieldLabel } from './field-label';

export type RuleFindingsProps = { findings: Findings; rules: readonly RoutingRule[] };

function gapText(t: TFunction, gap: Findings['gaps'][number], n: (v: number) => string): string {
  const field = fieldLabel(t, gap.field);
  if (gap.from === null) return t('designRules.routing.gapBelow', { field, to: n(gap.to ?? 0) });
  if (gap.to === null) return t('designRules.routing.gapAbove', { field, from: n(gap.from) });
  if (gap.from === gap.to) return t('designRules.routing.gapOne', { field, value: n(gap.from) });
  return t('designRules.routing.gapBetween', { field, from: n(gap.from), to: n(gap.to) });
}

/** The overlap and gap analysis of analyse-rules in words: which rules both match, which ranges no rule covers, which rules can never win. */
export function RuleFindings({ findings, rules }: RuleFindingsProps) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  const name = (id: string) => rules.find((r) => r.id === id)?.name ?? id;
  const lines = [
    ...findings.shadowed.map((s) => ({ key: `s-${s.ruleId}`, text: t('designRules.routing.shadowed', { rule: name(s.ruleId), by: name(s.by) }) })),
    ...findings.overlaps.map((o) => ({
      key: `o-${o.ruleIds.join('-')}`,
      text:
        o.fields.length > 0
          ? t('designRules.routing.overlapOn', { a: name(o.ruleIds[0]), b: name(o.ruleIds[1]), fields: o.fields.map((f) => fieldLabel(t, f)).join(', ') })
          : t('designRules.routing.overlap', { a: name(o.ruleIds[0]), b: name(o.ruleIds[1]) }),
    })),
    ...findings.gaps.map((g) => ({ key: `g-${g.field}-${g.from}-${g.to}`, text: gapText(t, g, n) })),
  ];
  return (
    <section className="designer-section" aria-labelledby="routing-findings" data-testid="routing-findings">
      <h3 id="routing-findings">{t('designRules.routing.findings')}</h3>
      {lines.length === 0 ? (
        <p className="muted">{t('designRules.routing.noFindings')}</p>
      ) : (
        <ul className="routing-findings">
          {lines.map((l) => (
            <li key={l.key}>{l.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
