import {
  parseSyncDocId,
  parseSyncDocument,
  toWireDocument,
  transientProblems,
  type RejectedDocument,
  type SyncActivity,
  type SyncDocument,
} from '@shared/sync';
import type { WorkspaceDb } from '../db/workspace-db';
import {
  applyRemote,
  confirmPushed,
  countConflicts,
  knownAtRevisions,
  pendingDocuments,
  workspaceIdentity,
  type RemoteVersion,
} from '../db/repositories/sync-apply-repository';
import { captureChanges } from '../db/repositories/sync-capture-repository';
import {
  documentOf,
  readSyncProgress,
  recordRejections,
  startOver,
  storePending,
  writeSyncProgress,
  type SyncRecord,
} from '../db/repositories/sync-state-repository';
import { createCouchClient, SyncError, type BulkResult, type ChangesPage, type ChangesRow, type CouchConnection } from './couch-client';

export type SyncEngineOptions = {
  db: WorkspaceDb;
  connection: CouchConnection;
  replicaId: string;
  now?: () => number;
  /** Where skipped documents and retries are logged (the worker: the console). */
  log?: (message: string) => void;
  onActivity?: (activity: SyncActivity) => void;
  /** Documents per `_bulk_docs` (a `_changes` page with documents holds twice as many). */
  batchSize?: number;
  /** How long one long poll waits for a change. */
  longpollMs?: number;
  /** Back-off after a transient failure: first wait and cap. */
  retryMs?: { first: number; max: number };
};

/** What one sync run did. */
export type SyncRunResult = { pushed: number; pulled: number; conflictsResolved: number; rejected: number };

/** Outbox batches read at once by a push (sent one after another, one on the wire while the previous is settled). */
const readAhead = 4;
/**
 * How many times a push batch a page of the feed with documents holds: each page is applied in one
 * transaction and costs a round trip and a checkpoint, so fewer, larger pages (a thousand contacts
 * are about 2 MB) pull faster; a user's write waits at most for one page's transaction.
 */
export const docPageFactor = 2;
/**
 * How many times more changes a page of the feed read without documents holds: ids and revisions
 * only (a hundred bytes a change), mostly our own documents coming back after a push.
 */
const idPageFactor = 10;

/**
 * The sync loop of one workspace (docs/sync.md): capture the change log, push the outbox with
 * `_bulk_docs`, pull `_changes` from the checkpoint, in one run (`syncOnce`) or live (`startLive`,
 * long polls, and a push after each local write). Applying and capturing are serialised; waiting on
 * the server is not, so a long poll never holds up a push.
 */
