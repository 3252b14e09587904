import { z } from 'zod';
import { workspaceTableNames, workspaceTableSchemas, type WorkspaceTableName } from '../model';
import { isHlcStamp, parseHlc } from './hlc';
import type { RejectionCode } from './settings';

/**
 * How far ahead of this machine's clock a stamp may be. A stamp from further ahead (a broken clock, a
 * forged document) would make its fields win over every later edit, and drag this replica's clock
 * along: its document is rejected instead.
 */
export const maxClockAheadMs = 24 * 60 * 60 * 1000;

/** The version of the document format below; documents of another version are not Baton's to read. */
export const syncFormat = 1;

/** A record with its field clocks: what the merge rule works on. */
export type Versioned = { record: Record<string, unknown>; clocks: Record<string, string> };

/** One synced record as a CouchDB document (docs/sync.md, "What travels"). */
export type SyncDocument = Versioned & { _id: string; _rev?: string; baton: typeof syncFormat; table: WorkspaceTableName };

/** A document's id: the table and the record id, so one record is one document on every replica. */
export const syncDocId = (table: string, recordId: string): string => `${table}:${recordId}`;

const tables = new Set<string>(workspaceTableNames);

/** The table and record id a document id names, or null when it names none of the workspace's tables. */
export function parseSyncDocId(id: string): { table: WorkspaceTableName; recordId: string } | null {
  const colon = id.indexOf(':');
  if (colon <= 0) return null;
  const table = id.slice(0, colon);
  const recordId = id.slice(colon + 1);
  return tables.has(table) && recordId.length > 0 ? { table: table as WorkspaceTableName, recordId } : null;
}

const envelopeSchema = z.object({
  _id: z.string().min(1),
  _rev: z.string().min(1).optional(),
  baton: z.literal(syncFormat),
  table: z.enum(workspaceTableNames as [WorkspaceTableName, ...WorkspaceTableName[]]),
  record: z.record(z.string(), z.unknown()),
  clocks: z.record(z.string(), z.string().refine(isHlcStamp, 'not a clock stamp')),
});

type Envelope = z.infer<typeof envelopeSchema>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/**
 * The envelope schema's checks by hand, for the documents it takes (nearly all): a pull reads
 * thousands, and the schema copies each record and clocks to check them. Anything this does not take
 * goes to the schema, which names what is wrong.
 */
function isEnvelope(raw: object): raw is Envelope {
  const d = raw as Record<string, unknown>;
  if (typeof d['_id'] !== 'string' || d['_id'].length === 0) return false;
  if (d['_rev'] !== undefined && (typeof d['_rev'] !== 'string' || d['_rev'].length === 0)) return false;
  if (d['baton'] !== syncFormat || typeof d['table'] !== 'string' || !tables.has(d['table'])) return false;
  if (!isPlainObject(d['record']) || !isPlainObject(d['clocks'])) return false;
  for (const stamp of Object.values(d['clocks'])) if (!isHlcStamp(stamp)) return false;
  return true;
}

/** What a server document is to sync: one of ours, not ours (ignored), or ours but malformed (rejected, with why). */
export type ParsedDocument =
  { kind: 'record'; doc: SyncDocument } | { kind: 'foreign' } | { kind: 'rejected'; id: string; reason: string; code: RejectionCode; field?: string };

const describe = (error: z.ZodError): string =>
  error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(document)'}: ${issue.message}`)
    .join('; ');

/** A document refused by a schema: the first field it names (what the Sync page points to), and all it says. */
const refusedBy = (id: string, code: RejectionCode, error: z.ZodError): ParsedDocument => {
  const path = error.issues[0]?.path.join('.');
  return { kind: 'rejected', id, reason: describe(error), code, field: path || '(document)' };
};

/**
 * Reads a document from the server. Design documents and documents without `baton` are someone
 * else's and ignored; a Baton document with a bad envelope, a record its table's schema refuses, a
 * field without a clock, an id that does not match its record, or (given `now`) a clock more than a
 * day ahead is rejected with the reason.
 */
