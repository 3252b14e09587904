import type { Assignment } from '../model/assignment';
import type { Contact } from '../model/contact';
import type { StageTransition } from '../model/stage-transition';
import type { Task } from '../model/task';
import type { TeamMember } from '../model/team-member';
import { contactInt, emptyFunnelIndex, ensureRows, noteEntry, stageInt, type FunnelIndex } from './funnel-columns';
import { updateAssignments, updateContactPipelines, updateContacts, updateTasks, updateTeam } from './funnel-index-update';
import { chronological } from './scope';

export type { FunnelIndex } from './funnel-columns';
export { appendTransitions, updateAssignments, updateContactPipelines, updateContacts, updateTasks, updateTeam } from './funnel-index-update';

export type FunnelIndexInput = {
  transitions: readonly StageTransition[];
  contacts: readonly Contact[];
  /** The lifecycle's funnel stages in order (conversions run between neighbours). */
  funnel: readonly string[];
  /** Off-funnel stages shown as bars and flow nodes; default recycled and disqualified. */
  side?: readonly string[];
  team?: readonly Pick<TeamMember, 'id' | 'role'>[];
  /** Pipelines each contact has a deal in, for the pipeline filter. */
  pipelinesByContact?: Iterable<readonly [string, readonly string[]]>;
  /** Hand-off tasks (those with an SLA deadline) for the SLA wait facts. */
  tasks?: readonly Task[];
  /** Owner changes, so the owner and role filters keep a contact for its earlier owners too. */
  assignments?: readonly Pick<Assignment, 'id' | 'contactId' | 'fromOwnerId' | 'toOwnerId' | 'deletedAt'>[];
};

/** Builds the funnel index from the log and the contacts; deleted transitions and contacts are left out. */
export function buildFunnelIndex(input: FunnelIndexInput): FunnelIndex {
  const index = emptyFunnelIndex(input.funnel, input.side);
  updateContacts(index, input.contacts);
  if (input.team) updateTeam(index, input.team);
  if (input.pipelinesByContact) updateContactPipelines(index, input.pipelinesByContact);
  const log = chronological(input.transitions);
  ensureRows(index, log.length);
  for (const t of log) {
    const row = index.size++;
    const c = contactInt(index, t.contactId);
    const to = stageInt(index, t.to);
    index.rowContact[row] = c;
    index.rowFrom[row] = t.from === null ? -1 : stageInt(index, t.from);
    index.rowTo[row] = to;
    index.rowAt[row] = t.at;
    index.rowLive[row] = 1;
    index.rowIds.push(t.id);
    noteEntry(index, c, to, t.at);
  }
  if (input.tasks) updateTasks(index, input.tasks);
  if (input.assignments) updateAssignments(index, input.assignments);
  return index;
}
