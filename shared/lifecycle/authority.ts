import type { Role } from '../model/identifiers';
import type { LifecycleDefinition } from '../model/lifecycle';
import type { TeamMember } from '../model/team-member';

/** The person making a move: the lifecycle decides what their role and admin flag allow. */
export type Actor = { id: string; role: Role; admin: boolean };

export const actorOf = (member: Pick<TeamMember, 'id' | 'role' | 'admin'>): Actor => ({ id: member.id, role: member.role, admin: member.admin });

/** May this person accept or reject hand-offs? Admins, and the lifecycle's hand-off roles (default SDR, AE, EBR). */
export function canDecideHandOff(definition: LifecycleDefinition, actor: Actor | null): boolean {
  return actor !== null && (actor.admin || definition.handOffRoles.includes(actor.role));
}

/**
 * May this person force a refused move into `toStageId`? Admins, the owner role of that stage
 * (the people who will own the contact there), and any role the lifecycle lists as overriders.
 */
export function canOverride(definition: LifecycleDefinition, actor: Actor | null, toStageId: string): boolean {
  if (actor === null) return false;
  if (actor.admin || definition.overrideRoles.includes(actor.role)) return true;
  return definition.stages.find((s) => s.id === toStageId)?.ownerRole === actor.role;
}
