import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDayOrder, parseDate } from './parse-date';
import { TZDate } from '@date-fns/tz';

const seoul = { timeZone: 'Asia/Seoul' };
const iso = (r: ReturnType<typeof parseDate>) => (r.ok ? new Date(r.at).toISOString() : r.code);

describe('parseDate', () => {
  it.each([
    ['2018-02-26', 'iso', '2018-02-26T12:00:00.000Z'],
    ['2018-02-26 19:58:54', 'ymd', '2018-02-26T10:58:54.000Z'],
    ['2018-02-26T19:58', 'iso', '2018-02-26T10:58:00.000Z'],
    ['2018-02-26T19:58:54Z', 'iso', '2018-02-26T19:58:54.000Z'],
    ['2018-02-26T19:58:54.123+01:00', 'iso', '2018-02-26T18:58:54.123Z'],
    ['2018/2/26', 'ymd', '2018-02-26T12:00:00.000Z'],
    ['2018.02.26.', 'ymd', '2018-02-26T12:00:00.000Z'],
    ['26-02-2018', 'dmy', '2018-02-26T12:00:00.000Z'],
    ['26.02.2018 08:05', 'dmy', '2018-02-25T23:05:00.000Z'],
    ['02/26/2018', 'mdy', '2018-02-26T12:00:00.000Z'],
    ['2/26/2018 3:04 PM', 'mdy', '2018-02-26T06:04:00.000Z'],
    ['2018년 2월 26일', 'korean', '2018-02-26T12:00:00.000Z'],
    ['2018년 2월 26일 14:30', 'korean', '2018-02-26T05:30:00.000Z'],
    ['2018. 2. 26.', 'ymd', '2018-02-26T12:00:00.000Z'],
    ['2018. 2. 26. 오후 7:58:54', 'ymd', '2018-02-26T10:58:54.000Z'],
    ['2018. 2. 26. 오전 12:05', 'ymd', '2018-02-25T15:05:00.000Z'],
    ['26 Feb 2018', 'month_name', '2018-02-26T12:00:00.000Z'],
    ['26-Sept-2018', 'month_name', '2018-09-26T12:00:00.000Z'],
    ['February 26, 2018 7:58 PM', 'month_name', '2018-02-26T10:58:00.000Z'],
  ])('reads %s as %s', (value, format, instant) => {
    const result = parseDate(value, seoul);
    expect(result).toMatchObject({ ok: true, format });
    expect(iso(result)).toBe(instant);
  });

  it('reads a time without a zone in the workspace zone, across a daylight-saving change', () => {
    // New York is UTC-5 on 10 March 2018 and UTC-4 on 10 July: a fixed offset would put one of them an hour off.
    expect(iso(parseDate('2018-03-10 09:00', { timeZone: 'America/New_York' }))).toBe('2018-03-10T14:00:00.000Z');
    expect(iso(parseDate('2018-07-10 09:00', { timeZone: 'America/New_York' }))).toBe('2018-07-10T13:00:00.000Z');
  });

  it('names what it refuses', () => {
    expect(parseDate('2018-02-30', seoul)).toEqual({ ok: false, code: 'out_of_range' });
    expect(parseDate('31/04/2018', { ...seoul, order: 'dmy' })).toEqual({ ok: false, code: 'out_of_range' });
    expect(parseDate('13/26/2018', { ...seoul, order: 'mdy' })).toEqual({ ok: false, code: 'out_of_range' });
    expect(parseDate('2018-02-26 25:00', seoul)).toEqual({ ok: false, code: 'out_of_range' });
    expect(parseDate('yesterday', seoul)).toEqual({ ok: false, code: 'invalid_format' });
    expect(parseDate('26 Fab 2018', seoul)).toEqual({ ok: false, code: 'invalid_format' });
    expect(parseDate('2018-02-26 오후 7:00 PM', seoul)).toEqual({ ok: false, code: 'out_of_range' });
    expect(parseDate('', seoul)).toEqual({ ok: false, code: 'invalid_format' });
  });

  it('reads the same day back from every format it accepts', () => {
    const day = fc.record({ y: fc.integer({ min: 1950, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
    fc.assert(
      fc.property(day, ({ y, m, d }) => {
        const p = (n: number) => String(n).padStart(2, '0');
        const expected = `${y}-${p(m)}-${p(d)}T12:00:00.000Z`;
        expect(iso(parseDate(`${y}-${p(m)}-${p(d)}`, seoul))).toBe(expected);
        expect(iso(parseDate(`${p(d)}-${p(m)}-${y}`, { ...seoul, order: 'dmy' }))).toBe(expected);
        expect(iso(parseDate(`${m}/${d}/${y}`, { ...seoul, order: 'mdy' }))).toBe(expected);
        expect(iso(parseDate(`${y}년 ${m}월 ${d}일`, seoul))).toBe(expected);
      }),
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('1', '2', '9', '0', '-', '/', '.', ':', ' ', 'T', 'Z', '년', '월', '일', 'P', 'M', '오후', 'Feb', ',') }),
        (value) => {
          const result = parseDate(value, seoul);
          if (result.ok) expect(Number.isFinite(result.at)).toBe(true);
          else expect(['invalid_format', 'out_of_range']).toContain(result.code);
        },
      ),
    );
  });
});

describe('detectDayOrder', () => {
  it('lets one unambiguous cell decide the column, and says so', () => {
    expect(detectDayOrder(['03/04/2018', '26/02/2018'])).toEqual({ order: 'dmy', basis: 'values' });
    expect(detectDayOrder(['03/04/2018', '02/26/2018'])).toEqual({ order: 'mdy', basis: 'values' });
  });

  it('falls back on the separator’s custom when no cell decides, and reports a column that contradicts itself', () => {
    expect(detectDayOrder(['03/04/2018'])).toEqual({ order: 'mdy', basis: 'separator' });
    expect(detectDayOrder(['03.04.2018'])).toEqual({ order: 'dmy', basis: 'separator' });
    expect(detectDayOrder(['26/02/2018', '02/26/2018', '27/02/2018'])).toEqual({ order: 'dmy', basis: 'conflict' });
    expect(detectDayOrder(['2018-02-26'])).toEqual({ order: 'dmy', basis: 'none' });
  });
});

describe('the remembered zone offsets', () => {
  // The fast path adds an hour's remembered offset; across a daylight-saving change it must still equal the zone's own reading.
  it('read every wall-clock time as TZDate does, daylight-saving hours included', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('America/New_York', 'Europe/Berlin', 'Asia/Seoul', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'UTC'),
        fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2040, 0, 1)), noInvalidDate: true }),
        (timeZone, date) => {
          const [y, m, d, h, mi, s] = [
            date.getUTCFullYear(),
            date.getUTCMonth() + 1,
            date.getUTCDate(),
            date.getUTCHours(),
            date.getUTCMinutes(),
            date.getUTCSeconds(),
          ];
          const pad = (n: number) => String(n).padStart(2, '0');
          const parsed = parseDate(`${y}-${pad(m)}-${pad(d)} ${pad(h)}:${pad(mi)}:${pad(s)}`, { timeZone });
          expect(parsed).toMatchObject({ ok: true, at: new TZDate(y, m - 1, d, h, mi, s, timeZone).getTime() });
        },
      ),
      { numRuns: 3000 },
    );
  });
});
