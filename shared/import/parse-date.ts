import { TZDate } from '@date-fns/tz';

/** The reading a date cell got, shown beside it in the preview. */
export type DateFormat = 'iso' | 'ymd' | 'dmy' | 'mdy' | 'korean' | 'month_name';
/** Day-first or month-first, for cells like 03/04/2018 that read both ways. */
export type DayOrder = 'dmy' | 'mdy';

export type ParsedDate = { ok: true; at: number; format: DateFormat; hasTime: boolean };
export type DateError = { ok: false; code: 'invalid_format' | 'out_of_range' };
export type DateResult = ParsedDate | DateError;

export type DateOptions = { timeZone: string; order?: DayOrder };

// Korean sheets write the meridiem first (2018. 2. 26. 오후 7:58:54), English ones after (7:58 PM).
const TIME = String.raw`(?:[ T]\s*(오전|오후|[AaPp][Mm])?\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?)?`;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const YMD = new RegExp(String.raw`^(\d{4})[-/.]\s*(\d{1,2})[-/.]\s*(\d{1,2})\.?${TIME}$`);
const AB_YEAR = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})${TIME}$`);
const KOREAN = new RegExp(String.raw`^(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일${TIME}$`);
const DAY_MONTH_NAME = new RegExp(String.raw`^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -](\d{4})${TIME}$`);
const MONTH_NAME_DAY = new RegExp(String.raw`^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})${TIME}$`);
const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** 1–12 for an English month name or its abbreviation (Feb, Sept), else 0. */
const monthOf = (word: string) => monthNames.findIndex((name) => name.startsWith(word.toLowerCase())) + 1;

/** The TIME groups: meridiem before, hours, minutes, seconds, meridiem after. */
type Time = (string | undefined)[];
type Parts = { y: number; m: number; d: number; time: Time };

function toInstant({ y, m, d, time }: Parts, timeZone: string): number | DateError {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return { ok: false, code: 'out_of_range' };
  const [before, hh, mm, ss, after] = time;
  const meridiem = before ?? after;
  // A day without a time is stored at noon UTC, as the deal form stores a chosen day: it reads as that day in every zone Baton's users are in.
  if (hh === undefined) {
    const at = Date.UTC(y, m - 1, d, 12);
    return new Date(at).getUTCDate() === d ? at : { ok: false, code: 'out_of_range' };
  }
  let hour = Number(hh);
  if (meridiem) {
    if (hour < 1 || hour > 12 || (before && after)) return { ok: false, code: 'out_of_range' };
    hour = (hour % 12) + (meridiem === '오후' || meridiem.toLowerCase() === 'pm' ? 12 : 0);
  }
  const minute = Number(mm);
  const second = Number(ss ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, code: 'out_of_range' };
  // A date that rolls over (31 February into March) was never a date.
  if (new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d) return { ok: false, code: 'out_of_range' };
  const offset = zoneOffset(timeZone, y, m, d, hour);
  // Inside an hour the zone's offset holds; the hour of a daylight-saving change is read exactly.
  if (offset === zoneOffset(timeZone, y, m, d, hour + 1)) return Date.UTC(y, m - 1, d, hour, minute, second) + offset;
  return new TZDate(y, m - 1, d, hour, minute, second, timeZone).getTime();
}

const offsets = new Map<string, number>();

/**
 * How far the zone's wall clock at the start of that hour is from UTC, remembered: time-zone
 * arithmetic per cell was a quarter of an import's mapping time, and a file's dates share hours.
 */
function zoneOffset(timeZone: string, y: number, m: number, d: number, hour: number): number {
  const key = `${timeZone}|${y}|${m}|${d}|${hour}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size > 200_000) offsets.clear();
    offset = new TZDate(y, m - 1, d, hour, 0, 0, timeZone).getTime() - Date.UTC(y, m - 1, d, hour);
    offsets.set(key, offset);
  }
  return offset;
}

