import { describe, expect, it } from 'vitest';
import type { ContentAsset } from '../model/content-asset';
import type { VocQuote } from '../model/voc-quote';
import { parseDate } from '../import/parse-date';
import { persona, T0 } from '../testing/fixtures';
import { parseQuotesCsv, quoteRowErrorsCsv } from './quotes-csv';
import { quoteTopics, searchQuotes, sourceKindOf } from './quote-search';
import { contentMatrix, funnelPositionOf, suggestContent } from './suggest-content';
import { countTitles, testTitlePatterns } from './title-pattern-test';
import { titlePatternProblem, validatePersonas } from './validate-personas';

const marketing = persona('m', 'Marketing leader', ['head of marketing', 'marketing', '마케팅'], 0);
const sales = persona('s', 'Sales leader', ['sales', 'head of', '영업'], 1);
const titles = countTitles([
  'Head of Marketing',
  'Head of Marketing',
  'Head of Sales',
  'Sales and Marketing Director',
  'Marketing Manager',
  '마케팅 팀장',
  '영업마케팅 이사',
  'Analyst',
  '',
  null,
]);

describe('testTitlePatterns (pattern conflicts)', () => {
  it('counts contacts per persona and per pattern the way assignment does: first persona, first pattern wins', () => {
    const test = testTitlePatterns([marketing, sales], titles);
    const [m, s] = test.personas;
    // Marketing: 2× Head of Marketing, the Sales and Marketing Director, Marketing Manager, 마케팅 팀장 and
    // 영업마케팅 이사 (a Hangul word matches a compound that ends with it).
    expect(m).toMatchObject({ personaId: 'm', contacts: 6, titles: 5 });
    expect(m!.patterns.map((p) => p.assigned)).toEqual([2, 2, 2]);
    expect(s).toMatchObject({ personaId: 's', contacts: 1 });
    expect(test.unmatched).toBe(1);
    expect(test.contactsWithTitle).toBe(8);
  });

  it('lists the titles two personas match, with the persona that wins first', () => {
    const test = testTitlePatterns([marketing, sales], titles);
    expect(test.conflicts).toEqual([
      { title: 'Head of Marketing', count: 2, personaIds: ['m', 's'] },
      { title: 'Sales and Marketing Director', count: 1, personaIds: ['m', 's'] },
      { title: '영업마케팅 이사', count: 1, personaIds: ['m', 's'] },
    ]);
    // "head of" in Sales matches three contacts but assigns none: Marketing, or Sales' own "sales", gets there first.
    expect(test.personas[1]!.patterns[1]).toEqual({ matched: 3, assigned: 0, invalid: false });
  });

  it('follows the order: put Sales first and the conflicts go to Sales', () => {
    const test = testTitlePatterns([{ ...marketing, order: 2 }, sales], titles);
    expect(test.conflicts[0]).toEqual({ title: 'Head of Marketing', count: 2, personaIds: ['s', 'm'] });
    expect(test.personas.find((p) => p.personaId === 's')!.contacts).toBe(5);
  });

  it('matches nothing with an invalid pattern instead of throwing', () => {
    const broken = persona('b', 'Broken', ['/(unclosed/'], 0);
    expect(testTitlePatterns([broken], titles).personas[0]!.patterns[0]).toEqual({ matched: 0, assigned: 0, invalid: true });
  });
});

describe('validatePersonas', () => {
  it('names empty and repeated names, invalid, catch-all and repeated patterns, bad colours', () => {
    const problems = validatePersonas([
      persona('a', ' ', ['cto', '/(cto/', '/.*/', 'CTO ', '  ']),
      { ...persona('b', 'Exec', ['ceo']), color: 'red' },
      persona('c', 'exec', ['coo']),
    ]);
    expect(problems.map(({ detail: _d, ...p }) => p)).toEqual([
      { personaId: 'a', field: 'name', code: 'name_empty' },
      { personaId: 'a', field: 'titlePatterns', index: 1, code: 'pattern_invalid' },
      { personaId: 'a', field: 'titlePatterns', index: 2, code: 'pattern_matches_everything' },
      { personaId: 'a', field: 'titlePatterns', index: 3, code: 'pattern_duplicate' },
      { personaId: 'a', field: 'titlePatterns', index: 4, code: 'pattern_empty' },
      { personaId: 'b', field: 'name', code: 'name_duplicate' },
      { personaId: 'b', field: 'color', code: 'color_invalid' },
      { personaId: 'c', field: 'name', code: 'name_duplicate' },
    ]);
    expect(titlePatternProblem('/\\bit\\b/')).toBeNull();
    expect(titlePatternProblem('팀장')).toBeNull();
    expect(titlePatternProblem('--')).toEqual({ code: 'pattern_empty' });
  });
});

