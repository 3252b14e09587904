import { z } from 'zod';
import { roleSchema, type Role } from '../model/identifiers';
import type { TeamMember } from '../model/team-member';
import type { WorkingCalendar } from '../model/workspace-meta';
import { validateWorkingCalendar, type WorkingCalendarDraft } from './calendar-validation';
import { teamError, type TeamError, type TeamResult } from './team-errors';

export const MEMBER_NAME_MAX = 100;
export const MEMBER_TERRITORY_MAX = 200;

/** A member as the add/edit form holds it; empty texts mean "none". `calendar: null` = the workspace's calendar. */
export type MemberDraft = {
  name: string;
  email: string;
  role: string;
  territory: string;
  capacity: number | null;
  quota: number | null;
  admin: boolean;
  calendar: WorkingCalendarDraft | null;
};

/** The fields of a member a draft decides (id, times and `active` are the write path's). */
export type MemberFields = Pick<TeamMember, 'name' | 'email' | 'role' | 'territory' | 'capacity' | 'quota' | 'admin'> & {
  calendar: WorkingCalendar | undefined;
};

const emailSchema = z.email();

/**
 * Checks a member before it is added or saved: a name, a real e-mail address used by nobody else
 * in the team (any case), a known role, a capacity that is a whole number above 0 and a quota of 0
 * or more (both optional), and a valid calendar when the member has one of their own.
 * `editingId` is the member being edited, whose own address is not a duplicate.
 */
export function validateMemberDraft(draft: MemberDraft, team: readonly TeamMember[], editingId: string | null = null): TeamResult<MemberFields> {
  const errors: TeamError[] = [];
  const name = draft.name.trim();
  if (name === '') errors.push(teamError('name', 'required'));
  else if (name.length > MEMBER_NAME_MAX) errors.push(teamError('name', 'too_long', { max: MEMBER_NAME_MAX }));

  const email = draft.email.trim();
  if (email !== '') {
    if (!emailSchema.safeParse(email).success) errors.push(teamError('email', 'invalid_email'));
    else {
      const taken = team.find((m) => m.deletedAt === null && m.id !== editingId && m.email?.toLowerCase() === email.toLowerCase());
      if (taken) errors.push(teamError('email', 'duplicate_email', { name: taken.name }));
    }
  }

  const role = roleSchema.safeParse(draft.role);
  if (!role.success) errors.push(teamError('role', draft.role === '' ? 'required' : 'unknown_role'));

  const territory = draft.territory.trim();
  if (territory.length > MEMBER_TERRITORY_MAX) errors.push(teamError('territory', 'too_long', { max: MEMBER_TERRITORY_MAX }));

  if (draft.capacity !== null) {
    if (!Number.isInteger(draft.capacity)) errors.push(teamError('capacity', 'not_whole_number'));
    else if (draft.capacity < 1 || draft.capacity > 1_000_000) errors.push(teamError('capacity', 'out_of_range', { min: 1, max: 1_000_000 }));
  }
  if (draft.quota !== null && (!Number.isFinite(draft.quota) || draft.quota < 0 || draft.quota > 1e15))
    errors.push(teamError('quota', 'out_of_range', { min: 0, max: 1e15 }));

  let calendar: WorkingCalendar | undefined;
  if (draft.calendar !== null) {
    const checked = validateWorkingCalendar(draft.calendar);
    if (checked.ok) calendar = checked.value;
    else errors.push(...checked.errors);
  }

  if (errors.length > 0 || !role.success) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name,
      email: email === '' ? null : email,
      role: role.data as Role,
      territory: territory === '' ? null : territory,
      capacity: draft.capacity,
      quota: draft.quota,
      admin: draft.admin,
      calendar,
    },
  };
}

/** A member as a form starts from: the member's values, or an empty SDR. */
export function memberDraftOf(member: TeamMember | null): MemberDraft {
  if (!member) return { name: '', email: '', role: 'sdr', territory: '', capacity: null, quota: null, admin: false, calendar: null };
  return {
    name: member.name,
    email: member.email ?? '',
    role: member.role,
    territory: member.territory ?? '',
    capacity: member.capacity,
    quota: member.quota,
    admin: member.admin,
    calendar: member.calendar ?? null,
  };
}
