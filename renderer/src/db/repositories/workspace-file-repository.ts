import Dexie from 'dexie';
import { workspaceTableNames, workspaceTableSchemas, type WorkspaceTableName } from '@shared/model';
import {
  alignSingleton,
  createLineSplitter,
  createWorkspaceFileDecoder,
  createWorkspaceFileEncoder,
  emptyMergeSummary,
  mergeTable,
  type MergeSummary,
  type WorkspaceFileError,
  type WorkspaceFileManifest,
} from '@shared/workspace-file';
import type { BaseRecord } from '@shared/model';
import { latestSchemaVersion } from '../schema-versions';
import { openWorkspaceDb, type WorkspaceDb } from '../workspace-db';
import { runWrite } from '../write-path';

export type WorkspaceFileProgress = { phase: 'exporting' | 'reading' | 'checking' | 'merging'; done: number; total: number };
type Progress = (p: WorkspaceFileProgress) => void;

/** Where exported text goes: each call may wait, so a slow consumer slows the reader (backpressure). */
export type TextSink = { write(text: string): Promise<void> };

/** Records read or written per IndexedDB transaction. */
const PAGE = 10_000;

type AnyRecord = BaseRecord & Record<string, unknown>;

/**
 * Streams every table of a workspace (soft-deleted records included) into a workspace file, a page
 * at a time by id, so no table is ever held whole. Each page is its own read, so a record edited
 * while the export runs is written as it was when its page was read.
 */
export async function exportWorkspaceFile(
  db: WorkspaceDb,
  header: { appVersion: string; name: string; createdAt: number },
  sink: TextSink,
  onProgress?: Progress,
): Promise<Partial<Record<WorkspaceTableName, number>>> {
  const total = (await Promise.all(workspaceTableNames.map((t) => db.table(t).count()))).reduce((a, b) => a + b, 0);
  const encoder = createWorkspaceFileEncoder({ ...header, schemaVersion: db.verno, expectedRecords: total });
  await sink.write(encoder.header());
  let done = 0;
  for (const table of workspaceTableNames) {
    await sink.write(encoder.table(table));
    for await (const page of pagesOf(db, table)) {
      await sink.write(encoder.records(page));
      done += page.length;
      onProgress?.({ phase: 'exporting', done, total });
    }
  }
  await sink.write(encoder.end());
  return encoder.counts();
}

/**
 * A table's records a page at a time, by id. The next page is already being read while the caller
 * works on the current one (IndexedDB reads in another process; encoding is ours), so the two overlap.
 */
async function* pagesOf(db: WorkspaceDb, table: WorkspaceTableName): AsyncGenerator<AnyRecord[]> {
  const read = (after: string | null): Promise<AnyRecord[]> =>
    (after === null ? db.table(table).orderBy(':id') : db.table(table).where(':id').above(after)).limit(PAGE).toArray();
  let next = read(null);
  for (;;) {
    const page = await next;
    if (page.length === 0) return;
    if (page.length === PAGE) next = read(page[page.length - 1]!.id);
    yield page;
    if (page.length < PAGE) return;
  }
}

/** A file that can be read more than once (a Blob's `stream`): an older file is read again to stage it. */
export type FileSource = () => ReadableStream<Uint8Array>;

