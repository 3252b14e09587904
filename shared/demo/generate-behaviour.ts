import type { Activity } from '../model/activity';
import type { Contact } from '../model/contact';
import type { ActivityType, LifecycleStageId } from '../model/identifiers';
import type { ScoringModel } from '../model/scoring-model';
import type { DemoContext } from './demo-context';
import { HOUR_MS } from './demo-context';
import { blogUrls } from './demo-vocabulary';
import { canonicalRoles, type StageRoles } from './demo-design';

type Event = { type: ActivityType; url: string | null };

const behaviourMix: Record<string, number> = {
  email_opened: 30,
  blog_read: 20,
  page_visited: 15,
  email_clicked: 12,
  content_downloaded: 10,
  pricing: 6,
  webinar_registered: 4,
  trial_started: 1,
};

/** Engagement the contact shows before it leaves marketing, by the furthest stage it reached. */
const targetRange: Partial<Record<LifecycleStageId, [number, number]>> = {
  prospect: [0, 24],
  subscriber: [4, 40],
  lead: [12, 68],
  disqualified: [0, 20],
};

function pickEvent(ctx: DemoContext): Event {
  const kind = ctx.random.weighted(behaviourMix);
  if (kind === 'pricing') return { type: 'page_visited', url: '/pricing' };
  if (kind === 'page_visited' || kind === 'blog_read') return { type: kind, url: ctx.random.pick(blogUrls) };
  return { type: kind as ActivityType, url: null };
}

/**
 * Behaviour that explains a contact's path: contacts that became MQL crossed the hand-off
 * threshold and asked to talk before their MQL date; those that did not stay below it.
 */
export function generateBehaviour(
  ctx: DemoContext,
  model: ScoringModel,
  contact: Contact,
  stages: readonly string[],
  times: number[],
  /** Behaves like a lead that is ready for hand-off, though its stage says otherwise ("almost qualified"). */
  hot = false,
  roles: Pick<StageRoles, 'handOff' | 'accepted'> = canonicalRoles,
): Activity[] {
  const { random } = ctx;
  const pointsOf = (e: Event) => {
    let points = 0;
    for (const r of model.engagementRules)
      if (r.activityType === e.type && (r.urlContains === null || (e.url ?? '').includes(r.urlContains))) points += r.points;
    return points;
  };
  const at = (stage: string) => times[stages.indexOf(stage)]!;
  const reachedMql = stages.includes(roles.handOff) || hot;
  const behaviourEnd = stages.includes(roles.handOff) ? at(roles.handOff) : ctx.now;
  const activities: Activity[] = [];
  const add = (e: Event, when: number, byMemberId: string | null = null) => {
    const time = Math.round(Math.max(contact.createdAt, when));
    activities.push({
      ...ctx.stamp(time),
      contactId: contact.id,
      dealId: null,
      type: e.type,
      at: time,
      url: e.url,
      seconds: e.url ? random.int(10, 400) : null,
      meta: {},
      byMemberId,
    });
  };
  const between = (from: number, to: number) => from + random.next() * Math.max(0, to - from);

  let score = 0;
  if (reachedMql) {
    // Intent (asked to talk) right before the hand-off, then enough behaviour to pass the threshold.
    const form: Event = { type: 'form_submitted', url: '/contact' };
    add(form, behaviourEnd - random.int(1, 48) * HOUR_MS * 0.1);
    score += pointsOf(form);
    const target = model.handOffThreshold + random.int(0, 45);
    // A design's model may give few points per event; the cap only keeps a model with none from looping.
    for (let tries = 0; score < target && tries < 10_000; tries++) {
      const e = pickEvent(ctx);
      const points = pointsOf(e);
      if (points <= 0) continue;
      add(e, between(contact.createdAt, behaviourEnd));
      score += points;
    }
  } else {
    const furthest = stages[stages.length - 1]!;
    const [low, high] = targetRange[furthest as LifecycleStageId] ?? [0, 30];
    const target = random.int(low, high);
    for (let tries = 0; tries < 40 && score < target; tries++) {
      const e = pickEvent(ctx);
      const points = pointsOf(e);
      if (score + points > high) continue;
      add(e, between(contact.createdAt, ctx.now));
      score += points;
    }
    if (random.chance(0.03)) add({ type: 'unsubscribed', url: null }, between(contact.createdAt, ctx.now));
  }
  if (stages.includes(roles.accepted)) {
    add({ type: 'meeting_booked', url: null }, at(roles.accepted) - HOUR_MS, contact.ownerId);
    const touches = random.int(1, 4);
    for (let i = 0; i < touches; i++)
      add({ type: random.pick(['call_logged', 'email_logged', 'note_added'] as const), url: null }, between(at(roles.accepted), ctx.now), contact.ownerId);
  }
  return activities;
}