const quote = (id: string, text: string, overrides: Partial<VocQuote> = {}): VocQuote => ({
  id,
  createdAt: T0,
  updatedAt: T0,
  deletedAt: null,
  personaId: null,
  quote: text,
  topic: '',
  notes: '',
  source: '',
  sourceKind: 'other',
  saidAt: null,
  ...overrides,
});

describe('searchQuotes', () => {
  const library = [
    quote('1', '영업팀은 리드품질이 나쁘다고만 해요', { topic: '리드 품질', personaId: 'm', saidAt: T0 + 2 }),
    quote('2', 'Sales says our leads are junk', { topic: 'lead quality', personaId: 's', saidAt: T0 + 1 }),
    quote('3', 'We need one place for the rules', { topic: 'alignment', notes: '웨비나에서' }),
    quote('4', 'deleted', { deletedAt: T0 }),
  ];
  it('finds Korean substrings inside compounds, and decomposed Hangul from a Mac file', () => {
    expect(searchQuotes(library, { text: '품질', topic: null, scope: { kind: 'all' } }).map((q) => q.id)).toEqual(['1']);
    expect(searchQuotes(library, { text: '품질'.normalize('NFD'), topic: null, scope: { kind: 'all' } }).map((q) => q.id)).toEqual(['1']);
    expect(searchQuotes(library, { text: '웨비나', topic: null, scope: { kind: 'all' } }).map((q) => q.id)).toEqual(['3']);
  });
  it('needs every word, ignores case, and filters by topic and persona', () => {
    expect(searchQuotes(library, { text: 'SALES junk', topic: null, scope: { kind: 'all' } }).map((q) => q.id)).toEqual(['2']);
    expect(searchQuotes(library, { text: '', topic: 'Lead Quality', scope: { kind: 'all' } }).map((q) => q.id)).toEqual(['2']);
    expect(searchQuotes(library, { text: '', topic: null, scope: { kind: 'workspace' } }).map((q) => q.id)).toEqual(['3']);
    expect(searchQuotes(library, { text: '', topic: null, scope: { kind: 'persona', personaId: 'm' } }).map((q) => q.id)).toEqual(['1']);
    expect(searchQuotes(library, { text: '', topic: null, scope: { kind: 'all' } }).map((q) => q.id)).toEqual(['1', '2', '3']);
    expect(quoteTopics(library).map((t) => t.topic)).toEqual(['alignment', 'lead quality', '리드 품질']);
  });
  it('reads the kind of a source', () => {
    expect(sourceKindOf('https://example.com/a')).toBe('url');
    expect(sourceKindOf('https://community.example.com/t/1')).toBe('forum');
    expect(sourceKindOf('고객 인터뷰')).toBe('interview');
    expect(sourceKindOf('Board notes')).toBe('other');
  });
});

