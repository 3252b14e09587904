import { describe, expect, it } from 'vitest';
import type { LeadRow } from '../leads/lead-query';
import { leadsToCsv } from '../leads/leads-csv';
import { createDefaultPipelines } from '../defaults/default-pipelines';
import { detectPreset } from './detect-preset';
import { mapRows } from './map-rows';
import { readCsvBytes } from './read-csv-file';

// The stage names the leads list exports, as the English and Korean UI strings spell them (renderer/src/i18n).
const stageLabels = {
  en: {
    prospect: 'Prospect',
    subscriber: 'Subscriber',
    lead: 'Lead',
    mql: 'MQL',
    sql: 'SAL/SQL',
    opportunity: 'Opportunity',
    customer: 'Customer',
    recycled: 'Recycled',
    disqualified: 'Disqualified',
  },
  ko: {
    prospect: '잠재 고객',
    subscriber: '구독자',
    lead: '리드',
    mql: 'MQL',
    sql: 'SAL/SQL',
    opportunity: '영업 기회',
    customer: '고객',
    recycled: '재활용',
    disqualified: '부적격',
  },
} as const;

const lead = (id: string, name: string, lifecycleStage: keyof typeof stageLabels.en, overrides: Partial<LeadRow> = {}): LeadRow => ({
  id,
  name,
  email: `${id}@hanbit.example`,
  companyName: '한빛소프트',
  jobTitle: '마케팅 팀장',
  personaId: null,
  lifecycleStage,
  engagementScore: 80,
  fitScore: 70,
  bantScore: 10,
  ownerId: 'sdr1',
  source: 'webinar',
  tags: ['vip', 'q3'],
  inIcp: true,
  slaState: null,
  lastActivityAt: null,
  updatedAt: 0,
  customFields: {},
  ...overrides,
});

describe("Baton's own leads export, imported again", () => {
  it.each(['en', 'ko'] as const)('reads back the same contacts from a %s export', (locale) => {
    const leads = Object.keys(stageLabels.en).map((stage, i) => lead(`c${i}`, i % 2 ? '김민준' : `Emma Smith${i}`, stage as keyof typeof stageLabels.en));
    leads.push(lead('f', '=Kim', 'lead', { jobTitle: '+1 trick', tags: [] }));
    const csv = leadsToCsv(leads, {
      stage: (id) => stageLabels[locale][id as keyof typeof stageLabels.en],
      owner: (id) => (id === 'sdr1' ? 'Sam Carter' : ''),
    });
    // As BulkBar saves it: a BOM so spreadsheets read Hangul as UTF-8.
    const file = readCsvBytes(new TextEncoder().encode(`\uFEFF${csv}`));
    expect(file).toMatchObject({ ok: true, hadBom: true });
    if (!file.ok) return;
    const { preset, mapping } = detectPreset(file.headers);
    expect(preset).toBe('baton');
    const result = mapRows(file.headers, file.rows, mapping, {
      timeZone: 'Asia/Seoul',
      defaultCurrency: 'KRW',
      pipeline: createDefaultPipelines(0)[0]!,
      members: [{ id: 'sdr1', name: 'Sam Carter', email: null }],
    });
    expect(result.issues).toEqual([]);
    expect(result.contacts.map((c) => [c.email, c.lifecycleStage, c.ownerId, c.companyName, c.jobTitle, c.source, c.tags])).toEqual(
      leads.map((l) => [l.email, l.lifecycleStage, l.ownerId, l.companyName, l.jobTitle, l.source, [...l.tags]]),
    );
    expect(result.contacts[1]).toMatchObject({ firstName: '민준', lastName: '김' });
    expect(result.contacts[0]).toMatchObject({ firstName: 'Emma', lastName: 'Smith0' });
    // The export's formula escape is undone: the name was =Kim, not '=Kim.
    expect(result.contacts.at(-1)).toMatchObject({ firstName: '=Kim', lastName: '' });
  });
});
