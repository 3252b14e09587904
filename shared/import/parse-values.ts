/** Cell readers for numbers, money, percentages and names; each returns null for a value it cannot read, never a guess. */

const currencySymbols: Record<string, string> = { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', 円: 'JPY', '₩': 'KRW', 원: 'KRW', '￦': 'KRW' };

export type Money = { amount: number; currency: string | null };

/**
 * Digits with thousand separators and a decimal mark in either custom: 1,234.56 · 1.234,56 ·
 * 1 234,56 · 1'234.56. A lone comma followed by exactly three digits is a thousands separator
 * (CRM exports write 4,514), otherwise a decimal comma (12,5).
 */
export function parseNumber(text: string): number | null {
  let s = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (!/^[+-]?[0-9.,]*[0-9][0-9.,]*$/.test(s)) return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    if (s.indexOf(decimal) !== s.lastIndexOf(decimal)) return null;
    s = s.split(thousands).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    s = /^[+-]?\d{1,3}(,\d{3})+$/.test(s) ? s.replace(/,/g, '') : s.indexOf(',') === lastComma ? s.replace(',', '.') : '';
  } else if (lastDot >= 0 && s.indexOf('.') !== lastDot) {
    s = /^[+-]?\d{1,3}(\.\d{3})+$/.test(s) ? s.replace(/\./g, '') : '';
  }
  if (s === '' || !/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** An amount with an optional currency symbol or ISO code before or after it: $1,234 · 1.234,56 € · ₩1,000,000 · 50000원 · USD 100. */
export function parseMoney(text: string): Money | null {
  const m = /^\s*([A-Za-z]{3}|US\$|[$€£¥₩￦])?\s*([+-]?[0-9][0-9.,\s\u00a0']*)\s*([A-Za-z]{3}|[$€£¥₩￦원円])?\s*$/.exec(text);
  if (!m || (m[1] && m[3])) return null;
  const amount = parseNumber(m[2]!);
  if (amount === null) return null;
  const symbol = m[1] ?? m[3];
  const currency = symbol === undefined ? null : Object.hasOwn(currencySymbols, symbol) ? currencySymbols[symbol]! : symbol.toUpperCase();
  return { amount, currency };
}

/** A whole count (employees): 2,822 or 2822; 1.5 people is not a count. */
export function parseCount(text: string): number | null {
  const n = parseNumber(text);
  return n !== null && Number.isInteger(n) ? n : null;
}

/** A win probability as 0–1: "40%", "40" (a number above 1 is a percentage) or "0.4". */
export function parseProbability(text: string): number | null {
  const percent = text.trim().endsWith('%');
  const n = parseNumber(percent ? text.trim().slice(0, -1) : text);
  if (n === null) return null;
  return percent || n > 1 ? n / 100 : n;
}

/** Currency as an ISO 4217 code, from a code in any case or a symbol. */
export function parseCurrency(text: string): string | null {
  const t = text.trim();
  if (Object.hasOwn(currencySymbols, t)) return currencySymbols[t]!;
  return /^[A-Za-z]{3}$/.test(t) ? t.toUpperCase() : null;
}

const HANGUL_NAME = /^[\uAC00-\uD7AF]{2,5}$/;
/** Two-syllable Korean family names; every other Korean family name is one syllable. */
const doubleFamilyNames = ['남궁', '제갈', '선우', '황보', '독고', '사공', '서문', '동방', '어금', '망절'];

/**
 * One name cell as first and last name: a Korean name family-name first (김민준 → 김 + 민준),
 * "Smith, Emma" last-name first, otherwise the last word is the family name.
 */
export function splitFullName(text: string): { firstName: string; lastName: string } {
  const t = text.trim().replace(/\s+/g, ' ');
  if (HANGUL_NAME.test(t)) {
    const family = doubleFamilyNames.includes(t.slice(0, 2)) && t.length > 3 ? 2 : 1;
    return { firstName: t.slice(family), lastName: t.slice(0, family) };
  }
  const comma = t.indexOf(',');
  if (comma > 0) return { firstName: t.slice(comma + 1).trim(), lastName: t.slice(0, comma).trim() };
  const space = t.lastIndexOf(' ');
  return space < 0 ? { firstName: t, lastName: '' } : { firstName: t.slice(0, space), lastName: t.slice(space + 1) };
}

/** Tags as exports write them: separated by semicolons (Baton's own export) or commas. */
export const parseTags = (text: string): string[] => [
  ...new Set(
    text
      .split(/[;,]/)
      .map((t) => t.trim())
      .filter(Boolean),
  ),
];
