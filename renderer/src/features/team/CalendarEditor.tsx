import { Plus, X } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkingCalendarDraft } from '@shared/index';
import { Button, DateInput, Field, Select, formatDate, dayToEpoch } from '../../ui';

export type CalendarEditorProps = {
  value: WorkingCalendarDraft;
  onChange(next: WorkingCalendarDraft): void;
  /** Errors in words by field path (`calendar.endHour`, `calendar.holidays.1`). */
  errors: Record<string, string>;
};

/** Monday first: the working week as people read it in Korea and Europe. */
const weekOrder = [1, 2, 3, 4, 5, 6, 0] as const;

const pad = (n: number) => String(n).padStart(2, '0');
/** 9.5 → "09:30". */
export const hourLabel = (hour: number) => `${pad(Math.floor(hour))}:${pad(Math.round((hour % 1) * 60))}`;

/** Every half hour of the day, and the calendar's own value when it is none of them. */
function hourOptions(current: number) {
  const hours = Array.from({ length: 49 }, (_, i) => i / 2);
  if (Number.isFinite(current) && !hours.includes(current)) hours.push(current);
  return hours.sort((a, b) => a - b).map((h) => ({ value: String(h), label: hourLabel(h) }));
}

function timeZoneOptions(current: string) {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const all = new Set(['UTC', ...zones]);
  if (current) all.add(current);
  return [...all].sort().map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
}

/** A member's own working calendar: time zone, working days, hours and holidays; every error beside its part. */
export function CalendarEditor({ value, onChange, errors }: CalendarEditorProps) {
  const { t, i18n } = useTranslation();
  const daysId = useId();
  const [newHoliday, setNewHoliday] = useState('');
  const set = (patch: Partial<WorkingCalendarDraft>) => onChange({ ...value, ...patch });
  // 2026-01-04 is a Sunday: day index i is i days later.
  const dayName = (day: number) => new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 4 + day));
  const toggleDay = (day: number) =>
    set({ workingDays: value.workingDays.includes(day) ? value.workingDays.filter((d) => d !== day) : [...value.workingDays, day] });
  const addHoliday = () => {
    if (newHoliday === '') return;
    set({ holidays: [...value.holidays, newHoliday] });
    setNewHoliday('');
  };
  const dayError = errors['calendar.workingDays'];
  return (
    <div className="team-calendar">
      <Field label={t('team.calendar.timeZone')} error={errors['calendar.timeZone']}>
        <Select value={value.timeZone} onValueChange={(timeZone) => set({ timeZone })} options={timeZoneOptions(value.timeZone)} />
      </Field>
      <div className="field">
        <span id={daysId}>{t('team.calendar.days')}</span>
        <div className="team-days" role="group" aria-labelledby={daysId} aria-describedby={dayError ? `${daysId}-error` : undefined}>
          {weekOrder.map((day) => (
            <button
              key={day}
              type="button"
              className="team-day"
              aria-pressed={value.workingDays.includes(day)}
              title={new Intl.DateTimeFormat(i18n.language, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 4 + day))}
              onClick={() => toggleDay(day)}
            >
              {dayName(day)}
            </button>
          ))}
        </div>
        {dayError && (
          <span id={`${daysId}-error`} className="error-text">
            {dayError}
          </span>
        )}
      </div>
      <div className="team-hours">
        <Field label={t('team.calendar.start')} error={errors['calendar.startHour']}>
          <Select value={String(value.startHour)} onValueChange={(h) => set({ startHour: Number(h) })} options={hourOptions(value.startHour)} />
        </Field>
        <Field label={t('team.calendar.end')} error={errors['calendar.endHour']}>
          <Select value={String(value.endHour)} onValueChange={(h) => set({ endHour: Number(h) })} options={hourOptions(value.endHour)} />
        </Field>
      </div>
      <fieldset className="team-holidays">
        <legend>{t('team.calendar.holidays')}</legend>
        {value.holidays.length === 0 ? (
          <p className="muted">{t('team.calendar.noHolidays')}</p>
        ) : (
          <ul>
            {value.holidays.map((holiday, index) => {
              const epoch = dayToEpoch(holiday);
              const label = epoch !== null && Number.isFinite(epoch) ? formatDate(epoch, i18n.language, 'UTC') : holiday;
              const error = errors[`calendar.holidays.${index}`];
              return (
                <li key={`${holiday}-${index}`}>
                  <span className={error ? 'team-holiday invalid' : 'team-holiday'}>{label}</span>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('team.calendar.removeHoliday', { date: label })}
                    onClick={() => set({ holidays: value.holidays.filter((_, i) => i !== index) })}
                  >
                    <X size={14} aria-hidden />
                  </button>
                  {error && <span className="error-text">{error}</span>}
                </li>
              );
            })}
          </ul>
        )}
        <div className="team-holiday-add">
          <Field label={t('team.calendar.newHoliday')}>
            <DateInput
              value={newHoliday}
              onValueChange={setNewHoliday}
              onKeyDown={(e) => {
                // Enter adds the date here; it must not submit the whole member form.
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addHoliday();
                }
              }}
            />
          </Field>
          <Button onClick={addHoliday} disabled={newHoliday === ''}>
            <Plus size={14} aria-hidden /> {t('team.calendar.addHoliday')}
          </Button>
        </div>
      </fieldset>
    </div>
  );
}
