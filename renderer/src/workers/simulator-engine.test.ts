import { describe, expect, it } from 'vitest';
import { conversions, funnelIds, stageEntries, timeInStage } from '@shared/index';
import { generateDemoWorkspace } from '@shared/demo/generate-workspace';
import { measureFunnel } from './simulator-engine';

const now = Date.UTC(2026, 10, 23, 9);
const ws = generateDemoWorkspace({ seed: 3, now, locale: 'ko', contacts: 600 });
const source = {
  lifecycle: ws.lifecycles[0]!,
  currency: 'KRW',
  timeZone: 'Asia/Seoul',
  transitions: ws.transitions,
  wonDeals: ws.deals.filter((d) => d.status === 'won'),
  liveContactIds: new Set(ws.contacts.map((c) => c.id)),
};

describe('measureFunnel', () => {
  it('gives the shared metrics’ adjacent rates and stays, the first stage’s monthly entries and the average won deal of the period', () => {
    const range = { from: now - 90 * 86_400_000, to: now };
    const measured = measureFunnel(source, range);
    const funnel = funnelIds(ws.lifecycles[0]!);
    const expected = conversions(ws.transitions, funnel, range, source.liveContactIds).filter((c) => c.adjacent);
    expect(measured.rates).toEqual(expected.map((c) => ({ from: c.from, to: c.to, rate: c.rate })));
    expect(measured.timeInStage).toEqual(timeInStage(ws.transitions, range, source.liveContactIds));
    const entered = stageEntries(ws.transitions, [funnel[0]!], range, source.liveContactIds)[funnel[0]!]!.count;
    expect(measured.monthlyVolume).toBeCloseTo(entered / 3, 6);
    const won = ws.deals.filter((d) => d.status === 'won' && d.closedAt! >= range.from && d.closedAt! < range.to);
    expect(won.length).toBeGreaterThan(0);
    expect(measured.averageDealValue).toBeCloseTo(won.reduce((s, d) => s + d.amount!, 0) / won.length, 6);
  });

  it('says “none” for a period with nothing in it', () => {
    const measured = measureFunnel(source, { from: now + 86_400_000, to: now + 2 * 86_400_000 });
    expect(measured.monthlyVolume).toBeNull();
    expect(measured.averageDealValue).toBeNull();
    expect(measured.rates.every((r) => r.rate === null)).toBe(true);
  });
});
