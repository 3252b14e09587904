import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contact, DAY, T0 } from '../testing/fixtures';
import { BOTTLENECK_MIN_ENTERED, funnelBottleneck } from './bottleneck';
import { buildFunnelIndex } from './funnel-index';
import type { FunnelQuery } from './funnel-query';
import { funnelReport } from './funnel-report';
import { testFunnel, testTeam, transition } from './funnel-testing';

/**
 * This month (days 0–19): 30 contacts enter Lead, 24 go on to MQL, 12 of those to SQL and none on
 * to Customer (SQL → Customer 0 %, from 12 contacts). The month before
 * (days -20…-1): 3 contacts, all Lead → MQL → SQL (100 % from 3).
 */
function workspace() {
  const lines = [];
  const contacts = [];
  let n = 0;
  const id = () => `t${String(++n).padStart(4, '0')}`;
  for (let i = 0; i < 30; i++) {
    const c = `now${i}`;
    contacts.push(contact({ id: c }));
    lines.push(transition(id(), c, null, 'lead', 1));
    if (i < 24) lines.push(transition(id(), c, 'lead', 'mql', 2));
    if (i < 12) lines.push(transition(id(), c, 'mql', 'sql', 3));
  }
  for (let i = 0; i < 3; i++) {
    const c = `before${i}`;
    contacts.push(contact({ id: c }));
    lines.push(transition(id(), c, null, 'lead', -10), transition(id(), c, 'lead', 'mql', -9), transition(id(), c, 'mql', 'sql', -8));
  }
  return buildFunnelIndex({ transitions: lines, contacts, funnel: testFunnel, team: testTeam, pipelinesByContact: [], tasks: [] });
}

const query = (compare: FunnelQuery['compare']): FunnelQuery => ({ range: { from: T0, to: T0 + 20 * DAY }, view: 'activity', filters: {}, compare });

describe('the bottleneck needs a minimum sample', () => {
  const index = workspace();

  it('names the weakest step that enough contacts entered, not a 0 % step of 12 contacts, with compare ticked or not', () => {
    const alone = funnelReport(index, query('none'));
    const compared = funnelReport(index, query('previous_period'));
    // SQL → Customer: 12 entered, none converted — under the minimum, so never named.
    expect(alone.conversions.find((c) => c.from === 'sql' && c.to === 'customer')).toMatchObject({ entered: 12, rate: 0 });
    expect(alone.bottleneck).toEqual({ from: 'mql', to: 'sql', rate: 0.5, entered: 24, baselineRate: null, drop: null });
    // The previous period had 3 contacts on that step (100 %): too few to quote beside it.
    expect(compared.conversions.find((c) => c.from === 'mql' && c.to === 'sql')).toMatchObject({ previousRate: 1 });
    expect(compared.bottleneck).toEqual(alone.bottleneck);
  });

  it('names nothing when no step has enough contacts', () => {
    const few = funnelReport(index, { ...query('none'), range: { from: T0 - 20 * DAY, to: T0 } });
    expect(few.conversions.some((c) => c.adjacent && c.entered > 0)).toBe(true);
    expect(few.bottleneck).toBeNull();
  });

  it('quotes the baseline rate only when enough entered the step then too', () => {
    const step = (from: string, to: string, rate: number, entered: number) => ({ from, to, adjacent: true, rate, entered });
    const now = [step('lead', 'mql', 0.8, 40), step('mql', 'sql', 0.4, 25)];
    expect(funnelBottleneck(now, [step('mql', 'sql', 0.6, BOTTLENECK_MIN_ENTERED)])).toMatchObject({ from: 'mql', baselineRate: 0.6 });
    expect(funnelBottleneck(now, [step('mql', 'sql', 0.6, BOTTLENECK_MIN_ENTERED - 1)])).toMatchObject({ from: 'mql', baselineRate: null });
  });

  it('property: the named step never depends on the baseline, is adjacent, has the minimum sample and the lowest such rate', () => {
    const arbStep = fc.record({
      from: fc.constantFrom('a', 'b', 'c', 'd'),
      to: fc.constantFrom('b', 'c', 'd', 'e'),
      adjacent: fc.boolean(),
      rate: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
      entered: fc.integer({ min: 0, max: 60 }),
    });
    fc.assert(
      fc.property(fc.array(arbStep, { maxLength: 8 }), fc.array(arbStep, { maxLength: 8 }), (current, baseline) => {
        const alone = funnelBottleneck(current);
        const compared = funnelBottleneck(current, baseline);
        expect(compared === null ? null : [compared.from, compared.to, compared.rate]).toEqual(alone === null ? null : [alone.from, alone.to, alone.rate]);
        const eligible = current.filter((c) => c.adjacent && c.rate !== null && c.entered >= BOTTLENECK_MIN_ENTERED);
        if (eligible.length === 0) expect(alone).toBeNull();
        else expect(alone!.rate).toBe(Math.min(...eligible.map((c) => c.rate!)));
        if (alone) expect(alone.entered).toBeGreaterThanOrEqual(BOTTLENECK_MIN_ENTERED);
      }),
    );
  });
});
