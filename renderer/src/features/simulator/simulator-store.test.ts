import { describe, expect, it } from 'vitest';
import { planFromDesign } from '@shared/index';
import { createDefaultLifecycle } from '@shared/defaults';
import { withEdits } from './sim-edits';
import { readSimulatorAddress, writeSimulatorAddress } from './simulator-store';

describe('the simulator’s address', () => {
  it('keeps every input: what is written is read back', () => {
    const edits = { rates: { mql: 0.42, lead: 0.1 }, days: { sql: 9.5 }, volume: 1500, dealValue: 30_000_000, target: 2e9 };
    const address = writeSimulatorAddress('last_quarter', edits);
    expect(readSimulatorAddress(address)).toEqual({ basis: 'last_quarter', edits });
    expect(writeSimulatorAddress('design', { rates: {}, days: {}, volume: null, dealValue: null, target: null }).params).toEqual({});
  });

  it('leaves out what is out of range or not a number, and an unknown period', () => {
    const read = readSimulatorAddress({
      path: [],
      params: { from: 'next_year', 'rate.mql': '1.5', 'rate.sql': 'x', 'days.lead': '-3', volume: '', 'rate.Bad-Id': '0.2' },
    });
    expect(read).toEqual({ basis: 'design', edits: { rates: {}, days: {}, volume: null, dealValue: null, target: null } });
  });

  it('puts the edits over the starting plan, never the won stage', () => {
    const plan = planFromDesign(createDefaultLifecycle(0, 'lc'), [], 'USD');
    const edited = withEdits(plan, { rates: { mql: 0.9, customer: 0.1 }, days: { mql: 1 }, volume: 5, dealValue: 7, target: 9 });
    const mql = edited.input.stages.find((s) => s.id === 'mql')!;
    expect(mql).toEqual({ id: 'mql', conversionRate: 0.9, avgDays: 1 });
    expect(edited.input.stages.at(-1)).toEqual(plan.input.stages.at(-1));
    expect([edited.input.monthlyVolume, edited.input.averageDealValue, edited.revenueTarget]).toEqual([5, 7, 9]);
  });
});