describe('parseQuotesCsv (bad rows)', () => {
  const options = { personas: [marketing, sales], existing: [quote('x', 'Already here', { personaId: 'm' })], timeZone: 'Asia/Seoul', defaultPersonaId: null };
  it('imports good rows whole and reports every bad row with its row number, column, value and reason', () => {
    const csv = [
      'Quote,Topic,Notes,Source,Date,Persona,Extra',
      '"Sales says, our leads are junk",lead quality,,https://example.com,2025-03-04,Sales leader,x',
      ',empty quote,,,,,',
      'Bad date,topic,,,31/31/2025,,',
      'Who?,topic,,,,Nobody,',
      'Already here,,,,,Marketing leader,',
      '리드 품질이 문제예요,리드 품질,,고객 인터뷰,,marketing LEADER,',
      '리드 품질이 문제예요,리드 품질,,,,Marketing leader,',
      '',
      `${'x'.repeat(4001)},,,,,,`,
    ].join('\n');
    const result = parseQuotesCsv(csv, options);
    if (!result.ok) throw new Error(result.error);
    expect(result.total).toBe(8);
    expect(result.ignoredColumns).toEqual(['Extra']);
    expect(result.rows).toEqual([2, 7]);
    expect(result.quotes).toEqual([
      {
        personaId: 's',
        quote: 'Sales says, our leads are junk',
        topic: 'lead quality',
        notes: '',
        source: 'https://example.com',
        sourceKind: 'url',
        saidAt: (parseDate('2025-03-04', { timeZone: 'Asia/Seoul' }) as { at: number }).at,
      },
      { personaId: 'm', quote: '리드 품질이 문제예요', topic: '리드 품질', notes: '', source: '고객 인터뷰', sourceKind: 'interview', saidAt: null },
    ]);
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, 'quote', 'quote_missing'],
      [4, 'date', 'date_invalid'],
      [5, 'persona', 'persona_unknown'],
      [6, 'quote', 'already_in_library'],
      [8, 'quote', 'duplicate_in_file'],
      [10, 'quote', 'too_long'],
    ]);
    expect(result.errors[1]!.value).toBe('31/31/2025');
    const report = quoteRowErrorsCsv(result.errors, (code) => `reason:${code}`);
    expect(report.split(/\r?\n/)[0]).toBe('row,column,value,reason');
    expect(report).toContain('4,date,31/31/2025,reason:date_invalid');
  });
  it('reads Korean headers and refuses a file without a quote column', () => {
    const ko = parseQuotesCsv('인용문,주제,출처\n응대 속도가 전부예요,응대 속도,https://forum.example.org/x\n', options);
    expect(ko.ok && ko.quotes[0]).toMatchObject({ quote: '응대 속도가 전부예요', topic: '응대 속도', sourceKind: 'forum', personaId: null });
    expect(parseQuotesCsv('topic,notes\na,b\n', options)).toEqual({ ok: false, error: 'no_quote_column', headers: ['topic', 'notes'] });
    expect(parseQuotesCsv('', options)).toEqual({ ok: false, error: 'empty_file' });
  });
  it('defuses a formula in the error report', () => {
    expect(quoteRowErrorsCsv([{ row: 2, column: 'date', value: '=HYPERLINK("x")', code: 'date_invalid' }])).not.toContain(',=HYPERLINK');
  });
});

const asset = (id: string, overrides: Partial<ContentAsset>): ContentAsset => ({
  id,
  createdAt: T0,
  updatedAt: T0,
  deletedAt: null,
  title: id,
  kind: 'blog_post',
  url: null,
  funnelPosition: 'tofu',
  stageIds: ['lead'],
  personaIds: [],
  ...overrides,
});

describe('content by stage', () => {
  const assets = [
    asset('Everyone blog', {}),
    asset('Marketing guide', { personaIds: ['m'], kind: 'buyer_guide' }),
    asset('Sales case', { personaIds: ['s'], stageIds: ['lead', 'mql'], funnelPosition: 'mofu' }),
    asset('Gone', { deletedAt: T0 }),
  ];
  it("suggests the stage's assets for the persona (its own first) and those for every persona", () => {
    expect(suggestContent(assets, 'm', 'lead').map((a) => a.id)).toEqual(['Marketing guide', 'Everyone blog']);
    expect(suggestContent(assets, null, 'lead').map((a) => a.id)).toEqual(['Everyone blog']);
    expect(suggestContent(assets, 's', 'mql').map((a) => a.id)).toEqual(['Sales case']);
  });
  it('fills the stage × persona matrix', () => {
    const matrix = contentMatrix(assets, ['lead', 'mql'], ['m', 's']);
    expect(
      matrix
        .get('lead')!
        .get('*')!
        .map((a) => a.id),
    ).toEqual(['Everyone blog']);
    expect(
      matrix
        .get('mql')!
        .get('s')!
        .map((a) => a.id),
    ).toEqual(['Sales case']);
    expect(matrix.get('mql')!.get('m')).toEqual([]);
  });
  it('places stages in the funnel', () => {
    expect(['prospect', 'lead', 'mql', 'sql', 'opportunity', 'customer'].map((s) => funnelPositionOf(s))).toEqual([
      'tofu',
      'tofu',
      'mofu',
      'mofu',
      'bofu',
      'bofu',
    ]);
  });
});
