import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { leadCsvColumns, leadsToCsv } from './leads-csv';
import type { LeadRow } from './lead-query';

const row: LeadRow = {
  id: 'a',
  name: 'Kim, "Minjun"',
  email: 'minjun@hanbit.kr',
  companyName: '한빛소프트',
  jobTitle: '마케팅 팀장',
  personaId: null,
  lifecycleStage: 'mql',
  engagementScore: 80,
  fitScore: 70,
  bantScore: 0,
  ownerId: 'sdr1',
  source: 'webinar',
  tags: ['vip', 'q3'],
  inIcp: true,
  slaState: null,
  lastActivityAt: null,
  updatedAt: 0,
  customFields: {},
};

describe('leadsToCsv', () => {
  it('quotes commas and quotes, keeps Hangul, and reads back to the same values', () => {
    const csv = leadsToCsv([row], { stage: (id) => id.toUpperCase(), owner: (id) => (id === 'sdr1' ? 'Sam Carter' : '') });
    const parsed = Papa.parse<string[]>(csv.trim());
    expect(parsed.data[0]).toEqual([...leadCsvColumns]);
    expect(parsed.data[1]).toEqual([
      'Kim, "Minjun"',
      'minjun@hanbit.kr',
      '한빛소프트',
      '마케팅 팀장',
      'MQL',
      '80',
      '70',
      '0',
      'Sam Carter',
      'webinar',
      'vip; q3',
    ]);
  });
});