function result(parts: Parts, format: DateFormat, timeZone: string): DateResult {
  const at = toInstant(parts, timeZone);
  return typeof at === 'number' ? { ok: true, at, format, hasTime: parts.time[1] !== undefined } : at;
}

/**
 * One date cell as an instant: ISO 8601 (with or without zone), 2018-02-26 19:58:54,
 * 2018/02/26, 26-02-2018 or 02/26/2018 (day or month first by `order`, see
 * detectDayOrder), 2018년 2월 26일, 2018. 2. 26., 26 Feb 2018, Feb 26, 2018, each with an optional
 * time (AM/PM or 오전/오후 too). A time without a zone
 * is in the workspace's `timeZone` (IANA name); a bare day is that day's noon UTC.
 */
export function parseDate(value: string, options: DateOptions): DateResult {
  const text = value.trim();
  if (ISO_INSTANT.test(text)) {
    const at = Date.parse(text);
    return Number.isNaN(at) ? { ok: false, code: 'out_of_range' } : { ok: true, at, format: 'iso', hasTime: true };
  }
  let m = YMD.exec(text);
  if (m) return result({ y: +m[1]!, m: +m[2]!, d: +m[3]!, time: m.slice(4, 9) }, /^\d{4}-\d{2}-\d{2}(T|$)/.test(text) ? 'iso' : 'ymd', options.timeZone);
  m = KOREAN.exec(text);
  if (m) return result({ y: +m[1]!, m: +m[2]!, d: +m[3]!, time: m.slice(4, 9) }, 'korean', options.timeZone);
  m = DAY_MONTH_NAME.exec(text);
  if (m && monthOf(m[2]!)) return result({ y: +m[3]!, m: monthOf(m[2]!), d: +m[1]!, time: m.slice(4, 9) }, 'month_name', options.timeZone);
  m = MONTH_NAME_DAY.exec(text);
  if (m && monthOf(m[1]!)) return result({ y: +m[3]!, m: monthOf(m[1]!), d: +m[2]!, time: m.slice(4, 9) }, 'month_name', options.timeZone);
  m = AB_YEAR.exec(text);
  if (m) {
    const order = options.order ?? defaultOrder(m[2]!);
    const [first, second] = [+m[1]!, +m[3]!];
    const [d, mo] = order === 'dmy' ? [first, second] : [second, first];
    return result({ y: +m[4]!, m: mo, d, time: m.slice(5, 10) }, order, options.timeZone);
  }
  return { ok: false, code: 'invalid_format' };
}

/** US exports write 02/26/2018; European ones 26.02.2018 or 26-02-2018. */
const defaultOrder = (separator: string): DayOrder => (separator === '/' ? 'mdy' : 'dmy');

export type DayOrderDecision = {
  order: DayOrder;
  /** 'values': some cell could only be read one way; 'separator': no cell decided, so the separator's custom did; 'conflict': cells disagree (both 13/01 and 01/13), the rows read the other way are errors. */
  basis: 'values' | 'separator' | 'conflict' | 'none';
};

/**
 * Day-first or month-first for a whole column, from every value in it: one 26/02/2018 settles
 * that 03/04/2018 is 3 April. Reported so the preview can say how the column was read.
 */
export function detectDayOrder(values: readonly string[]): DayOrderDecision {
  let dayFirst = 0;
  let monthFirst = 0;
  let separator: string | null = null;
  for (const v of values) {
    const m = AB_YEAR.exec(v.trim());
    if (!m) continue;
    separator ??= m[2]!;
    if (+m[1]! > 12 && +m[3]! <= 12) dayFirst++;
    if (+m[3]! > 12 && +m[1]! <= 12) monthFirst++;
  }
  if (separator === null) return { order: 'dmy', basis: 'none' };
  if (dayFirst > 0 && monthFirst > 0) return { order: dayFirst >= monthFirst ? 'dmy' : 'mdy', basis: 'conflict' };
  if (dayFirst > 0) return { order: 'dmy', basis: 'values' };
  if (monthFirst > 0) return { order: 'mdy', basis: 'values' };
  return { order: defaultOrder(separator), basis: 'separator' };
}
