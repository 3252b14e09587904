import type { Activity } from '../model/activity';
import type { ActivityType } from '../model/identifiers';
import type { Timestamp } from '../model/record';
import type { EngagementRule } from '../model/scoring-model';

const DAY_MS = 86_400_000;

/** One rule's contribution to a contact's engagement score: the "why" behind the number. */
export type EngagementLedgerEntry = {
  ruleId: string;
  label: string;
  occurrences: number;
  /** Sum of the rule's points before decay and cap. */
  rawPoints: number;
  /** After decay, before the cap. */
  decayedPoints: number;
  /** What the rule finally adds to the score. */
  points: number;
  capped: boolean;
};

export type EngagementResult = { score: number; ledger: EngagementLedgerEntry[] };

/** Ledger id of the line that lifts a score up to the model's floor (negative rules stop there). */
export const FLOOR_LEDGER_ID = 'floor';

export type ActivityFacts = Pick<Activity, 'id' | 'type' | 'at' | 'url' | 'seconds' | 'meta'>;

/** Rules indexed by activity type, URL patterns lower-cased once: scoring 1M activities stays cheap. */
export type CompiledEngagementRules = {
  rules: EngagementRule[];
  byType: Map<ActivityType, number[]>;
  urlNeedles: (string | null)[];
  /** Lowest score (null: none). */
  floor: number | null;
};

/** `floor` defaults to 0: engagement never goes below zero unless a model says otherwise. */
export function compileEngagementRules(rules: EngagementRule[], floor: number | null = 0): CompiledEngagementRules {
  const byType = new Map<ActivityType, number[]>();
  rules.forEach((rule, index) => {
    const list = byType.get(rule.activityType) ?? [];
    list.push(index);
    byType.set(rule.activityType, list);
  });
  return { rules, byType, urlNeedles: rules.map((r) => r.urlContains?.toLowerCase() ?? null), floor };
}

function matches(rule: EngagementRule, urlNeedle: string | null, activity: ActivityFacts): boolean {
  if (urlNeedle !== null && !(activity.url ?? '').toLowerCase().includes(urlNeedle)) return false;
  if (rule.minSeconds !== null && (activity.seconds ?? 0) < rule.minSeconds) return false;
  if (rule.formId !== null && activity.meta['formId'] !== rule.formId) return false;
  if (rule.activeFrom !== null && activity.at < rule.activeFrom) return false;
  if (rule.activeTo !== null && activity.at > rule.activeTo) return false;
  return true;
}

/** Points × 0.5^(age / half-life). (Activities dated after `now` never get here: they do not count yet.) */
export function decayFactor(halfLifeDays: number | null, at: Timestamp, now: Timestamp): number {
  if (halfLifeDays === null) return 1;
  const ageDays = Math.max(0, now - at) / DAY_MS;
  return Math.pow(0.5, ageDays / halfLifeDays);
}

function applyCap(points: number, cap: number | null): number {
  if (cap === null) return points;
  return points >= 0 ? Math.min(points, cap) : Math.max(points, -cap);
}

/**
 * Per-rule running sums for one contact. Reused across contacts by `scoreAll` (reset, not
 * reallocated), so bulk rescoring makes no garbage per contact.
 */
export type EngagementAccumulator = { occurrences: Float64Array; raw: Float64Array; decayed: Float64Array };

export function createEngagementAccumulator(compiled: CompiledEngagementRules): EngagementAccumulator {
  const n = compiled.rules.length;
  return { occurrences: new Float64Array(n), raw: new Float64Array(n), decayed: new Float64Array(n) };
}

export function resetEngagementAccumulator(acc: EngagementAccumulator): void {
  acc.occurrences.fill(0);
  acc.raw.fill(0);
  acc.decayed.fill(0);
}

/**
 * Adds one activity to the sums of every rule it matches. An activity dated after `now` (a
 * scheduled webinar, a clock-skewed import) counts only once its time has come.
 */
export function addEngagementActivity(acc: EngagementAccumulator, compiled: CompiledEngagementRules, activity: ActivityFacts, now: Timestamp): void {
  if (activity.at > now) return;
  const candidates = compiled.byType.get(activity.type);
  if (candidates === undefined) return;
  for (const index of candidates) {
    const rule = compiled.rules[index]!;
    if (!matches(rule, compiled.urlNeedles[index]!, activity)) continue;
    const value = rule.halfLifeDays === null ? rule.points : rule.points * decayFactor(rule.halfLifeDays, activity.at, now);
    acc.occurrences[index]!++;
    if (rule.frequency === 'once') {
      // Once: the freshest occurrence counts (largest magnitude after decay).
      acc.raw[index] = rule.points;
      if (Math.abs(value) > Math.abs(acc.decayed[index]!)) acc.decayed[index] = value;
    } else {
      acc.raw[index]! += rule.points;
      acc.decayed[index]! += value;
    }
  }
}

function rulesTotal(acc: EngagementAccumulator, compiled: CompiledEngagementRules): number {
  let score = 0;
  for (let i = 0; i < compiled.rules.length; i++) if (acc.occurrences[i] !== 0) score += applyCap(acc.decayed[i]!, compiled.rules[i]!.cap);
  return score;
}

/** The engagement score the sums add up to, each rule capped, never below the model's floor. */
export function engagementTotal(acc: EngagementAccumulator, compiled: CompiledEngagementRules): number {
  const score = rulesTotal(acc, compiled);
  return compiled.floor !== null && score < compiled.floor ? compiled.floor : score;
}

/** One ledger entry per rule that matched: the "why" behind the number. */
export function engagementLedger(acc: EngagementAccumulator, compiled: CompiledEngagementRules): EngagementLedgerEntry[] {
  const ledger: EngagementLedgerEntry[] = [];
  for (let i = 0; i < compiled.rules.length; i++) {
    if (acc.occurrences[i] === 0) continue;
    const rule = compiled.rules[i]!;
    const points = applyCap(acc.decayed[i]!, rule.cap);
    ledger.push({
      ruleId: rule.id,
      label: rule.label,
      occurrences: acc.occurrences[i]!,
      rawPoints: acc.raw[i]!,
      decayedPoints: acc.decayed[i]!,
      points,
      capped: points !== acc.decayed[i],
    });
  }
  const total = rulesTotal(acc, compiled);
  if (compiled.floor !== null && total < compiled.floor) {
    // The lift to the floor is a ledger line of its own, so the lines still add up to the score.
    const lift = compiled.floor - total;
    ledger.push({ ruleId: FLOOR_LEDGER_ID, label: 'Floor', occurrences: 0, rawPoints: lift, decayedPoints: lift, points: lift, capped: false });
  }
  return ledger;
}

/**
 * Engagement (behaviour) score of one contact's activities, with a ledger entry per rule that
 * gave points. Order of `activities` does not matter, and the same activity id counts once (an
 * import or a sync may hand the same event over twice).
 */
export function engagementScore(activities: readonly ActivityFacts[], compiled: CompiledEngagementRules, now: Timestamp): EngagementResult {
  const acc = createEngagementAccumulator(compiled);
  const seen = new Set<string>();
  for (const activity of activities) {
    if (seen.has(activity.id)) continue;
    seen.add(activity.id);
    addEngagementActivity(acc, compiled, activity, now);
  }
  return { score: engagementTotal(acc, compiled), ledger: engagementLedger(acc, compiled) };
}
