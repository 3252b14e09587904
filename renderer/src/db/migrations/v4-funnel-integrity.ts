import type { Transaction } from 'dexie';
import { decisionMakerWords, defaultCalendar, defaultLifecyclePolicies, studentWords } from '@shared/defaults';
import { workingCalendarSchema } from '@shared/model';

/**
 * Shapes these records had before version 4, loosely typed on purpose: an upgrade reads what an
 * older release wrote. Every step is idempotent (fills only what is missing), so data already in
 * the new shape passes through unchanged.
 */
type OldCriterion = { kind: string; min?: number | null };
type OldLifecycle = Record<string, unknown> & { stages: { entryCriteria: OldCriterion[]; exitCriteria: OldCriterion[] }[] };
type OldFitRule = { id: string; condition: { op: string; field: string; pattern?: string; values?: string[] } };
type OldModel = { engagementFloor?: number | null; fitRules: OldFitRule[] };
type OldMeta = { locale: 'ko' | 'en'; calendar: unknown; routingState: { roundRobin: Record<string, unknown> } };
type OldRule = { id: string; target: { kind: string; memberIds?: string[] } };

const OLD_DECISION_MAKER = '(head|director|vp|chief|cto|ceo|cmo|대표|이사|본부장|팀장)';
const OLD_STUDENT = '(student|intern|학생|인턴)';

function migrateCriterion(c: OldCriterion): OldCriterion {
  // "engagement ≥ threshold" was the MQL test; the one "ready" test is now the model's hand-off measure.
  if (c.kind === 'engagement_at_least' && (c.min === null || c.min === undefined)) return { kind: 'hand_off_ready' };
  // The fixed "ICP fit ≥ 50" of the default lifecycle becomes "in the active ICP" (no lifecycle editor existed to set another value).
  if (c.kind === 'icp_fit_at_least' && c.min === 50) return { kind: 'icp_fit_at_least', min: null };
  return c;
}

export async function upgradeToFunnelIntegrity(tx: Transaction): Promise<void> {
  const members = await tx.table('teamMembers').toArray();
  // Someone must be able to override: the member who has been in the workspace longest becomes its admin.
  const first = [...members].sort((a: { createdAt: number }, b: { createdAt: number }) => a.createdAt - b.createdAt)[0] as { id: string } | undefined;
  await tx
    .table('teamMembers')
    .toCollection()
    .modify((m: { id: string; admin?: boolean }) => {
      m.admin ??= m.id === first?.id && !members.some((x: { admin?: boolean }) => x.admin === true);
    });
  await tx
    .table('lifecycles')
    .toCollection()
    .modify((l: OldLifecycle) => {
      for (const [key, value] of Object.entries(defaultLifecyclePolicies())) l[key] ??= value;
      for (const stage of l.stages) {
        stage.entryCriteria = stage.entryCriteria.map(migrateCriterion);
        stage.exitCriteria = stage.exitCriteria.map(migrateCriterion);
      }
    });
  await tx
    .table('scoringModels')
    .toCollection()
    .modify((m: OldModel) => {
      if (m.engagementFloor === undefined) m.engagementFloor = 0;
      for (const rule of m.fitRules) {
        const { condition } = rule;
        if (condition.op !== 'regex') continue;
        const words = condition.pattern === OLD_DECISION_MAKER ? decisionMakerWords : condition.pattern === OLD_STUDENT ? studentWords : null;
        if (words) rule.condition = { op: 'any_word', field: condition.field, values: [...words] };
      }
    });
  const rules = (await tx.table('routingRules').toArray()) as OldRule[];
  await tx
    .table('meta')
    .toCollection()
    .modify((meta: OldMeta) => {
      // Round robin remembered a list position; it now remembers the person (and where they stood).
      for (const [ruleId, cursor] of Object.entries(meta.routingState.roundRobin)) {
        if (typeof cursor !== 'number') continue;
        const memberId = rules.find((r) => r.id === ruleId)?.target.memberIds?.[cursor];
        if (memberId) meta.routingState.roundRobin[ruleId] = { memberId, index: cursor };
        else delete meta.routingState.roundRobin[ruleId];
      }
      // A calendar without working time would give no SLA deadline: it is replaced by the default.
      if (!workingCalendarSchema.safeParse(meta.calendar).success) meta.calendar = defaultCalendar(meta.locale);
    });
}