export function parseSyncDocument(raw: unknown, now?: number): ParsedDocument {
  if (typeof raw !== 'object' || raw === null) return { kind: 'rejected', id: '(unknown)', reason: 'not a JSON object', code: 'not_object' };
  const candidate = raw as { _id?: unknown; baton?: unknown };
  const id = typeof candidate._id === 'string' ? candidate._id : '(no _id)';
  if (id.startsWith('_design/') || id.startsWith('_local/') || candidate.baton === undefined) return { kind: 'foreign' };
  let doc: Envelope;
  if (isEnvelope(raw)) doc = raw;
  else {
    // The schema says what is wrong (and is the rule: a document it takes is taken).
    const envelope = envelopeSchema.safeParse(raw);
    if (!envelope.success) return refusedBy(id, 'bad_envelope', envelope.error);
    doc = envelope.data;
  }
  const named = parseSyncDocId(doc._id);
  if (!named || named.table !== doc.table || named.recordId !== doc.record['id'])
    return { kind: 'rejected', id, reason: `_id does not name table "${doc.table}" and record "${String(doc.record['id'])}"`, code: 'id_mismatch' };
  const clocks = unpackClocks(doc.clocks, doc.record);
  const unclocked = Object.keys(doc.record).filter((field) => !(field in clocks));
  if (unclocked.length) return { kind: 'rejected', id, reason: `no clock for ${unclocked.slice(0, 3).join(', ')}`, code: 'no_clock', field: unclocked[0]! };
  if (now !== undefined) {
    // The stamps as they travel: each once (most fields share the one under `*`).
    const ahead = Object.entries(doc.clocks).find(([, stamp]) => parseHlc(stamp)!.wall > now + maxClockAheadMs);
    if (ahead) {
      const field = ahead[0] === defaultClockKey ? (Object.keys(clocks).find((f) => clocks[f] === ahead[1]) ?? '(document)') : ahead[0];
      return { kind: 'rejected', id, reason: `clock of ${field} is more than a day ahead of this machine's clock`, code: 'clock_ahead', field };
    }
  }
  const record = workspaceTableSchemas[doc.table].safeParse(doc.record);
  if (!record.success) return refusedBy(id, 'bad_record', record.error);
  return {
    kind: 'record',
    doc: { _id: doc._id, ...(doc._rev ? { _rev: doc._rev } : {}), baton: syncFormat, table: doc.table, record: doc.record, clocks },
  };
}

/** A record and its clocks as the document pushed to the server (on the revision last known, if any). */
export function toSyncDocument(table: WorkspaceTableName, versioned: Versioned, rev?: string): SyncDocument {
  const id = String(versioned.record['id']);
  return { _id: syncDocId(table, id), ...(rev ? { _rev: rev } : {}), baton: syncFormat, table, record: versioned.record, clocks: versioned.clocks };
}

/** The clocks key that stands for "every field of the record not listed" on the wire. */
export const defaultClockKey = '*';

/**
 * Clocks as they travel: the stamp most fields share is written once under `*`, the others by
 * field. A record created in one edit carries one stamp instead of one per field, which halves what
 * the server parses, hashes and stores. Fields without a value (unset) are always listed.
 */
export function packClocks(clocks: Record<string, string>, record: Record<string, unknown>): Record<string, string> {
  const counts = new Map<string, number>();
  for (const field of Object.keys(record)) {
    const stamp = clocks[field];
    if (stamp !== undefined) counts.set(stamp, (counts.get(stamp) ?? 0) + 1);
  }
  let common: string | null = null;
  let most = 1;
  for (const [stamp, n] of counts) if (n > most || (n === most && common !== null && stamp > common)) [common, most] = [stamp, n];
  if (common === null) return { ...clocks };
  const packed: Record<string, string> = { [defaultClockKey]: common };
  for (const [field, stamp] of Object.entries(clocks)) if (stamp !== common || !(field in record)) packed[field] = stamp;
  return packed;
}

/** Clocks read off the wire: every field of the record gets its stamp (`*` fills the ones not listed). */
export function unpackClocks(wire: Record<string, string>, record: Record<string, unknown>): Record<string, string> {
  const fallback = wire[defaultClockKey];
  const clocks: Record<string, string> = {};
  for (const [field, stamp] of Object.entries(wire)) if (field !== defaultClockKey) clocks[field] = stamp;
  if (fallback !== undefined) for (const field of Object.keys(record)) clocks[field] ??= fallback;
  return clocks;
}

/**
 * Clocks packed for storage (sync's own copy of each record), only when unpacking gives them back
 * exactly: every field of the record has a stamp (true of a record and its own clocks; not always of
 * the server version's clocks beside a record edited since). Otherwise they are kept as they are, so
 * clocks without `*` read back unchanged (and so do clocks stored before they were packed). As on the
 * wire, no field is named `*`.
 */
export function packClocksExactly(clocks: Record<string, string>, record: Record<string, unknown>): Record<string, string> {
  if (defaultClockKey in clocks || defaultClockKey in record) return clocks;
  for (const field of Object.keys(record)) if (clocks[field] === undefined) return clocks;
  return packClocks(clocks, record);
}

/** Clocks as stored, read back (packed or not). */
export const unpackStoredClocks = (stored: Record<string, string>, record: Record<string, unknown>): Record<string, string> =>
  defaultClockKey in stored ? unpackClocks(stored, record) : stored;

/** A document as it is sent: clocks packed. */
export const toWireDocument = (doc: SyncDocument): SyncDocument => ({ ...doc, clocks: packClocks(doc.clocks, doc.record) });
