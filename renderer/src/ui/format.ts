/** Locale-aware formatting; every number, amount and date on screen goes through here. */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

export function formatNumber(value: number, locale: string, maximumFractionDigits = 0): string {
  return cached(`n|${locale}|${maximumFractionDigits}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits })).format(value);
}

/** Currency with the currency's own minor units (KRW has none, USD has cents). */
export function formatCurrency(value: number, currency: string, locale: string, wholeUnits = false): string {
  // Whole units where space is short (board cards, column totals): "$143,500" rather than "$143,500.00".
  return cached(
    `c|${locale}|${currency}|${wholeUnits}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency, ...(wholeUnits ? { maximumFractionDigits: 0, minimumFractionDigits: 0 } : {}) }),
  ).format(value);
}

/** An amount in short words where a sentence carries it ("$12.4K", "₩1,240만"). */
export function formatCurrencyCompact(value: number, currency: string, locale: string): string {
  return cached(
    `cc|${locale}|${currency}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }),
  ).format(value);
}

export function formatDate(epochMs: number, locale: string, timeZone?: string): string {
  return cached(`d|${locale}|${timeZone ?? ''}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', ...(timeZone ? { timeZone } : {}) })).format(
    epochMs,
  );
}

export function formatPercent(ratio: number, locale: string): string {
  return cached(`p|${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })).format(ratio);
}

/** A size in bytes as people read it ("12.3 MB", "1.2 GB"), with Intl's units. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
}

/** The input step for an amount in this currency: whole units for KRW or JPY, cents for USD. */
export function currencyStep(currency: string): 1 | 'any' {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits === 0 ? 1 : 'any';
  } catch {
    return 'any'; // an unknown code: do not refuse what the user types
  }
}

/**
 * A calendar day (yyyy-MM-dd, as date inputs give it) as the instant stored for it: noon UTC, so the
 * same day shows in every time zone from UTC−11 to UTC+11. '' is no date.
 */
export const dayToEpoch = (day: string): number | null => (day === '' ? null : Date.parse(`${day}T12:00:00Z`));

/** The calendar day (UTC) of a stored instant, for a date input; '' for none. */
export const epochToDay = (epoch: number | null): string => (epoch === null ? '' : new Date(epoch).toISOString().slice(0, 10));

/** A `yyyy-MM` month key in words ("Dec 2026", "2026년 12월"): the day is read in UTC, where the key was made. */
export const formatMonthKey = (key: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5)) - 1, 15));

const HANGUL = /[\uac00-\ud7a3]/;

/**
 * A person's initials for a small badge. Korean names are written family name first without a space
 * and the family name alone is shared by millions (김), so they show the given name (민준 of 김민준),
 * as Korean apps do; other names show the first letters of two words.
 */
export const initials = (name: string) => {
  const trimmed = name.trim();
  if (HANGUL.test(trimmed)) {
    const compact = trimmed.replace(/\s+/g, '');
    return compact.length <= 2 ? compact : compact.slice(1, 3);
  }
  return trimmed
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .slice(0, 2)
    .join('');
};
