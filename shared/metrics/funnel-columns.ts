import { sideStageIds } from '../model/identifiers';

/** Strings that repeat across records (owners, sources, tags…) become small ints once, so filters compare ints. */
export type Interner = { ids: string[]; index: Map<string, number> };

export const interner = (): Interner => ({ ids: [], index: new Map() });

/** The int of a value, given on first sight; null is -1 ("none"). */
export function intern(table: Interner, value: string | null): number {
  if (value === null) return -1;
  let i = table.index.get(value);
  if (i === undefined) {
    i = table.ids.length;
    table.index.set(value, i);
    table.ids.push(value);
  }
  return i;
}

/** What a contact is to the index: seen only in the log, a live record, or deleted (never counted). */
export const UNKNOWN = 0;
export const LIVE = 1;
export const DELETED = 2;

/**
 * The funnel report's columnar store: contacts are small ints with attribute columns, the log is
 * typed arrays in time order (then id, like `chronological`), and per contact and stage the first
 * and latest entry, so a report is a scan of the period's slice rather than of records.
 * Mutated in place by the update functions; built once per workspace (in a worker).
 */
export type FunnelIndex = {
  stages: Interner;
  /** Stages [0, funnelSize) are the funnel, in order; the rest are side states (recycled, disqualified) and stages met only in the log. */
  funnelSize: number;
  contacts: Interner;
  contactCapacity: number;
  contactState: Uint8Array;
  owner: Int32Array;
  source: Int32Array;
  persona: Int32Array;
  owners: Interner;
  sources: Interner;
  personas: Interner;
  /** Per tag (and per pipeline), one bit per contact: a filter on a few tags is a few word reads per contact. */
  tags: Interner;
  tagBits: Uint32Array[];
  pipelines: Interner;
  pipelineBits: Uint32Array[];
  /** Team role by member id: the "role" filter resolves through the contact's owner. */
  memberRole: Map<string, string>;
  /**
   * Owners a contact had before its current one, from its assignments (each assignment's from and to
   * owner, by assignment id so an edited or deleted one is replaced): the owner and role filters keep
   * the contacts an owner has or had, so an SDR's funnel goes on past the hand-off to an AE.
   */
  ownerHistory: Map<number, Map<string, readonly [number, number]>>;
  /** Per contact: time of its first live log line (its entry into the lifecycle); NaN = none. */
  firstLineAt: Float64Array;
  /** Per contact: time of its latest live log line, so a stay that nothing ends is known without scanning on. */
  lastLineAt: Float64Array;
  /** Per stage, per contact: first and latest entry ever; NaN = never. */
  firstEntry: Float64Array[];
  lastEntry: Float64Array[];
  size: number;
  rowCapacity: number;
  rowContact: Int32Array;
  /** -1 = the creation line (from null). */
  rowFrom: Int16Array;
  rowTo: Int16Array;
  rowAt: Float64Array;
  /** 0 once a later update deleted or replaced the line: retired rows are skipped, not removed, until the next build. */
  rowLive: Uint8Array;
  rowIds: string[];
  /** Transition id → row; made only when an edited line is not found where its time puts it (see appendTransitions). */
  rowById: Map<string, number> | null;
  /**
   * Hand-off tasks (those with an SLA deadline) for the SLA wait facts, as slots: created, deadline,
   * done (NaN while open), and a per-contact chain (head per contact, next per slot; -1 ends it).
   */
  taskSlot: Map<string, number>;
  taskSize: number;
  taskCreated: Float64Array;
  taskDeadline: Float64Array;
  taskDone: Float64Array;
  taskNext: Int32Array;
  /** The contact of each slot; -1 once the task is deleted or lost its deadline. */
  taskContactOf: Int32Array;
  contactTaskHead: Int32Array;
};

export const wordsFor = (capacity: number) => (capacity + 31) >>> 5;

/** A bigger copy of a typed array, the new tail filled. */
export function grown<T extends Float64Array | Int32Array | Int16Array | Uint8Array | Uint32Array>(array: T, size: number, fill: number): T {
  const next = new (array.constructor as new (n: number) => T)(size);
  next.set(array);
  if (fill !== 0) next.fill(fill, array.length);
  return next;
}

