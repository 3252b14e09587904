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

  it('neutralises cells a spreadsheet would run as a formula (= + - @ tab CR), numbers left alone', () => {
    const evil = {
      ...row,
      name: '=HYPERLINK("http://x.example","click")',
      email: null,
      companyName: '+1 Corp',
      jobTitle: '@SUM(A1)',
      source: '-2+3',
      tags: ['\tx'],
      engagementScore: -5,
    };
    const parsed = Papa.parse<string[]>(leadsToCsv([evil], { stage: (id) => id, owner: () => '' }).trim());
    const cells = parsed.data[1]!;
    expect(cells[0]).toBe(`'=HYPERLINK("http://x.example","click")`);
    expect(cells[2]).toBe("'+1 Corp");
    expect(cells[3]).toBe("'@SUM(A1)");
    expect(cells[5]).toBe('-5');
    expect(cells[9]).toBe("'-2+3");
    expect(cells[10]).toBe("'\tx");
  });
});
