import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from './route';

describe('routes in the URL hash', () => {
  it('reads pages, records and queues, and writes them back the same', () => {
    for (const hash of ['#/leads', '#/leads/0199-abc', '#/leads?queue=sla_breached', '#/settings', '#/pipeline'])
      expect(formatRoute(parseRoute(hash))).toBe(hash);
    expect(parseRoute('#/leads/0199-abc')).toEqual({ page: 'leads', contactId: '0199-abc' });
    expect(parseRoute('#/leads?queue=recycled')).toEqual({ page: 'leads', queue: 'recycled' });
  });
  it('anything unknown is the leads list', () => {
    expect(parseRoute('')).toEqual({ page: 'leads' });
    expect(parseRoute('#/nowhere/at/all')).toEqual({ page: 'leads' });
    expect(formatRoute({ page: 'leads', queue: 'all' })).toBe('#/leads');
  });
});
