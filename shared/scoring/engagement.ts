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

type ActivityFacts = Pick<Activity, 'type' | 'at' | 'url' | 'seconds' | 'meta'>;

/** Rules indexed by activity type, URL patterns lower-cased once: scoring 1M activities stays cheap. */
export type CompiledEngagementRules = {
  rules: EngagementRule[];
  byType: Map<ActivityType, number[]>;
  urlNeedles: (string | null)[];
};

export function compileEngagementRules(rules: EngagementRule[]): CompiledEngagementRules {
  const byType = new Map<ActivityType, number[]>();
  rules.forEach((rule, index) => {
    const list = byType.get(rule.activityType) ?? [];
    list.push(index);
    byType.set(rule.activityType, list);
  });
  return { rules, byType, urlNeedles: rules.map((r) => r.urlContains?.toLowerCase() ?? null) };
}

function matches(rule: EngagementRule, urlNeedle: string | null, activity: ActivityFacts): boolean {
  if (urlNeedle !== null && !(activity.url ?? '').toLowerCase().includes(urlNeedle)) return false;
  if (rule.minSeconds !== null && (activity.seconds ?? 0) < rule.minSeconds) return false;
  if (rule.formId !== null && activity.meta['formId'] !== rule.formId) return false;
  if (rule.activeFrom !== null && activity.at < rule.activeFrom) return false;
  if (rule.activeTo !== null && activity.at > rule.activeTo) return false;
  return true;
}

/** Points × 0.5^(age / half-life); activities dated in the future count as new. */
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
 * Engagement (behaviour) score of one contact's activities, with a ledger entry per rule that
 * gave points. Order of `activities` does not matter.
 */
export function engagementScore(activities: readonly ActivityFacts[], compiled: CompiledEngagementRules, now: Timestamp): EngagementResult {
  const n = compiled.rules.length;
  const occurrences = new Array<number>(n).fill(0);
  const raw = new Array<number>(n).fill(0);
  const decayed = new Array<number>(n).fill(0);
  for (const activity of activities) {
    const candidates = compiled.byType.get(activity.type);
    if (candidates === undefined) continue;
    for (const index of candidates) {
      const rule = compiled.rules[index]!;
      if (!matches(rule, compiled.urlNeedles[index]!, activity)) continue;
      const value = rule.points * decayFactor(rule.halfLifeDays, activity.at, now);
      occurrences[index]!++;
      if (rule.frequency === 'once') {
        // Once: the freshest occurrence counts (largest magnitude after decay).
        raw[index] = rule.points;
        if (Math.abs(value) > Math.abs(decayed[index]!)) decayed[index] = value;
      } else {
        raw[index]! += rule.points;
        decayed[index]! += value;
      }
    }
  }
  const ledger: EngagementLedgerEntry[] = [];
  let score = 0;
  for (let i = 0; i < n; i++) {
    if (occurrences[i] === 0) continue;
    const rule = compiled.rules[i]!;
    const points = applyCap(decayed[i]!, rule.cap);
    score += points;
    ledger.push({
      ruleId: rule.id,
      label: rule.label,
      occurrences: occurrences[i]!,
      rawPoints: raw[i]!,
      decayedPoints: decayed[i]!,
      points,
      capped: points !== decayed[i],
    });
  }
  return { score, ledger };
}
