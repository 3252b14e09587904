import { contactDisplayName, type Contact } from '../model/contact';
import type { Deal } from '../model/deal';
import { DEAL_PRODUCT_FIELD } from '../reports/win-rates';
import type { Pipeline } from '../model/pipeline';
import type { Task } from '../model/task';
import type { DemoContext } from './demo-context';
import { DAY_MS, HOUR_MS } from './demo-context';
import { canonicalRoles, type StageRoles } from './demo-design';

type StageTimes = Map<string, Map<string, number>>;

/** What the demo's deals sell (a product name reads the same in both languages). */
const demoProducts = ['Starter', 'Growth', 'Enterprise'] as const;

/** The plan a deal sells, by its size: small deals are Starter, the largest Enterprise (KRW amounts in millions, others in thousands). */
export function demoProductFor(amount: number, currency: string): (typeof demoProducts)[number] {
  const unit = currency === 'KRW' ? 1_000_000 : 1_000;
  return demoProducts[amount < 40 * unit ? 0 : amount < 100 * unit ? 1 : 2];
}

/** Deals for contacts that reached Opportunity (open, won, or lost and recycled) and some SQLs. */
export function generateDeals(
  ctx: DemoContext,
  contacts: Contact[],
  pipeline: Pipeline,
  stageTimes: StageTimes,
  aeIds: string[],
  roles: StageRoles = canonicalRoles,
  currency: string = ctx.locale === 'ko' ? 'KRW' : 'USD',
): Deal[] {
  const { random, locale, now } = ctx;
  const openStages = pipeline.stages.filter((s) => s.outcome === 'open');
  const won = pipeline.stages.find((s) => s.outcome === 'won')!;
  const lost = pipeline.stages.find((s) => s.outcome === 'lost')!;
  const amount = () => (currency === 'KRW' ? random.int(5, 150) * 1_000_000 : random.int(10, 300) * 500);
  const deals: Deal[] = [];
  contacts.forEach((contact, i) => {
    const times = stageTimes.get(contact.id)!;
    const opportunityAt = roles.opportunity === null ? undefined : times.get(roles.opportunity);
    const sqlAt = times.get(roles.accepted);
    const isLostOpportunity = contact.lifecycleStage === roles.recycled && opportunityAt !== undefined;
    const isEarlySql = contact.lifecycleStage === roles.accepted && random.chance(0.15);
    if (opportunityAt === undefined && !isEarlySql) return;
    const createdAt = opportunityAt ?? sqlAt!;
    const outcome = contact.lifecycleStage === roles.won ? 'won' : isLostOpportunity ? 'lost' : 'open';
    const stage = outcome === 'won' ? won : outcome === 'lost' ? lost : isEarlySql ? openStages[random.int(0, 1)]! : random.pick(openStages);
    const closedAt = outcome === 'open' ? null : (times.get(roles.won) ?? (roles.recycled === null ? undefined : times.get(roles.recycled)) ?? now);
    const stageEnteredAt = closedAt ?? Math.round(createdAt + random.next() * (now - createdAt));
    const company = contact.companyId;
    deals.push({
      ...ctx.stamp(createdAt),
      updatedAt: stageEnteredAt,
      title: `${contactDisplayName(contact)} — ${locale === 'ko' ? '도입' : 'Rollout'} #${i + 1}`,
      pipelineId: pipeline.id,
      stageId: stage.id,
      amount: amount(),
      currency,
      expectedCloseDate: closedAt ?? now + random.int(7, 120) * DAY_MS,
      ownerId: contact.ownerId && aeIds.includes(contact.ownerId) ? contact.ownerId : (aeIds[i % aeIds.length] ?? null),
      contactIds: [contact.id],
      primaryContactId: contact.id,
      companyId: company,
      source: contact.source,
      probability: null,
      status: outcome,
      lostReason: outcome === 'lost' ? contact.recycleReason : null,
      stageEnteredAt,
      // Some open deals are left idle on purpose, so rotting shows in the demo.
      lastActivityAt: outcome === 'open' && random.chance(0.25) ? stageEnteredAt : Math.min(now, stageEnteredAt + random.int(0, 10) * DAY_MS),
      closedAt,
      customFields: {},
    });
    // By the amount drawn, not by a draw of its own: the seeded sequence (and every demo test built on it) stays
    // as it was. Not by position either: i % 3 was the AE's i % 3, so win rate by product copied win rate by owner.
    const deal = deals[deals.length - 1]!;
    deal.customFields = { [DEAL_PRODUCT_FIELD]: demoProductFor(deal.amount ?? 0, currency) };
  });
  return deals;
}