/** Room for `count` contacts: every per-contact column doubles when it runs out. */
export function ensureContacts(index: FunnelIndex, count: number): void {
  if (count <= index.contactCapacity) return;
  const size = Math.max(count, index.contactCapacity * 2, 1024);
  index.contactState = grown(index.contactState, size, UNKNOWN);
  index.owner = grown(index.owner, size, -1);
  index.source = grown(index.source, size, -1);
  index.persona = grown(index.persona, size, -1);
  index.firstLineAt = grown(index.firstLineAt, size, NaN);
  index.lastLineAt = grown(index.lastLineAt, size, NaN);
  index.contactTaskHead = grown(index.contactTaskHead, size, -1);
  index.firstEntry = index.firstEntry.map((a) => grown(a, size, NaN));
  index.lastEntry = index.lastEntry.map((a) => grown(a, size, NaN));
  index.tagBits = index.tagBits.map((a) => grown(a, wordsFor(size), 0));
  index.pipelineBits = index.pipelineBits.map((a) => grown(a, wordsFor(size), 0));
  index.contactCapacity = size;
}

/** The int of a contact, growing the columns for a new one. */
export function contactInt(index: FunnelIndex, contactId: string): number {
  const c = intern(index.contacts, contactId);
  ensureContacts(index, c + 1);
  return c;
}

/** The int of a stage; a stage met only in the log (a removed custom stage) gets its columns here. */
export function stageInt(index: FunnelIndex, stageId: string): number {
  const s = intern(index.stages, stageId);
  while (index.firstEntry.length <= s) {
    index.firstEntry.push(new Float64Array(index.contactCapacity).fill(NaN));
    index.lastEntry.push(new Float64Array(index.contactCapacity).fill(NaN));
  }
  return s;
}

/** Room for `count` log rows. */
export function ensureRows(index: FunnelIndex, count: number): void {
  if (count <= index.rowCapacity) return;
  const size = Math.max(count, index.rowCapacity * 2, 1024);
  index.rowContact = grown(index.rowContact, size, 0);
  index.rowFrom = grown(index.rowFrom, size, 0);
  index.rowTo = grown(index.rowTo, size, 0);
  index.rowAt = grown(index.rowAt, size, 0);
  index.rowLive = grown(index.rowLive, size, 0);
  index.rowCapacity = size;
}

/** Folds one live row into its contact's first/latest entry columns. */
export function noteEntry(index: FunnelIndex, c: number, to: number, at: number): void {
  const first = index.firstEntry[to]!;
  const last = index.lastEntry[to]!;
  if (!(first[c]! <= at)) first[c] = at;
  if (!(last[c]! >= at)) last[c] = at;
  if (!(index.firstLineAt[c]! <= at)) index.firstLineAt[c] = at;
  if (!(index.lastLineAt[c]! >= at)) index.lastLineAt[c] = at;
}

/** An index with the stages and no records. */
export function emptyFunnelIndex(funnel: readonly string[], side: readonly string[] = sideStageIds): FunnelIndex {
  const index: FunnelIndex = {
    stages: interner(),
    funnelSize: funnel.length,
    contacts: interner(),
    contactCapacity: 0,
    contactState: new Uint8Array(0),
    owner: new Int32Array(0),
    source: new Int32Array(0),
    persona: new Int32Array(0),
    owners: interner(),
    sources: interner(),
    personas: interner(),
    tags: interner(),
    tagBits: [],
    pipelines: interner(),
    pipelineBits: [],
    memberRole: new Map(),
    ownerHistory: new Map(),
    firstLineAt: new Float64Array(0),
    lastLineAt: new Float64Array(0),
    firstEntry: [],
    lastEntry: [],
    size: 0,
    rowCapacity: 0,
    rowContact: new Int32Array(0),
    rowFrom: new Int16Array(0),
    rowTo: new Int16Array(0),
    rowAt: new Float64Array(0),
    rowLive: new Uint8Array(0),
    rowIds: [],
    rowById: null,
    taskSlot: new Map(),
    taskSize: 0,
    taskCreated: new Float64Array(0),
    taskDeadline: new Float64Array(0),
    taskDone: new Float64Array(0),
    taskNext: new Int32Array(0),
    taskContactOf: new Int32Array(0),
    contactTaskHead: new Int32Array(0),
  };
  for (const s of [...funnel, ...side.filter((s) => !funnel.includes(s))]) stageInt(index, s);
  return index;
}