export function createSyncEngine(options: SyncEngineOptions) {
  const { db, replicaId } = options;
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => undefined);
  const batch = options.batchSize ?? 500;
  const longpollMs = options.longpollMs ?? 25_000;
  const retry = options.retryMs ?? { first: 1000, max: 60_000 };
  const client = createCouchClient(options.connection);
  const checkpoint = `baton-${replicaId}`;
  const clock = { replicaId, now };

  let tail: Promise<unknown> = Promise.resolve();
  /** Runs `work` after everything queued before it: one capture, push or apply at a time. */
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };

  const reject = (rejected: RejectedDocument[]) => {
    for (const r of rejected) log(`sync skipped document ${r.id}: ${r.code === 'server_refused' ? 'server refused: ' : ''}${r.reason}`);
    return recordRejections(db, rejected);
  };

  /** Refuses a database that holds another workspace: two workspaces must never mix. */
  async function verify(): Promise<void> {
    const progress = await readSyncProgress(db);
    if (progress.verified) return;
    const own = await workspaceIdentity(db);
    const metas = await client.idsStartingWith('meta:');
    // An empty replica (no settings record yet) joins whatever the database holds.
    const others = own === null ? [] : metas.filter((id) => id !== own);
    if (others.length > 0) throw new SyncError('other_workspace', null, others[0]);
    await writeSyncProgress(db, { verified: true });
  }

  /** A local checkpoint whose server copy is gone (the database was made again) is not trusted. */
  async function checkCheckpoint(): Promise<void> {
    const progress = await readSyncProgress(db);
    if (progress.pullSeq === null) return;
    const onServer = await client.getLocal<{ seq: unknown }>(checkpoint);
    if (onServer) return;
    log('sync: the server has no checkpoint of this replica (database made again?): pulling from the start, pushing every record');
    await startOver(db);
    await verify();
  }

  /**
   * The revisions the server confirmed in the push of a whole sync (`syncOnce`), by document: the
   * feed read right after that push is mostly these coming back, recognised here without reading
   * what sync knows of them. Null outside that push and pull.
   */
  let ownRevs: Map<string, string> | null = null;

  /**
   * Handles the server's answer to one `_bulk_docs` batch: confirmations, conflicts merged, refusals.
   * `unstored` are the batch's records when the capture left storing them to the push: those the
   * answer does not confirm are stored pending first, as if captured before the push.
   */
  async function settle(
    docs: readonly SyncDocument[],
    results: readonly BulkResult[],
    refused: Set<string>,
    unstored?: readonly SyncRecord[],
  ): Promise<number> {
    const byId = new Map(docs.map((d) => [d._id, d]));
    const confirmed: { doc: SyncDocument; rev: string }[] = [];
    const conflicted: string[] = [];
    const rejected: RejectedDocument[] = [];
    for (const result of results) {
      const doc = byId.get(result.id);
      if (!doc) continue;
      if (result.ok && result.rev) confirmed.push({ doc, rev: result.rev });
      else if (result.error === 'conflict') conflicted.push(result.id);
      else {
        refused.add(result.id);
        rejected.push({ id: result.id, reason: `${result.error ?? ''} ${result.reason ?? ''}`.trim(), code: 'server_refused', at: now() });
      }
    }
    if (unstored) {
      const confirmedIds = new Set(confirmed.map((c) => c.doc._id));
      await storePending(
        db,
        unstored.filter((r) => !confirmedIds.has(r.id)),
      );
    }
    await confirmPushed(db, confirmed);
    if (ownRevs) for (const { doc, rev } of confirmed) ownRevs.set(doc._id, rev);
    if (conflicted.length) {
      // Someone wrote these documents since: fetch, merge, and push the merge on their revision.
      const fetched = await client.fetchDocs(conflicted);
      const outcome = await applyVersions(fetched.map((f) => ({ id: f.id, deleted: f.deleted?.rev, doc: f.doc })));
      if (outcome.rejected) for (const id of conflicted) refused.add(id);
    }
    await reject(rejected);
    return confirmed.length;
  }

  /**
   * Sends outbox batches one after another, the next on the wire while the answer to the previous
   * one is settled, so the server and the local database work at the same time. Two batches never
   * hold the same document, and each is confirmed only by its own answer. `finish` settles the last
   * one; after a failure, `abandon` lets a settling answer finish and waits for the batch still on the
   * wire, unsettled: unconfirmed, it stays pending and is sent again (a copy the server stored unseen
   * comes back as a conflict and merges).
   */
  function pushPipeline(refused: Set<string>) {
    let previous: Promise<number> = Promise.resolve(0);
    let onTheWire: Promise<unknown> = Promise.resolve();
    let pushed = 0;
    return {
      async send(docs: SyncDocument[], unstored?: readonly SyncRecord[]): Promise<void> {
        const answer = client.bulkDocs(docs.map(toWireDocument));
        onTheWire = answer.catch(() => undefined);
        pushed += await previous;
        previous = answer.then((results) => settle(docs, results, refused, unstored));
        // Awaited by the next send or by finish; not an unhandled rejection meanwhile.
        previous.catch(() => undefined);
      },
      async finish(): Promise<number> {
        pushed += await previous;
        return pushed;
      },
      async abandon(): Promise<void> {
        await previous.catch(() => 0);
        await onTheWire;
      },
    };
  }

  /** Pushes the outbox until it is empty (or holds only documents the server refused this run), a few batches read at a time. */
  async function push(refused = new Set<string>()): Promise<number> {
    let pushed = 0;
    for (;;) {
      const docs = (await pendingDocuments(db, batch * readAhead + refused.size)).filter((d) => !refused.has(d._id)).slice(0, batch * readAhead);
      if (docs.length === 0) return pushed;
      const pipeline = pushPipeline(refused);
      try {
        for (let i = 0; i < docs.length; i += batch) await pipeline.send(docs.slice(i, i + batch));
        pushed += await pipeline.finish();
      } finally {
        await pipeline.abandon();
      }
    }
  }

  /**
   * Captures the change log and pushes the outbox. The first capture of a workspace scans every
   * record: what it stamped is sent in batches while the scan goes on (it never comes back to a
   * record, so nothing changes what is on the wire) and stored with the answer (captureChanges), and
   * every answer is settled before the log pass after the scan (which may stamp a record edited
   * meanwhile again). What that pass stamps, and anything left pending, is pushed after.
   */
  async function captureAndPush(refused: Set<string>): Promise<number> {
    const pipeline = pushPipeline(refused);
    const waiting: SyncRecord[] = [];
    let pushed = 0;
    try {
      await captureChanges(db, clock, async (stamped, ended) => {
        waiting.push(...stamped);
        while (waiting.length >= batch || (ended && waiting.length > 0)) {
          const records = waiting.splice(0, batch);
          await pipeline.send(records.map(documentOf), records);
        }
        if (ended) pushed += await pipeline.finish();
      });
    } finally {
      await pipeline.abandon();
    }
    return pushed + (await push(refused));
  }

  type FeedRow = { id: string; deleted?: string; doc?: Record<string, unknown> };
  /** Server documents read and checked, not applied yet: what to merge, what was skipped, which conflicting revisions lose. */
  type ReadVersions = { versions: RemoteVersion[]; rejected: RejectedDocument[]; losers: { _id: string; _rev: string; _deleted: true }[] };

  /** Reads server documents: each checked (parseSyncDocument), a document's conflicting revisions fetched to be merged with it. Writes nothing. */
  async function readVersions(rows: readonly FeedRow[]): Promise<ReadVersions> {
    const read: ReadVersions = { versions: [], rejected: [], losers: [] };
    for (const row of rows) {
      if (row.deleted) {
        if (parseSyncDocId(row.id)) read.versions.push({ kind: 'deleted', id: row.id, rev: row.deleted });
        continue;
      }
      if (!row.doc) continue;
      const parsed = parseSyncDocument(row.doc, now());
      if (parsed.kind === 'foreign') continue;
      if (parsed.kind === 'rejected') {
        read.rejected.push({ id: parsed.id, reason: parsed.reason, code: parsed.code, ...(parsed.field ? { field: parsed.field } : {}), at: now() });
        continue;
      }
      const winner = parsed.doc as SyncDocument & { _rev: string };
      const conflicts = Array.isArray(row.doc['_conflicts']) ? (row.doc['_conflicts'] as string[]) : [];
      if (conflicts.length) {
        // Server conflicts: every leaf is merged by the same rule; the losing leaves are deleted.
        for (const leaf of await client.openRevs(winner._id, conflicts)) {
          const other = parseSyncDocument(leaf, now());
          if (other.kind === 'record') read.versions.push({ kind: 'doc', doc: other.doc as SyncDocument & { _rev: string } });
        }
        read.losers.push(...conflicts.map((rev) => ({ _id: winner._id, _rev: rev, _deleted: true as const })));
      }
      // The winner last, so the record ends on its revision (the one the merge is pushed on).
      read.versions.push({ kind: 'doc', doc: winner });
    }
    return read;
  }

  /** Applies documents read by readVersions in one transaction; reports what was skipped, deletes the losing conflicting revisions. */
  async function applyRead({ versions, rejected, losers }: ReadVersions): Promise<{ rejected: number }> {
    const outcome = await applyRemote(db, versions, replicaId, now);
    await reject([...rejected, ...outcome.rejected]);
    await countConflicts(db, outcome.conflictsResolved + (losers.length ? new Set(losers.map((l) => l._id)).size : 0));
    if (losers.length) await client.bulkDocs(losers);
    return { rejected: rejected.length + outcome.rejected.length };
  }

  /** Reads server documents (merging a document's conflicting revisions first) and applies them in one transaction. */
  const applyVersions = async (rows: readonly FeedRow[]) => applyRead(await readVersions(rows));

  const rowsOf = (results: ChangesRow[]) =>
    results.map((row) => (row.deleted ? { id: row.id, deleted: row.changes[0]?.rev ?? '' } : { id: row.id, doc: row.doc }));

  /**
   * Whether the next page of the feed is read without documents: right after a push the feed is
   * mostly our own documents coming back, which need no download; the others are then fetched by id.
   * Otherwise the documents come with the feed (one request per page).
   */
  let echoExpected = false;

  /** A page of the feed from `since`: with documents, or (right after a push) ids and revisions only, more of them. */
  const fetchPage = (since: string | number | null, withDocs: boolean, live?: { signal: AbortSignal }): Promise<ChangesPage> =>
    client.changes({
      since,
      limit: withDocs ? batch * docPageFactor : batch * idPageFactor,
      includeDocs: withDocs,
      longpollMs: live ? longpollMs : undefined,
      signal: live?.signal,
    });

  /**
   * The server's copy of the checkpoint (`_local/baton-<replica>`), written in the background while
   * the next pages are fetched and applied: one write at a time, each of the latest checkpoint (pages
   * applied meanwhile are written together). The local checkpoint is what a pull resumes from; the
   * server's copy tells a database made again (checkCheckpoint).
   */
  let serverCheckpoint: Promise<void> = Promise.resolve();
  let wantedOnServer: string | number | null = null;
  let writingOnServer = false;
  async function saveServerCheckpoint(seq: string | number): Promise<void> {
    const progress = await readSyncProgress(db);
    const body = { seq, replica: replicaId, at: now(), ...(progress.checkpointRev ? { _rev: progress.checkpointRev } : {}) };
    let saved: { rev: string };
    try {
      saved = await client.putLocal(checkpoint, body);
    } catch (error) {
      if (!(error instanceof SyncError) || error.status !== 409) throw error;
      const current = await client.getLocal(checkpoint);
      saved = await client.putLocal(checkpoint, { ...body, _rev: current?._rev });
    }
    await writeSyncProgress(db, { checkpointRev: saved.rev });
  }
  function queueServerCheckpoint(seq: string | number): void {
    wantedOnServer = seq;
    if (writingOnServer) return;
    writingOnServer = true;
    serverCheckpoint = (async () => {
      try {
        while (wantedOnServer !== null) {
          const next = wantedOnServer;
          wantedOnServer = null;
          await saveServerCheckpoint(next);
        }
      } finally {
        writingOnServer = false;
        wantedOnServer = null;
      }
    })();
    // Awaited by the pull that queued it; never an unhandled rejection meanwhile.
    serverCheckpoint.catch(() => undefined);
  }

  /** A page of the feed as fetched: with its documents already read (readVersions) when it came with them, so that work overlaps the page applied before. */
  type FetchedPage = { page: ChangesPage; read: ReadVersions | null };
  const fetchAndRead = (since: string | number | null, withDocs: boolean, live?: { signal: AbortSignal }): Promise<FetchedPage> =>
    fetchPage(since, withDocs, live).then(async (page) => ({ page, read: withDocs ? await readVersions(rowsOf(page.results)) : null }));

  /** Applies one page of the feed and moves the checkpoint past it (the server's copy follows in the background). */
  async function applyPage({ page, read }: FetchedPage): Promise<void> {
    await exclusive(async () => {
      if (read) await applyRead(read);
      else {
        const single = page.results.filter((r) => !r.deleted && r.changes.length === 1).map((r) => ({ id: r.id, rev: r.changes[0]!.rev }));
        // Our own documents coming back: known from this run's push, or else from what sync knows.
        const echoes = new Set(single.filter((r) => ownRevs?.get(r.id) === r.rev).map((r) => r.id));
        for (const id of await knownAtRevisions(
          db,
          single.filter((r) => !echoes.has(r.id)),
        ))
          echoes.add(id);
        const others = page.results.filter((r) => !echoes.has(r.id));
        for (let i = 0; i < others.length; i += batch) {
          const fetched = await client.fetchDocs(others.slice(i, i + batch).map((r) => r.id));
          await applyVersions(fetched.map((f) => ({ id: f.id, deleted: f.deleted?.rev, doc: f.doc })));
        }
        echoExpected = echoes.size * 2 >= page.results.length;
      }
      await writeSyncProgress(db, { pullSeq: page.last_seq });
    });
    queueServerCheckpoint(page.last_seq);
  }

  /** One long poll of the feed (live sync), applied and checkpointed; how many changes it held. */
  async function pullLive(signal: AbortSignal): Promise<number> {
    const since = (await readSyncProgress(db)).pullSeq;
    const fetched = await fetchAndRead(since, true, { signal });
    const { page } = fetched;
    const quiet = page.results.length === 0 && page.last_seq === since;
    if (!quiet) {
      await applyPage(fetched);
      await serverCheckpoint;
    }
    // "Last sync" on the Sync page says when this replica last knew it was in step with the server: a
    // long poll the server answered, with changes (applied) or without (nothing new), not when live
    // sync started. A poll the server left unanswered says nothing; while pushes after local writes
    // fail, the outbox is not in step whatever the feed says.
    if (!(quiet && page.unanswered) && !pushFailing) await markInStep();
    return page.results.length;
  }

  /**
   * Pulls the feed from the checkpoint to its end. A page with documents is applied while the next
   * one is on the wire and read; the mode of the page after one read without documents depends on what it held.
   */
  async function pull(): Promise<number> {
    let pulled = 0;
    let since = (await readSyncProgress(db)).pullSeq;
    let withDocs = !echoExpected;
    let next = fetchAndRead(since, withDocs);
    let failed = false;
    try {
      for (;;) {
        const fetched = await next;
        const { page } = fetched;
        if (page.results.length === 0 && page.last_seq === since) return pulled;
        const more = page.results.length >= (withDocs ? batch * docPageFactor : batch * idPageFactor);
        if (more && withDocs) {
          next = fetchAndRead(page.last_seq, true);
          next.catch(() => undefined);
        }
        await applyPage(fetched);
        pulled += page.results.length;
        if (!more) return pulled;
        since = page.last_seq;
        if (!withDocs) {
          withDocs = !echoExpected;
          next = fetchAndRead(since, withDocs);
        }
      }
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      // A page asked for ahead is waited for (not applied) when this one failed; the server's
      // checkpoint of every applied page is written before the pull returns.
      await next.catch(() => undefined);
      if (failed) await serverCheckpoint.catch(() => undefined);
      else await serverCheckpoint;
    }
  }

  /** "Last sync" is now, with no problem: the replica knows it is in step with the server. */
  const markInStep = () => writeSyncProgress(db, { lastSyncAt: now(), lastProblem: null });

  const before = async () => {
    const progress = await readSyncProgress(db);
    return { conflicts: progress.conflictsResolved, rejected: progress.rejectedCount };
  };

  /** One whole sync: check the database and checkpoint, capture and push, pull, push what the pull merged. */
  async function syncOnce(): Promise<SyncRunResult> {
    const start = await before();
    // The database is checked before anything is captured and pushed: the push starts with the capture.
    await verify();
    await checkCheckpoint();
    // A document the server refused is reported once per run, not once per push.
    const refused = new Set<string>();
    let pulled: number;
    let pushed: number;
    ownRevs = new Map();
    try {
      pushed = await exclusive(() => captureAndPush(refused));
      echoExpected = pushed > 0;
      pulled = await pull();
    } finally {
      ownRevs = null;
    }
    pushed += await exclusive(() => push(refused));
    pushFailing = false;
    const end = await markInStep();
    return { pushed, pulled, conflictsResolved: end.conflictsResolved - start.conflicts, rejected: end.rejectedCount - start.rejected };
  }

  // Live sync.
  let stopper: AbortController | null = null;
  /** The last push after a local write failed (until a push or a whole run succeeds). */
  let pushFailing = false;
  let dirty = false;
  let pushing: Promise<unknown> | null = null;
  // Live pushes after local writes report a refused document once, until the next full run.
  let nudgeRefused = new Set<string>();

  const problemOf = (error: unknown): SyncError =>
    error instanceof SyncError ? error : new SyncError('server_error', null, error instanceof Error ? error.message : String(error));
  const sleep = (ms: number, signal: AbortSignal) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    });

  async function liveLoop(signal: AbortSignal) {
    let wait = retry.first;
    while (!signal.aborted) {
      try {
        options.onActivity?.({ state: 'syncing' });
        nudgeRefused = new Set();
        await syncOnce();
        options.onActivity?.({ state: 'live' });
        wait = retry.first;
        while (!signal.aborted) await pullLive(signal);
      } catch (error) {
        if (signal.aborted) break;
        const failure = problemOf(error);
        await writeSyncProgress(db, { lastProblem: failure.problem });
        log(`sync: ${failure.message}`);
        if (!transientProblems.has(failure.problem)) {
          options.onActivity?.({ state: 'failed', problem: failure.problem });
          stopper = null;
          return;
        }
        options.onActivity?.({ state: 'retrying', problem: failure.problem, retryAt: now() + wait });
        await sleep(wait, signal);
        wait = Math.min(retry.max, wait * 2);
      }
    }
  }

  return {
    client,
    syncOnce,
    /** Starts live sync (no-op when running); ends with `stop`. */
    startLive(): void {
      if (stopper) return;
      stopper = new AbortController();
      void liveLoop(stopper.signal);
    },
    /** A local write happened: with live sync on, capture and push it soon (writes in a burst go together). */
    nudge(): void {
      if (!stopper) return;
      dirty = true;
      if (pushing) return;
      pushing = (async () => {
        while (dirty && stopper) {
          dirty = false;
          try {
            const pushed = await exclusive(async () => {
              // Not before the live loop's run has checked the database: it may hold another workspace.
              if (!(await readSyncProgress(db)).verified) return false;
              await captureChanges(db, clock);
              await push(nudgeRefused);
              return true;
            });
            if (pushed) {
              pushFailing = false;
              await markInStep();
            }
          } catch (error) {
            // The live loop's next run retries; say what happened, and stop saying "in step" meanwhile.
            const failure = problemOf(error);
            pushFailing = true;
            log(`sync: push after a local change failed: ${failure.message}`);
            await writeSyncProgress(db, { lastProblem: failure.problem }).catch(() => undefined);
          }
        }
        pushing = null;
      })();
    },
    get live(): boolean {
      return stopper !== null;
    },
    async stop(): Promise<void> {
      stopper?.abort();
      stopper = null;
      await pushing;
      await tail;
    },
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
