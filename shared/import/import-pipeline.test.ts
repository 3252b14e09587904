import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDefaultPipelines } from '../defaults/default-pipelines';
import { company, contact } from '../testing/fixtures';
import { decodeCsvBytes } from './decode-csv';
import { detectPreset } from './detect-preset';
import { mapRows, type MapOptions } from './map-rows';
import { planDedupe } from './plan-dedupe';
import { previewImport } from './preview-import';
import { readCsvBytes } from './read-csv-file';
import { rowErrorsCsv } from './row-errors-csv';

/**
 * A CP949 encoder for fixtures, built by decoding every two-byte sequence (Node can decode
 * euc-kr but not encode it). The decoder is checked independently in decode-csv.test.ts against
 * code points written out by hand.
 */
function cp949Encoder(): (text: string) => Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('euc-kr', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x41; trail <= 0xfe; trail++) {
      try {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
      } catch {
        // not a character in CP949
      }
    }
  return (text) => new Uint8Array([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? [0x3f]))));
}
const cp949 = cp949Encoder();

const options: MapOptions = {
  timeZone: 'Asia/Seoul',
  defaultCurrency: 'KRW',
  pipeline: createDefaultPipelines(0)[0]!,
  members: [{ id: 'm1', name: '이서연', email: null }],
};

describe('a Korean Excel file, end to end', () => {
  const csv =
    '이름,회사명,이메일,단계,담당자,생성일\r\n김민준,한빛소프트,kim@hanbit.example,마케팅 적격 리드,이서연,2018년 2월 26일\r\n남궁민수,"한빛소프트",,부적격,,2018년 2월 30일\r\n';

  it('is detected as CP949 and mapped by its Korean headers', () => {
    const bytes = cp949(csv);
    expect([...bytes.slice(0, 4)]).toEqual([0xc0, 0xcc, 0xb8, 0xa7]);
    const file = readCsvBytes(bytes);
    expect(file).toMatchObject({ ok: true, encoding: 'cp949', headers: ['이름', '회사명', '이메일', '단계', '담당자', '생성일'] });
    if (!file.ok) return;
    const { preset, mapping } = detectPreset(file.headers);
    expect(preset).toBe('korean');
    const { rows, mapped } = previewImport(file.headers, file.rows, mapping, options, 1);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.contact).toMatchObject({ firstName: '민준', lastName: '김', lifecycleStage: 'mql', ownerId: 'm1', companyName: '한빛소프트' });
    expect(rows[0]!.cells.find((c) => c.column === '생성일')!.date).toEqual({ at: Date.UTC(2018, 1, 26, 12), format: 'korean' });
    expect(mapped.rejectedRows).toEqual([3]);
    expect(mapped.issues).toEqual([expect.objectContaining({ row: 3, column: '생성일', code: 'out_of_range' })]);
    expect(mapped.companies.map((c) => c.rows)).toEqual([[2]]);
  });

  it('is refused by name when the user insists it is UTF-8', () => {
    expect(decodeCsvBytes(cp949(csv), 'utf-8')).toMatchObject({ ok: false, error: 'undecodable' });
  });
});

it("reads Excel's UTF-16 tab-separated export", () => {
  const text = 'First Name\tLast Name\tEmail\tLifecycle Stage\r\nEmma\tSmith\temma@acme.example\tsubscriber\r\n';
  const utf16 = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])]);
  const file = readCsvBytes(utf16);
  expect(file).toMatchObject({ ok: true, encoding: 'utf-16le', delimiter: '\t' });
  if (!file.ok) return;
  expect(mapRows(file.headers, file.rows, detectPreset(file.headers).mapping, options).contacts).toEqual([
    expect.objectContaining({ email: 'emma@acme.example', lifecycleStage: 'subscriber' }),
  ]);
});

describe('malformed input, fuzzed through every step', () => {
  const named = ['empty_file', 'undecodable', 'no_header', 'duplicate_headers', 'unclosed_quote'];
  const headerCell = fc.constantFrom(
    'Email',
    'First Name',
    'Company',
    'Deal - Title',
    'Deal - Value',
    'Deal - Stage',
    'Create Date',
    '이름',
    '단계',
    'close_date',
    'sector',
    'x',
  );
  const cell = fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.constantFrom('', '"', '""', 'a@b.example', 'Won', 'mql', '26/02/2018', '$1,2', '김민준', '=1+1', '\r\n'),
  );
  const text = fc
    .tuple(
      fc.array(headerCell, { minLength: 1, maxLength: 6 }),
      fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 6 }),
      fc.constantFrom(',', ';', '\t'),
      fc.constantFrom('\r\n', '\n', '\r'),
    )
    .map(([headers, rows, d, nl]) => [headers, ...rows].map((r) => r.join(d)).join(nl));
  const encoded = fc.oneof(
    text.map((t) => new TextEncoder().encode(t)),
    text.map((t) => cp949(t)),
    text.map((t) => new Uint8Array([0xff, 0xfe, ...[...t].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])])),
    fc.uint8Array({ maxLength: 120 }),
  );

  it('ends in a named error or a complete result, never a crash', () => {
    fc.assert(
      fc.property(
        encoded,
        fc.constantFrom('auto', 'utf-8', 'cp949', 'utf-16le') as fc.Arbitrary<'auto' | 'utf-8' | 'cp949' | 'utf-16le'>,
        fc.constantFrom('skip', 'fill', 'overwrite', 'create') as fc.Arbitrary<'skip' | 'fill' | 'overwrite' | 'create'>,
        (bytes, encoding, mode) => {
          const file = readCsvBytes(bytes, encoding);
          if (!file.ok) {
            expect(named).toContain(file.error);
            return;
          }
          const { mapping } = detectPreset(file.headers);
          const mapped = mapRows(file.headers, file.rows, mapping, options);
          expect(mapped.rowsRead).toBe(file.rows.length);
          let n = 0;
          const plan = planDedupe(mapped, { contacts: [contact({ email: 'a@b.example' })], companies: [company()] }, mode, {
            now: 1,
            newId: () => `n${++n}`,
            firstStageId: 'prospect',
          });
          const planned = [...plan.contacts.creates, ...plan.contacts.updates, ...plan.contacts.skips].flatMap((p) => p.rows);
          expect(planned.sort((a, b) => a - b)).toEqual(mapped.contacts.map((c) => c.row));
          expect(typeof rowErrorsCsv(mapped.issues)).toBe('string');
        },
      ),
      { numRuns: 400 },
    );
  });
});