/** A file's bytes, read as text: gzip-compressed files (they start with 1f 8b) are unpacked on the way. */
async function* textOf(bytes: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = bytes.getReader();
  const first = await reader.read();
  if (first.done) return;
  const gzip = first.value.length >= 2 && first.value[0] === 0x1f && first.value[1] === 0x8b;
  let source: ReadableStream<Uint8Array> = new ReadableStream<Uint8Array>({
    start: (controller) => controller.enqueue(first.value),
    pull: async (controller) => {
      const next = await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
  });
  if (gzip) source = source.pipeThrough(new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const chunks = source.getReader();
  for (;;) {
    const next = await chunks.read();
    if (next.done) break;
    yield decoder.decode(next.value, { stream: true });
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

type Page = { table: WorkspaceTableName; records: AnyRecord[] };
export type FileVerdict = { ok: true; manifest: WorkspaceFileManifest } | { ok: false; errors: WorkspaceFileError[] };

/**
 * Reads a workspace file and yields its records in pages per table as they pass the decoder's
 * checks. The verdict on the whole file (counts, checksum, nothing after the end) is only known
 * after the last page: callers keep what they wrote out of sight until `verdict()` says ok.
 */
function readFile(source: FileSource, onProgress?: Progress) {
  const decoder = createWorkspaceFileDecoder({ latestSchemaVersion });
  let verdict: FileVerdict | null = null;
  let schemaVersion = latestSchemaVersion;
  async function* pages(): AsyncGenerator<Page> {
    const splitter = createLineSplitter();
    let page: Page | null = null;
    let total = 0;
    let done = 0;
    const take = function* (lines: string[], terminated = true): Generator<Page> {
      for (const line of lines) {
        const decoded = decoder.push(line, terminated);
        if (decoded.kind === 'header') {
          total = decoded.header.expectedRecords;
          schemaVersion = decoded.header.schemaVersion;
        } else if (decoded.kind === 'table') {
          if (page && page.records.length > 0) yield page;
          page = { table: decoded.table, records: [] };
        } else if (decoded.kind === 'record') {
          page!.records.push(decoded.record as AnyRecord);
          done++;
          if (page!.records.length >= PAGE) {
            onProgress?.({ phase: 'reading', done, total });
            yield page!;
            page = { table: page!.table, records: [] };
          }
        } else if (decoder.stopped()) return; // refused whatever follows
      }
    };
    try {
      for await (const text of textOf(source())) {
        for (const p of take(splitter.push(text))) yield p;
        if (decoder.stopped()) break;
      }
      for (const p of take(splitter.end(), false)) yield p;
    } catch (error) {
      verdict = { ok: false, errors: [{ code: 'unreadable', detail: error instanceof Error ? error.message : String(error) }] };
      return;
    }
    onProgress?.({ phase: 'reading', done, total });
    if (page && (page as Page).records.length > 0) yield page;
    const result = decoder.finish();
    verdict = result.ok ? { ok: true, manifest: result.manifest } : { ok: false, errors: result.errors };
  }
  return {
    pages,
    verdict: (): FileVerdict => verdict ?? { ok: false, errors: [{ code: 'truncated' }] },
    schemaVersion: () => schemaVersion,
  };
}

export type ImportIntoNewResult = FileVerdict;

/**
 * Writes a workspace file into a database that no registry entry points to yet (a new workspace,
 * or the replacement of one). The file is checked while it is written; a refused file, or one
 * that fails its checks after its schema upgrade, deletes the database again, so what the user
 * sees is either the whole file or nothing. An older file is written at its own schema version and
 * upgraded by the same migrations as a stored workspace.
 */
export async function importIntoNewDb(source: FileSource, dbName: string, onProgress?: Progress): Promise<ImportIntoNewResult> {
  const file = readFile(source, onProgress);
  let db: WorkspaceDb | null = null;
  try {
    // One write in flight while the next page is read and checked: parsing overlaps the commit.
    let writing: Promise<unknown> = Promise.resolve();
    for await (const page of file.pages()) {
      db ??= await openAt(dbName, file.schemaVersion());
      await writing;
      const target = db;
      writing = runWrite(target, () => target.table(page.table).bulkAdd(page.records), { origin: 'import' });
      // A failed write must not go unobserved while the next page is read; it is rethrown below.
      writing.catch(() => undefined);
    }
    await writing;
    const verdict = file.verdict();
    if (!verdict.ok) return await discard(db, dbName, verdict);
    db ??= await openAt(dbName, file.schemaVersion());
    if (db.verno < latestSchemaVersion) {
      db.close();
      db = openWorkspaceDb(dbName);
      await db.open();
      const errors = await checkStored(db, onProgress);
      if (errors.length > 0) return await discard(db, dbName, { ok: false, errors });
    }
    db.close();
    return verdict;
  } catch (error) {
    return discard(db, dbName, { ok: false, errors: [{ code: 'unreadable', detail: error instanceof Error ? error.message : String(error) }] });
  }
}

async function openAt(dbName: string, version: number): Promise<WorkspaceDb> {
  const db = openWorkspaceDb(dbName, version);
  await db.open();
  return db;
}

async function discard(db: WorkspaceDb | null, dbName: string, verdict: FileVerdict & { ok: false }): Promise<FileVerdict> {
  db?.close();
  await Dexie.delete(dbName);
  return verdict;
}

/** Every record of an upgraded database against today's schemas, as a current file is checked. */
async function checkStored(db: WorkspaceDb, onProgress?: Progress): Promise<WorkspaceFileError[]> {
  const errors: WorkspaceFileError[] = [];
  const total = (await Promise.all(workspaceTableNames.map((t) => db.table(t).count()))).reduce((a, b) => a + b, 0);
  let done = 0;
  for (const table of workspaceTableNames) {
    let index = 0;
    for await (const page of pagesOf(db, table)) {
      for (const record of page) {
        const parsed = workspaceTableSchemas[table].safeParse(record);
        if (!parsed.success && errors.length < 20) {
          const issue = parsed.error.issues[0];
          errors.push({ code: 'invalid_record', table, index, id: record.id, field: issue?.path.map(String).join('.') || '(record)', detail: issue?.message });
        }
        index++;
      }
      done += page.length;
      onProgress?.({ phase: 'checking', done, total });
    }
  }
  return errors;
}

/** Copies a workspace database into a new one (duplicate): the same records, a fresh change log. */
export async function copyWorkspaceDb(source: WorkspaceDb, dbName: string, onProgress?: Progress): Promise<void> {
  const target = openWorkspaceDb(dbName);
  const total = (await Promise.all(workspaceTableNames.map((t) => source.table(t).count()))).reduce((a, b) => a + b, 0);
  let done = 0;
  try {
    await target.open();
    for (const table of workspaceTableNames) {
      for await (const page of pagesOf(source, table)) {
        await runWrite(target, () => target.table(table).bulkAdd(page), { origin: 'import' });
        done += page.length;
        onProgress?.({ phase: 'exporting', done, total });
      }
    }
    target.close();
  } catch (error) {
    target.close();
    await Dexie.delete(dbName);
    throw error;
  }
}

export type MergeResult = { ok: true; manifest: WorkspaceFileManifest; summary: MergeSummary } | { ok: false; errors: WorkspaceFileError[] };

/**
 * Merges a workspace file into an open workspace by the shared merge rule. The whole file is read
 * and checked first while the winners are collected; only then are they written, in one write-path
 * transaction (one batch, so the merge is logged and undoable as a whole). A refused file writes
 * nothing. An older file is first staged in a scratch database and upgraded there.
 */
export async function mergeWorkspaceFile(db: WorkspaceDb, source: FileSource, scratchName: string, onProgress?: Progress): Promise<MergeResult> {
  const file = readFile(source, onProgress);
  const summary = emptyMergeSummary();
  const winners: Page[] = [];
  const localMeta = await db.meta.toCollection().first();
  const decide = async (page: Page) => {
    const incoming = page.table === 'meta' ? page.records.map((r) => alignSingleton(r, localMeta?.id)) : page.records;
    const local = (await db.table(page.table).bulkGet(incoming.map((r) => r.id))) as (AnyRecord | undefined)[];
    const write = mergeTable(page.table, incoming, local, summary);
    if (write.length > 0) winners.push({ table: page.table, records: write });
  };
  // Peek at the header first: an older file goes through a scratch database to be upgraded.
  const pages = file.pages();
  const first = await pages.next();
  if (file.schemaVersion() < latestSchemaVersion) {
    await pages.return(undefined);
    const staged = await importIntoNewDb(source, scratchName, onProgress);
    if (!staged.ok) return staged;
    const scratch = openWorkspaceDb(scratchName);
    try {
      for (const table of workspaceTableNames) for await (const page of pagesOf(scratch, table)) await decide({ table, records: page });
    } finally {
      scratch.close();
      await Dexie.delete(scratchName);
    }
    await writeWinners(db, winners, onProgress);
    return { ok: true, manifest: staged.manifest, summary };
  }
  if (!first.done) await decide(first.value);
  for await (const page of pages) await decide(page);
  const verdict = file.verdict();
  if (!verdict.ok) return verdict;
  await writeWinners(db, winners, onProgress);
  return { ok: true, manifest: verdict.manifest, summary };
}

async function writeWinners(db: WorkspaceDb, winners: Page[], onProgress?: Progress): Promise<void> {
  const total = winners.reduce((sum, p) => sum + p.records.length, 0);
  let done = 0;
  await runWrite(
    db,
    async () => {
      for (const page of winners) {
        await db.table(page.table).bulkPut(page.records);
        done += page.records.length;
        onProgress?.({ phase: 'merging', done, total });
      }
    },
    { origin: 'import' },
  );
}
