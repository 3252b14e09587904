import type { Assignment } from '../model/assignment';
import type { Contact } from '../model/contact';
import type { StageTransition } from '../model/stage-transition';
import type { Task } from '../model/task';
import type { TeamMember } from '../model/team-member';
import {
  contactInt,
  DELETED,
  ensureRows,
  grown,
  intern,
  LIVE,
  noteEntry,
  stageInt,
  UNKNOWN,
  wordsFor,
  type FunnelIndex,
  type Interner,
} from './funnel-columns';

const setBit = (bits: Uint32Array, c: number) => (bits[c >>> 5]! |= 1 << (c & 31));
const clearBit = (bits: Uint32Array, c: number) => (bits[c >>> 5]! &= ~(1 << (c & 31)));

/** Sets a contact's membership in a family of bitsets (tags, pipelines), dropping the old ones. */
function setMembership(index: FunnelIndex, table: Interner, bits: Uint32Array[], c: number, values: readonly string[], hadAny: boolean): void {
  if (hadAny) for (const b of bits) clearBit(b, c);
  for (const value of values) {
    const v = intern(table, value);
    while (bits.length <= v) bits.push(new Uint32Array(wordsFor(index.contactCapacity)));
    setBit(bits[v]!, c);
  }
}

/** New or changed contacts (a live query's batch): attributes replaced, deleted ones no longer counted. */
export function updateContacts(index: FunnelIndex, contacts: readonly Contact[]): void {
  for (const contact of contacts) {
    const c = contactInt(index, contact.id);
    const before = index.contactState[c]!;
    index.contactState[c] = contact.deletedAt === null ? LIVE : DELETED;
    index.owner[c] = intern(index.owners, contact.ownerId);
    index.source[c] = intern(index.sources, contact.source);
    index.persona[c] = intern(index.personas, contact.personaId);
    setMembership(index, index.tags, index.tagBits, c, contact.tags, before !== UNKNOWN);
  }
}

/** New or changed assignments: the owners each contact had (see FunnelIndex.ownerHistory); deleted ones are forgotten. */
export function updateAssignments(
  index: FunnelIndex,
  assignments: readonly Pick<Assignment, 'id' | 'contactId' | 'fromOwnerId' | 'toOwnerId' | 'deletedAt'>[],
): void {
  for (const a of assignments) {
    const c = contactInt(index, a.contactId);
    let held = index.ownerHistory.get(c);
    if (a.deletedAt !== null) {
      held?.delete(a.id);
      continue;
    }
    if (!held) index.ownerHistory.set(c, (held = new Map()));
    held.set(a.id, [intern(index.owners, a.fromOwnerId), intern(index.owners, a.toOwnerId)]);
  }
}

/**
 * The team members written since the last refresh: the role filter follows each one's current role.
 * Only those: the others keep theirs (a refresh reads the members changed since its watermark, and
 * replacing the map with them dropped every other member's role — a role filter then kept nobody).
 */
export function updateTeam(index: FunnelIndex, team: readonly Pick<TeamMember, 'id' | 'role'>[]): void {
  for (const m of team) index.memberRole.set(m.id, m.role);
}

/** For each contact listed, the pipelines it now has a deal in (replacing what the index knew). */
export function updateContactPipelines(index: FunnelIndex, entries: Iterable<readonly [string, readonly string[]]>): void {
  for (const [contactId, pipelineIds] of entries) setMembership(index, index.pipelines, index.pipelineBits, contactInt(index, contactId), pipelineIds, true);
}

/** Unlinks a task slot from its contact's chain. */
function unlinkTask(index: FunnelIndex, c: number, slot: number): void {
  let at = index.contactTaskHead[c]!;
  if (at === slot) {
    index.contactTaskHead[c] = index.taskNext[slot]!;
    return;
  }
  while (at !== -1 && index.taskNext[at] !== slot) at = index.taskNext[at]!;
  if (at !== -1) index.taskNext[at] = index.taskNext[slot]!;
}

/** New or changed tasks; only live ones with an SLA deadline (hand-off follow-ups) are kept. */
export function updateTasks(index: FunnelIndex, tasks: readonly Task[]): void {
  for (const task of tasks) {
    let slot = index.taskSlot.get(task.id);
    if (slot !== undefined) unlinkTask(index, index.taskContactOf[slot]!, slot);
    if (task.deletedAt !== null || task.slaDeadline === null || task.contactId === null) {
      if (slot !== undefined) index.taskContactOf[slot] = -1;
      continue;
    }
    const c = contactInt(index, task.contactId);
    if (slot === undefined) {
      slot = index.taskSize++;
      index.taskSlot.set(task.id, slot);
      if (slot >= index.taskCreated.length) {
        const size = Math.max(1024, slot * 2);
        index.taskCreated = grown(index.taskCreated, size, 0);
        index.taskDeadline = grown(index.taskDeadline, size, 0);
        index.taskDone = grown(index.taskDone, size, 0);
        index.taskNext = grown(index.taskNext, size, -1);
        index.taskContactOf = grown(index.taskContactOf, size, -1);
      }
    }
    index.taskContactOf[slot] = c;
    index.taskCreated[slot] = task.createdAt;
    index.taskDeadline[slot] = task.slaDeadline;
    index.taskDone[slot] = task.doneAt ?? NaN;
    index.taskNext[slot] = index.contactTaskHead[c]!;
    index.contactTaskHead[c] = slot;
  }
}

