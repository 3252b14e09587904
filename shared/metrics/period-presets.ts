import { TZDate } from '@date-fns/tz';

/** Named periods a report is read for. */
export const periodPresets = ['this_month', 'last_month', 'this_quarter', 'last_quarter', 'this_year', 'last_12_months'] as const;
export type PeriodPreset = (typeof periodPresets)[number];

export const isPeriodPreset = (value: string | undefined): value is PeriodPreset => (periodPresets as readonly string[]).includes(value ?? '');

/**
 * A preset period as a half-open range [from, to) in the workspace's time zone: months and quarters
 * begin at local midnight there, so "this quarter" means the same days to everyone in the team.
 */
export function periodRange(preset: PeriodPreset, now: number, timeZone: string): { from: number; to: number } {
  const local = new TZDate(now, timeZone);
  const y = local.getFullYear();
  const m = local.getMonth();
  const at = (year: number, month: number) => new TZDate(year, month, 1, timeZone).getTime();
  const q = Math.floor(m / 3) * 3;
  switch (preset) {
    case 'this_month':
      return { from: at(y, m), to: at(y, m + 1) };
    case 'last_month':
      return { from: at(y, m - 1), to: at(y, m) };
    case 'this_quarter':
      return { from: at(y, q), to: at(y, q + 3) };
    case 'last_quarter':
      return { from: at(y, q - 3), to: at(y, q) };
    case 'this_year':
      return { from: at(y, 0), to: at(y + 1, 0) };
    case 'last_12_months':
      // The twelve whole months before this one: in December it must not read as "this year".
      return { from: at(y, m - 12), to: at(y, m) };
  }
}
