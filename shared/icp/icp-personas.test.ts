import { describe, expect, it } from 'vitest';
import type { Icp } from '../model/icp';
import type { Persona } from '../model/persona';
import { assignPersona } from '../personas/assign-persona';
import { persona as personaOf, T0 } from '../testing/fixtures';
import { icpFit } from './icp-fit';

const icp: Icp = {
  id: 'i',
  createdAt: T0,
  updatedAt: T0,
  deletedAt: null,
  name: 'Mid-market',
  threshold: 60,
  criteria: [
    { kind: 'in_list', field: 'industry', values: ['Software', 'finance'], weight: 50 },
    { kind: 'range', field: 'employeeCount', min: 50, max: null, weight: 30 },
    { kind: 'in_list', field: 'customFields.region', values: ['apac'], weight: 20 },
  ],
};

describe('icpFit', () => {
  it('is the weighted share of criteria met, with the in-ICP flag at the threshold', () => {
    expect(icpFit({ industry: 'software', employeeCount: 49, customFields: { region: 'APAC' } }, icp)).toMatchObject({ fit: 70, inIcp: true });
    expect(icpFit({ industry: 'retail', employeeCount: 500, customFields: {} }, icp)).toMatchObject({ fit: 30, inIcp: false });
    expect(icpFit(null, icp)).toMatchObject({ fit: 0, inIcp: false });
  });
});

const persona = (id: string, order: number, titlePatterns: string[]): Persona => personaOf(id, id, titlePatterns, order);

describe('assignPersona', () => {
  const personas = [
    persona('exec', 1, ['대표', 'ceo', '/\\bcto\\b/']),
    persona('marketing', 0, ['head of marketing', '마케팅']),
    persona('leader', 2, ['팀장', '이사']),
  ];
  it('matches English and Korean titles case-insensitively and names the pattern', () => {
    expect(assignPersona('HEAD OF MARKETING, EMEA', personas)).toEqual({ personaId: 'marketing', personaName: 'marketing', pattern: 'head of marketing' });
    expect(assignPersona('대표이사', personas)?.personaId).toBe('exec');
    expect(assignPersona('Co-founder & CTO', personas)).toMatchObject({ personaId: 'exec', pattern: '/\\bcto\\b/' });
    expect(assignPersona('개발팀장', personas)?.personaId).toBe('leader');
  });
  it('resolves an ambiguous title by persona order', () => {
    // "마케팅 팀장" fits both marketing (order 0) and leader (order 2): order decides.
    expect(assignPersona('마케팅 팀장', personas)?.personaId).toBe('marketing');
  });
  it('returns null for no title or no match, and skips deleted personas', () => {
    expect(assignPersona(null, personas)).toBeNull();
    expect(assignPersona('Designer', personas)).toBeNull();
    expect(assignPersona('대표', [{ ...personas[0]!, deletedAt: T0 }])).toBeNull();
  });
});
