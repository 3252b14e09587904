import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MEMBER_NAME_MAX, MEMBER_TERRITORY_MAX, memberDraftOf, roles, type MemberDraft, type TeamError, type WorkingCalendarDraft } from '@shared/index';
import type { TeamMember, WorkingCalendar } from '@shared/model';
import { Dialog, Field, FormActions, NumberInput, Select, TextInput, showToast } from '../../ui';
import { useWorkspaceApi } from '../../workspace-api';
import { CalendarEditor, hourLabel } from './CalendarEditor';
import { errorsByField, teamErrorLine } from './team-text';

export type MemberDialogProps = {
  /** null: a new member. */
  member: TeamMember | null;
  me: TeamMember | null;
  currency: string;
  workspaceCalendar: WorkingCalendar;
  onClose(): void;
};

/** Fields shown in the form: errors on any other path are listed above it. */
const formFields = new Set(['name', 'email', 'role', 'territory', 'capacity', 'quota', 'admin']);
const onForm = (field: string) => formFields.has(field) || field.startsWith('calendar.');

const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text));

/** Add or edit a team member with their own working calendar; refusals appear in words beside their fields. */
export function MemberDialog({ member, me, currency, workspaceCalendar, onClose }: MemberDialogProps) {
  const { t } = useTranslation();
  const { actions } = useWorkspaceApi();
  const initial = memberDraftOf(member);
  const [draft, setDraft] = useState<Omit<MemberDraft, 'capacity' | 'quota' | 'calendar'>>(initial);
  const [capacity, setCapacity] = useState(initial.capacity === null ? '' : String(initial.capacity));
  const [quota, setQuota] = useState(initial.quota === null ? '' : String(initial.quota));
  const [calendar, setCalendar] = useState<WorkingCalendarDraft>(initial.calendar ?? workspaceCalendar);
  const [ownCalendar, setOwnCalendar] = useState(initial.calendar !== null);
  const [errors, setErrors] = useState<TeamError[]>([]);
  const [busy, setBusy] = useState(false);
  const isAdmin = me?.admin === true && me.active;
  const byField = errorsByField(t, errors);
  const elsewhere = errors.filter((e) => !onForm(e.field));
  // An edited field's old refusal goes away with the edit; the next save judges it again.
  const forget = (...fields: string[]) => setErrors((all) => all.filter((e) => !fields.some((f) => e.field === f || e.field.startsWith(`${f}.`))));
  const set = (patch: Partial<typeof draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    forget(...Object.keys(patch));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const full: MemberDraft = { ...draft, capacity: numberOrNull(capacity), quota: numberOrNull(quota), calendar: ownCalendar ? calendar : null };
    const result = member
      ? await actions.updateMember({ memberId: member.id, draft: full, byMemberId: me?.id ?? null })
      : await actions.addMember({ draft: full, byMemberId: me?.id ?? null });
    setBusy(false);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    showToast({ tone: 'ok', text: t(member ? 'team.form.saved' : 'team.form.added', { name: result.value.name }) });
    onClose();
  };

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={member ? t('team.form.editTitle', { name: member.name }) : t('team.form.addTitle')} wide>
      <form className="team-form" onSubmit={(e) => void submit(e)} noValidate={false}>
        {errors.length > 0 && (
          <div className="team-form-errors" role="alert">
            <p>{t('team.form.fixErrors', { count: errors.length })}</p>
            {elsewhere.length > 0 && (
              <ul>
                {elsewhere.map((e) => (
                  <li key={`${e.field}-${e.code}`}>{teamErrorLine(t, e)}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        <div className="team-form-grid">
          <Field label={t('team.form.name')} error={byField.name}>
            <TextInput value={draft.name} onValueChange={(name) => set({ name })} maxLength={MEMBER_NAME_MAX} required autoFocus />
          </Field>
          <Field label={t('team.form.email')} hint={t('team.form.emailHint')} error={byField.email}>
            {/* Not type="email": the browser would refuse it first in its own words and language; validateMemberDraft names it in the user's. */}
            <TextInput inputMode="email" autoComplete="email" value={draft.email} onValueChange={(email) => set({ email })} />
          </Field>
          <Field label={t('team.form.role')} hint={isAdmin ? undefined : t('team.form.roleAdminOnly')} error={byField.role}>
            <Select
              value={draft.role}
              onValueChange={(role) => set({ role })}
              options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
              disabled={!isAdmin && member !== null}
            />
          </Field>
          <Field label={t('team.form.territory')} hint={t('team.form.territoryHint')} error={byField.territory}>
            <TextInput value={draft.territory} onValueChange={(territory) => set({ territory })} maxLength={MEMBER_TERRITORY_MAX} />
          </Field>
          <Field label={t('team.form.capacity')} hint={t('team.form.capacityHint')} error={byField.capacity}>
            <NumberInput
              value={capacity}
              onValueChange={(v) => {
                setCapacity(v);
                forget('capacity');
              }}
              min={1}
              max={1_000_000}
            />
          </Field>
          <Field label={t('team.form.quota', { currency })} hint={t('team.form.quotaHint')} error={byField.quota}>
            <NumberInput
              value={quota}
              onValueChange={(v) => {
                setQuota(v);
                forget('quota');
              }}
              min={0}
              step="any"
            />
          </Field>
        </div>
        <label className="team-check">
          <input type="checkbox" checked={draft.admin} onChange={(e) => set({ admin: e.target.checked })} disabled={!isAdmin && member !== null} />
          {t('team.form.admin')}
        </label>
        {byField.admin && <span className="error-text">{byField.admin}</span>}
        <fieldset className="team-calendar-set">
          <legend>{t('team.calendar.legend')}</legend>
          <label className="team-check">
            <input type="checkbox" checked={ownCalendar} onChange={(e) => setOwnCalendar(e.target.checked)} />
            {t('team.calendar.useOwn')}
          </label>
          {!ownCalendar && (
            <p className="muted">
              {t('team.calendar.useOwnHint', {
                zone: workspaceCalendar.timeZone,
                hours: `${hourLabel(workspaceCalendar.startHour)}–${hourLabel(workspaceCalendar.endHour)}`,
              })}
            </p>
          )}
          {ownCalendar && (
            <CalendarEditor
              value={calendar}
              onChange={(next) => {
                setCalendar(next);
                forget('calendar');
              }}
              errors={byField}
            />
          )}
        </fieldset>
        <FormActions submitLabel={member ? t('team.form.save') : t('team.form.create')} onCancel={onClose} busy={busy} />
      </form>
    </Dialog>
  );
}
