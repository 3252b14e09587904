import type { MemberDraft } from '@shared/index';
import { addMember, deactivateMember, reactivateMember, updateMember } from '../../db/repositories/team-repository';
import type { ApiContext } from '../context';

/** Adds a team member (admins only); refusals name their fields. */
export const addMemberAction = (ctx: ApiContext, input: { draft: MemberDraft; byMemberId: string | null }) =>
  addMember(ctx.db, input.draft, input.byMemberId, ctx.now());

/** Saves a member's details and own calendar; a role or admin change needs an admin. */
export const updateMemberAction = (ctx: ApiContext, input: { memberId: string; draft: MemberDraft; byMemberId: string | null }) =>
  updateMember(ctx.db, input.memberId, input.draft, input.byMemberId, ctx.now());

/** Deactivates a member and hands their open leads, deals and tasks over through routing, in one write. */
export const deactivateMemberAction = (ctx: ApiContext, input: { memberId: string; byMemberId: string | null }) =>
  deactivateMember(ctx.db, input.memberId, input.byMemberId, ctx.now());

/** Brings a deactivated member back (admins only). */
export const reactivateMemberAction = (ctx: ApiContext, input: { memberId: string; byMemberId: string | null }) =>
  reactivateMember(ctx.db, input.memberId, input.byMemberId, ctx.now());
