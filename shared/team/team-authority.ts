import type { TeamMember } from '../model/team-member';
import { teamError, type TeamError } from './team-errors';

/** What a team change would make of a member: their state after it (`before` null = a new member). */
export type TeamChange = {
  before: Pick<TeamMember, 'id' | 'role' | 'admin' | 'active'> | null;
  after: Pick<TeamMember, 'role' | 'admin' | 'active'>;
};

const runsWorkspace = (m: Pick<TeamMember, 'admin' | 'active' | 'deletedAt'>) => m.admin && m.active && m.deletedAt === null;

/**
 * Who may change the team: only an active admin adds members, deactivates or reactivates them and
 * changes a role or the admin flag (names, calendars, capacity and quota anyone may keep up to date).
 * The workspace never loses its last active admin — someone must be able to override and decide hand-offs.
 */
export function checkTeamChange(actor: TeamMember | null, change: TeamChange, team: readonly TeamMember[]): TeamError[] {
  const { before, after } = change;
  const isAdmin = actor !== null && runsWorkspace(actor);
  const errors: TeamError[] = [];
  if (!isAdmin) {
    if (before === null) errors.push(teamError('member', 'admin_only'));
    else {
      if (before.role !== after.role) errors.push(teamError('role', 'admin_only'));
      if (before.admin !== after.admin) errors.push(teamError('admin', 'admin_only'));
      if (before.active !== after.active) errors.push(teamError('active', 'admin_only'));
    }
  }
  if (before && before.admin && before.active && !(after.admin && after.active)) {
    const others = team.some((m) => m.id !== before.id && runsWorkspace(m));
    if (!others) errors.push(teamError(after.active ? 'admin' : 'active', 'last_admin'));
  }
  return errors;
}