const dealTaskTitles: Record<DemoContext['locale'], readonly (readonly [Task['kind'], string])[]> = {
  en: [
    ['call', 'Call about budget'],
    ['email', 'Send the proposal'],
    ['meeting', 'Schedule a demo'],
    ['todo', 'Check the contract terms'],
  ],
  ko: [
    ['call', '예산 확인 전화'],
    ['email', '제안서 발송'],
    ['meeting', '데모 일정 잡기'],
    ['todo', '계약 조건 검토'],
  ],
};

/** The next step of most open deals, owned by the deal's owner, some of them overdue: what a seller does today. */
export function generateDealTasks(ctx: DemoContext, deals: Deal[]): Task[] {
  const { random, locale, now } = ctx;
  const tasks: Task[] = [];
  for (const deal of deals) {
    if (deal.status !== 'open' || !random.chance(0.7)) continue;
    const [kind, title] = random.pick(dealTaskTitles[locale]);
    tasks.push({
      ...ctx.stamp(Math.min(now, deal.stageEnteredAt)),
      title,
      kind,
      contactId: deal.primaryContactId,
      dealId: deal.id,
      ownerId: deal.ownerId,
      dueAt: now + random.int(-3, 14) * DAY_MS,
      slaDeadline: null,
      doneAt: null,
    });
  }
  return tasks;
}

/**
 * A quarterly quota an AE can reach but has not yet: what they won in the last 90 days, and a third
 * more, in round figures — so part-way through a quarter attainment reads like a real one's.
 */
export function demoQuota(deals: readonly Deal[], ownerId: string, locale: DemoContext['locale'], now: number): number | null {
  const since = now - 90 * DAY_MS;
  const won = deals.filter((d) => d.ownerId === ownerId && d.status === 'won' && (d.closedAt ?? 0) >= since).reduce((sum, d) => sum + (d.amount ?? 0), 0);
  if (won === 0) return null;
  const unit = locale === 'ko' ? 10_000_000 : 10_000;
  return Math.ceil((won * 1.35) / unit) * unit;
}

/** Follow-up tasks for hand-offs (with their SLA deadline) and meetings for sales-accepted leads. */
export function generateTasks(ctx: DemoContext, contacts: Contact[], slaHours: number, roles: StageRoles = canonicalRoles): Task[] {
  const { random, locale, now } = ctx;
  const tasks: Task[] = [];
  for (const contact of contacts) {
    if (contact.lifecycleStage === roles.handOff) {
      const deadline = contact.stageEnteredAt + slaHours * HOUR_MS;
      const done = random.chance(0.3);
      tasks.push({
        ...ctx.stamp(contact.stageEnteredAt),
        title: locale === 'ko' ? '핸드오프 후속 연락' : 'Follow up hand-off',
        kind: 'follow_up',
        contactId: contact.id,
        dealId: null,
        ownerId: contact.ownerId,
        dueAt: deadline,
        slaDeadline: deadline,
        doneAt: done ? Math.min(now, contact.stageEnteredAt + random.int(1, 30) * HOUR_MS) : null,
      });
    } else if (contact.lifecycleStage === roles.accepted) {
      tasks.push({
        ...ctx.stamp(contact.stageEnteredAt),
        title: locale === 'ko' ? '발견 미팅 준비' : 'Prepare discovery meeting',
        kind: 'meeting',
        contactId: contact.id,
        dealId: null,
        ownerId: contact.ownerId,
        dueAt: contact.stageEnteredAt + random.int(1, 10) * DAY_MS,
        slaDeadline: null,
        doneAt: null,
      });
    }
  }
  return tasks;
}
