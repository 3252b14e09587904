import { compileCondition, type CompiledCondition, type ConditionSubject } from '../conditions/field-condition';
import type { FitRule } from '../model/scoring-model';

export type FitLedgerEntry = { ruleId: string; label: string; points: number };
export type FitResult = { score: number; ledger: FitLedgerEntry[] };

export type CompiledFitRules = { rules: FitRule[]; tests: CompiledCondition[]; icpWeight: number };

export function compileFitRules(rules: FitRule[], icpWeight: number): CompiledFitRules {
  return { rules, tests: rules.map((r) => compileCondition(r.condition)), icpWeight };
}

export const ICP_LEDGER_ID = 'icp';

/**
 * Fit (profile) score 0–100: the ICP fit times its weight, plus the points of every fit rule the
 * contact meets, clamped to 0–100. The ledger names each part.
 */
export function fitScore(subject: ConditionSubject, compiled: CompiledFitRules, icpFitValue: number | null): FitResult {
  const ledger: FitLedgerEntry[] = [];
  let sum = 0;
  if (icpFitValue !== null && compiled.icpWeight > 0) {
    const points = icpFitValue * compiled.icpWeight;
    sum += points;
    ledger.push({ ruleId: ICP_LEDGER_ID, label: 'ICP fit', points });
  }
  for (let i = 0; i < compiled.rules.length; i++) {
    if (!compiled.tests[i]!(subject)) continue;
    const rule = compiled.rules[i]!;
    sum += rule.points;
    ledger.push({ ruleId: rule.id, label: rule.label, points: rule.points });
  }
  return { score: Math.max(0, Math.min(100, sum)), ledger };
}

/** The fit score alone, without a ledger: what bulk rescoring stores. */
export function fitTotal(subject: ConditionSubject, compiled: CompiledFitRules, icpFitValue: number | null): number {
  let sum = icpFitValue !== null ? icpFitValue * compiled.icpWeight : 0;
  for (let i = 0; i < compiled.rules.length; i++) if (compiled.tests[i]!(subject)) sum += compiled.rules[i]!.points;
  return Math.max(0, Math.min(100, sum));
}
