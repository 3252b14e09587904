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
import { readSyncProgress, recordRejections, startOver, writeSyncProgress } from '../db/repositories/sync-state-repository';
import { createCouchClient, SyncError, type ChangesRow, type CouchConnection } from './couch-client';

export type SyncEngineOptions = {
  db: WorkspaceDb;
  connection: CouchConnection;
  replicaId: string;
  now?: () => number;
  /** Where skipped documents and retries are logged (the worker: the console). */
  log?: (message: string) => void;
  onActivity?: (activity: SyncActivity) => void;
  /** Documents per `_bulk_docs` and per `_changes` page. */
  batchSize?: number;
  /** How long one long poll waits for a change. */
  longpollMs?: number;
  /** Back-off after a transient failure: first wait and cap. */
  retryMs?: { first: number; max: number };
};

/** What one sync run did. */
export type SyncRunResult = { pushed: number; pulled: number; conflictsResolved: number; rejected: number };

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
    for (const r of rejected) log(`sync skipped document ${r.id}: ${r.reason}`);
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

  /** Pushes the outbox until it is empty (or holds only documents the server refused this run). */
  async function push(refused = new Set<string>()): Promise<number> {
    let pushed = 0;
    for (;;) {
      const docs = (await pendingDocuments(db, batch + refused.size)).filter((d) => !refused.has(d._id)).slice(0, batch);
      if (docs.length === 0) return pushed;
      const results = await client.bulkDocs(docs.map(toWireDocument));
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
          rejected.push({ id: result.id, reason: `server refused: ${result.error ?? ''} ${result.reason ?? ''}`.trim(), at: now() });
        }
      }
      await confirmPushed(db, confirmed);
      pushed += confirmed.length;
      if (conflicted.length) {
        // Someone wrote these documents since: fetch, merge, and push the merge on their revision.
        const fetched = await client.fetchDocs(conflicted);
        const outcome = await applyVersions(fetched.map((f) => ({ id: f.id, deleted: f.deleted?.rev, doc: f.doc })));
        if (outcome.rejected) for (const id of conflicted) refused.add(id);
      }
      await reject(rejected);
    }
  }

  /** Reads server documents (merging a document's conflicting revisions first) and applies them in one transaction. */
  async function applyVersions(rows: { id: string; deleted?: string; doc?: Record<string, unknown> }[]): Promise<{ rejected: number }> {
    const versions: RemoteVersion[] = [];
    const rejected: RejectedDocument[] = [];
    const losers: { _id: string; _rev: string; _deleted: true }[] = [];
    for (const row of rows) {
      if (row.deleted) {
        if (parseSyncDocId(row.id)) versions.push({ kind: 'deleted', id: row.id, rev: row.deleted });
        continue;
      }
      if (!row.doc) continue;
      const parsed = parseSyncDocument(row.doc, now());
      if (parsed.kind === 'foreign') continue;
      if (parsed.kind === 'rejected') {
        rejected.push({ id: parsed.id, reason: parsed.reason, at: now() });
        continue;
      }
      const winner = parsed.doc as SyncDocument & { _rev: string };
      const conflicts = Array.isArray(row.doc['_conflicts']) ? (row.doc['_conflicts'] as string[]) : [];
      if (conflicts.length) {
        // Server conflicts: every leaf is merged by the same rule; the losing leaves are deleted.
        for (const leaf of await client.openRevs(winner._id, conflicts)) {
          const other = parseSyncDocument(leaf, now());
          if (other.kind === 'record') versions.push({ kind: 'doc', doc: other.doc as SyncDocument & { _rev: string } });
        }
        losers.push(...conflicts.map((rev) => ({ _id: winner._id, _rev: rev, _deleted: true as const })));
      }
      // The winner last, so the record ends on its revision (the one the merge is pushed on).
      versions.push({ kind: 'doc', doc: winner });
    }
    const outcome = await applyRemote(db, versions, replicaId, now);
    await reject([...rejected, ...outcome.rejected]);
    await countConflicts(db, outcome.conflictsResolved + (losers.length ? new Set(losers.map((l) => l._id)).size : 0));
    if (losers.length) await client.bulkDocs(losers);
    return { rejected: rejected.length + outcome.rejected.length };
  }

  const rowsOf = (results: ChangesRow[]) =>
    results.map((row) => (row.deleted ? { id: row.id, deleted: row.changes[0]?.rev ?? '' } : { id: row.id, doc: row.doc }));

  /**
   * Whether the next page of the feed is read without documents: right after a push the feed is
   * mostly our own documents coming back, which need no download; the others are then fetched by id.
   * Otherwise the documents come with the feed (one request per page).
   */
  let echoExpected = false;

  /** One page of the changes feed applied and checkpointed; how many changes it held. */
  async function pullPage(longpoll: boolean, signal?: AbortSignal): Promise<number> {
    const since = (await readSyncProgress(db)).pullSeq;
    const withDocs = longpoll || !echoExpected;
    const page = await client.changes({ since, limit: batch, includeDocs: withDocs, longpollMs: longpoll ? longpollMs : undefined, signal });
    if (page.results.length === 0 && page.last_seq === since) return 0;
    await exclusive(async () => {
      if (withDocs) await applyVersions(rowsOf(page.results));
      else {
        const single = page.results.filter((r) => !r.deleted && r.changes.length === 1).map((r) => ({ id: r.id, rev: r.changes[0]!.rev }));
        const echoes = await knownAtRevisions(db, single);
        const others = page.results.filter((r) => !echoes.has(r.id));
        if (others.length) {
          const fetched = await client.fetchDocs(others.map((r) => r.id));
          await applyVersions(fetched.map((f) => ({ id: f.id, deleted: f.deleted?.rev, doc: f.doc })));
        }
        echoExpected = echoes.size * 2 >= page.results.length;
      }
      const progress = await writeSyncProgress(db, { pullSeq: page.last_seq });
      const body = { seq: page.last_seq, replica: replicaId, at: now(), ...(progress.checkpointRev ? { _rev: progress.checkpointRev } : {}) };
      let saved: { rev: string };
      try {
        saved = await client.putLocal(checkpoint, body);
      } catch (error) {
        if (!(error instanceof SyncError) || error.status !== 409) throw error;
        const current = await client.getLocal(checkpoint);
        saved = await client.putLocal(checkpoint, { ...body, _rev: current?._rev });
      }
      await writeSyncProgress(db, { checkpointRev: saved.rev });
    });
    return page.results.length;
  }

  async function pull(): Promise<number> {
    let pulled = 0;
    for (;;) {
      const n = await pullPage(false);
      pulled += n;
      if (n < batch) return pulled;
    }
  }

  const before = async () => {
    const progress = await readSyncProgress(db);
    return { conflicts: progress.conflictsResolved, rejected: progress.rejectedCount };
  };

  /** One whole sync: capture, check the database and checkpoint, push, pull, push what the pull merged. */
  async function syncOnce(): Promise<SyncRunResult> {
    const start = await before();
    await exclusive(() => captureChanges(db, clock));
    await verify();
    await checkCheckpoint();
    // A document the server refused is reported once per run, not once per push.
    const refused = new Set<string>();
    let pushed = await exclusive(() => push(refused));
    echoExpected = pushed > 0;
    const pulled = await pull();
    pushed += await exclusive(() => push(refused));
    const end = await writeSyncProgress(db, { lastSyncAt: now(), lastProblem: null });
    return { pushed, pulled, conflictsResolved: end.conflictsResolved - start.conflicts, rejected: end.rejectedCount - start.rejected };
  }

  // Live sync.
  let stopper: AbortController | null = null;
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
        while (!signal.aborted) await pullPage(true, signal);
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
            await exclusive(async () => {
              await captureChanges(db, clock);
              await push(nudgeRefused);
            });
            await writeSyncProgress(db, { lastSyncAt: now(), lastProblem: null });
          } catch (error) {
            // The live loop's next run retries; say what happened.
            log(`sync: push after a local change failed: ${problemOf(error).message}`);
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