function rowById(index: FunnelIndex): Map<string, number> {
  if (index.rowById) return index.rowById;
  const map = new Map<string, number>();
  for (let row = 0; row < index.size; row++) if (index.rowLive[row]) map.set(index.rowIds[row]!, row);
  return (index.rowById = map);
}

const before = (atA: number, idA: string, atB: number, idB: string) => atA < atB || (atA === atB && idA < idB);

/** First row not before (at, id): where a line of that time goes. */
function insertionRow(index: FunnelIndex, at: number, id: string): number {
  let lo = 0;
  let hi = index.size;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(index.rowAt[mid]!, index.rowIds[mid]!, at, id)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The live row of a line the index may hold. A line is looked up where its time puts it; only an
 * edited line (updatedAt past createdAt) missing there may have had its time changed, and only then
 * is the id → row map made (once, ~0.4 s at 500k lines), so live appends and soft deletes never pay for it.
 */
function liveRow(index: FunnelIndex, t: StageTransition): number | undefined {
  if (index.rowById) return index.rowById.get(t.id);
  for (let row = insertionRow(index, t.at, t.id); row < index.size && index.rowAt[row] === t.at && index.rowIds[row] === t.id; row++)
    if (index.rowLive[row]) return row;
  return t.updatedAt === t.createdAt ? undefined : rowById(index).get(t.id);
}

type Row = { id: string; c: number; from: number; to: number; at: number; live: number };

function writeRow(index: FunnelIndex, row: number, r: Row): void {
  index.rowContact[row] = r.c;
  index.rowFrom[row] = r.from;
  index.rowTo[row] = r.to;
  index.rowAt[row] = r.at;
  index.rowLive[row] = r.live;
  index.rowIds[row] = r.id;
  if (r.live) index.rowById?.set(r.id, row);
}

/** Moves row `from` to row `to` (to ≥ from: the merge walks backwards, so nothing is overwritten unread). */
function moveRow(index: FunnelIndex, from: number, to: number): void {
  index.rowContact[to] = index.rowContact[from]!;
  index.rowFrom[to] = index.rowFrom[from]!;
  index.rowTo[to] = index.rowTo[from]!;
  index.rowAt[to] = index.rowAt[from]!;
  index.rowLive[to] = index.rowLive[from]!;
  index.rowIds[to] = index.rowIds[from]!;
  if (index.rowLive[to]) index.rowById?.set(index.rowIds[to]!, to);
}

/**
 * Merges sorted new rows into the log in place, from the back: only rows later than the earliest
 * new one move (none for a live append), and nothing is copied out.
 */
function mergeRows(index: FunnelIndex, incoming: readonly Row[]): void {
  if (incoming.length === 0) return;
  ensureRows(index, index.size + incoming.length);
  let existing = index.size - 1;
  let write = index.size + incoming.length - 1;
  for (let j = incoming.length - 1; j >= 0; write--) {
    const r = incoming[j]!;
    if (existing >= 0 && before(r.at, r.id, index.rowAt[existing]!, index.rowIds[existing]!)) moveRow(index, existing--, write);
    else writeRow(index, write, incoming[j--]!);
  }
  index.size += incoming.length;
}

/**
 * New, changed or deleted transitions (a live query's batch). New lines later than the log are
 * appended; an earlier one (synced from another device) is merged in by moving only the rows after
 * it. A changed or deleted line retires its old row; its contact's entry columns are then redone
 * from its remaining rows in one pass.
 */
export function appendTransitions(index: FunnelIndex, transitions: readonly StageTransition[]): void {
  const incoming: Row[] = [];
  const dirty = new Set<number>();
  // A batch may carry one line twice (edited twice before the query fired): the last one is the record.
  const latest = new Map(transitions.map((t) => [t.id, t]));
  for (const t of latest.values()) {
    const old = liveRow(index, t);
    if (old !== undefined) {
      const same =
        t.deletedAt === null &&
        index.rowAt[old] === t.at &&
        index.stages.ids[index.rowTo[old]!] === t.to &&
        (index.rowFrom[old] === -1 ? null : index.stages.ids[index.rowFrom[old]!]) === t.from &&
        index.contacts.ids[index.rowContact[old]!] === t.contactId;
      if (same) continue;
      index.rowLive[old] = 0;
      index.rowById?.delete(t.id);
      dirty.add(index.rowContact[old]!);
    }
    if (t.deletedAt !== null) continue;
    const c = contactInt(index, t.contactId);
    incoming.push({ id: t.id, c, from: t.from === null ? -1 : stageInt(index, t.from), to: stageInt(index, t.to), at: t.at, live: 1 });
  }
  incoming.sort((a, b) => (before(a.at, a.id, b.at, b.id) ? -1 : before(b.at, b.id, a.at, a.id) ? 1 : 0));
  mergeRows(index, incoming);
  for (const r of incoming) if (!dirty.has(r.c)) noteEntry(index, r.c, r.to, r.at);
  if (dirty.size > 0) redoEntries(index, dirty);
}

/** A retired row can hold a contact's first or latest entry, so those contacts start over from their live rows. */
function redoEntries(index: FunnelIndex, dirty: Set<number>): void {
  for (const c of dirty) {
    index.firstLineAt[c] = NaN;
    index.lastLineAt[c] = NaN;
    for (let s = 0; s < index.firstEntry.length; s++) {
      index.firstEntry[s]![c] = NaN;
      index.lastEntry[s]![c] = NaN;
    }
  }
  for (let row = 0; row < index.size; row++) {
    const c = index.rowContact[row]!;
    if (index.rowLive[row] && dirty.has(c)) noteEntry(index, c, index.rowTo[row]!, index.rowAt[row]!);
  }
}
