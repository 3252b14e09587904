import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from './route';

describe('routes in the URL hash', () => {
  it('reads pages, paths and parameters, and writes them back the same', () => {
    for (const hash of ['#/leads', '#/leads/0199-abc', '#/leads?queue=sla_breached', '#/settings', '#/pipeline'])
      expect(formatRoute(parseRoute(hash))).toBe(hash);
    expect(parseRoute('#/leads/0199-abc')).toEqual({ page: 'leads', path: ['0199-abc'], params: {} });
    expect(parseRoute('#/leads?queue=recycled')).toEqual({ page: 'leads', path: [], params: { queue: 'recycled' } });
  });
  it('an empty address has no page; odd characters survive the round trip', () => {
    expect(parseRoute('')).toEqual({ page: '', path: [], params: {} });
    const route = { page: 'leads', path: ['a/b c'], params: {} };
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });
});
