import {
  dealKeyField,
  importRecordSchema,
  linkRecords,
  mapRows,
  ownersToCreate,
  planDedupe,
  planImportWrite,
  withNewOwners,
  type CsvRow,
  type DedupeMode,
  type ImportMapping,
  type ImportRecord,
  type ImportTarget,
  type MapOptions,
  type MappedImport,
  type RowIssue,
} from '@shared/import';
import { fieldError, newId, type Activity, type Deal, type Pipeline, type TeamMember } from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';
import { runWrite } from '../write-path';
import { getWorkspaceMeta } from './meta-repository';
import type { EditResult } from './contact-edit-repository';
import { activitiesOf, dealsOf, getActiveDesign, type ActiveDesign } from './scoring-context-repository';
import { undoBatch } from './undo-repository';

/** What the mapping step settled: the file's rows and where each column goes. */
export type ImportRequest = {
  fileName: string;
  encoding: string;
  preset: string;
  headers: string[];
  rows: CsvRow[];
  mapping: ImportMapping;
  mode: DedupeMode;
  stageChoices?: MapOptions['stageChoices'];
  dayOrders?: MapOptions['dayOrders'];
  /** Owner names no team member has become team members (shown before the import runs). */
  createOwners: boolean;
  /** The saved leads view's name ("Import of 1 Dec 2026"), in the user's language; null: no view. */
  viewName: string | null;
  /** The columns the saved view shows (the leads list's defaults). */
  viewColumns: string[];
};

export type ImportPhase = 'mapping' | 'planning' | 'writing';
export type ImportProgress = { phase: ImportPhase; done: number; total: number };

/** Thrown between chunks when the user cancels: the transaction aborts and nothing is written. */
export class ImportCancelledError extends Error {
  constructor() {
    super('The import was cancelled; nothing was written.');
    this.name = 'ImportCancelledError';
  }
}

export type ImportOutcome =
  | { ok: true; record: ImportRecord; issues: RowIssue[]; newMembers: string[] }
  | { ok: false; error: 'no_lifecycle' | 'no_pipeline' | 'unmapped_required'; missing?: ImportTarget[] };

/** The workspace's facts every mapping reads with: zone, currency, sales pipeline, lifecycle, team. */
export type ImportSetting = { options: MapOptions; design: ActiveDesign | null; members: TeamMember[] };

export async function loadImportSetting(db: WorkspaceDb): Promise<ImportSetting | null> {
  const [meta, design, pipelines, members] = await Promise.all([
    getWorkspaceMeta(db),
    getActiveDesign(db),
    db.pipelines.filter((p) => p.deletedAt === null).toArray(),
    db.teamMembers.filter((m) => m.deletedAt === null).toArray(),
  ]);
  const pipeline: Pipeline | undefined = pipelines.find((p) => p.kind === 'sales') ?? pipelines[0];
  if (!pipeline) return null;
  const options: MapOptions = {
    timeZone: meta?.calendar.timeZone ?? 'UTC',
    defaultCurrency: meta?.currency ?? 'USD',
    pipeline,
    lifecycle: design?.lifecycle,
    members: members.map((m) => ({ id: m.id, name: m.name, email: m.email })),
  };
  return { options, design, members };
}

const CHUNK = 2000;
const IN_FLIGHT = 4;

/** The first header a target is read from, for naming the cell of a refused move. */
const columnOfMapping = (mapping: ImportMapping) => (target: ImportTarget) =>
  Object.entries(mapping).find(([, m]) => m.kind === 'field' && m.target === target)?.[0] ?? target;

/**
 * Imports the rows in ONE transaction through the write path (origin "import", one batch): the
 * file is mapped, matched against the workspace (planDedupe, linkRecords), decided by shared's
 * planImportWrite and written in chunks; the import record is written last, in the same
 * transaction. A cancel or any failure between chunks aborts the transaction: nothing is left.
 */
export async function runImport(
  db: WorkspaceDb,
  request: ImportRequest,
  hooks: { onProgress?: (p: ImportProgress) => void; cancelled?: () => boolean; now?: number } = {},
): Promise<ImportOutcome> {
  const now = hooks.now ?? Date.now();
  const checkCancel = () => {
    if (hooks.cancelled?.()) throw new ImportCancelledError();
  };
  const setting = await loadImportSetting(db);
  if (!setting) return { ok: false, error: 'no_pipeline' };
  if (!setting.design) return { ok: false, error: 'no_lifecycle' };
  const design = setting.design;
  const options: MapOptions = { ...setting.options, stageChoices: request.stageChoices, dayOrders: request.dayOrders };
  hooks.onProgress?.({ phase: 'mapping', done: 0, total: request.rows.length });
  let mapped: MappedImport = mapRows(request.headers, request.rows, request.mapping, options);
  if (mapped.unmappedRequired.length > 0) return { ok: false, error: 'unmapped_required', missing: mapped.unmappedRequired };
  checkCancel();
  const members = request.createOwners ? ownersToCreate(mapped, { now, newId }) : [];
  mapped = withNewOwners(mapped, members);
  hooks.onProgress?.({ phase: 'planning', done: 0, total: request.rows.length });
  const dealKey = dealKeyField(request.mapping);
  const [contacts, companies, deals, personas] = await Promise.all([
    mapped.contacts.length > 0 ? db.contacts.toArray() : Promise.resolve([]),
    db.companies.toArray(),
    dealKey && mapped.deals.length > 0 ? db.deals.toArray() : Promise.resolve([] as Deal[]),
    db.personas.filter((p) => p.deletedAt === null).toArray(),
  ]);
  const firstStageId = design.lifecycle.stages[0]!.id;
  const plan = planDedupe(mapped, { contacts, companies }, request.mode, { now, newId, firstStageId });
  const linked = linkRecords(mapped, plan, { now, newId, deals: dealKey ? { existing: deals, key: dealKey, mode: request.mode } : undefined });
  checkCancel();
  // The lifecycle's criteria and a rescore read what is stored about a contact the file moves or adds events to.
  const withEvents = new Set(linked.activities.map((a) => a.contactId));
  const storedFacts = new Map<string, { activities: Activity[]; deals: Deal[] }>();
  for (const u of plan.contacts.updates)
    if (u.stageChange || withEvents.has(u.before.id))
      storedFacts.set(u.before.id, { activities: await activitiesOf(db, u.before.id), deals: await dealsOf(db, u.before.id) });
  const names = new Map<string, string>([
    ...companies.map((c) => [c.id, c.name] as const),
    ...setting.members.map((m) => [m.id, m.name] as const),
    ...members.map((m) => [m.id, m.name] as const),
    ...personas.map((p) => [p.id, p.name] as const),
  ]);
  const importId = newId();
  const write = planImportWrite({
    importId,
    fileName: request.fileName,
    now,
    newId,
    mapped,
    plan,
    linked,
    design: { ...design, personas, pipeline: options.pipeline },
    storedCompanies: new Map(companies.map((c) => [c.id, c])),
    storedFacts,
    columnOf: columnOfMapping(request.mapping),
    nameOf: (_field, id) => names.get(id) ?? null,
  });
  return runWrite(
    db,
    async (context) => {
      const steps: [string, 'add' | 'put', readonly object[]][] = [
        ['teamMembers', 'add', members],
        ['companies', 'add', write.companies.add],
        ['companies', 'put', write.companies.put],
        ['contacts', 'add', write.contacts.add],
        ['contacts', 'put', write.contacts.put],
        ['transitions', 'add', write.transitions],
        ['deals', 'add', write.deals.add],
        ['deals', 'put', write.deals.put],
        ['dealMoves', 'add', write.dealMoves],
        ['activities', 'add', write.activities],
        ['tasks', 'add', write.tasks],
      ];
      const total = steps.reduce((sum, [, , records]) => sum + records.length, 0);
      let done = 0;
      hooks.onProgress?.({ phase: 'writing', done, total });
      // A few chunks in flight: this thread prepares the next while the database writes the last (awaiting each drained the pipe).
      const inFlight: Promise<void>[] = [];
      for (const [table, how, records] of steps)
        for (let start = 0; start < records.length; start += CHUNK) {
          checkCancel();
          const chunk = records.slice(start, start + CHUNK);
          const written = (how === 'add' ? db.table(table).bulkAdd(chunk) : db.table(table).bulkPut(chunk)).then(() => {
            done += chunk.length;
            hooks.onProgress?.({ phase: 'writing', done, total });
          });
          // Seen here so a chunk failing after an earlier one is no unhandled rejection; awaited below all the same.
          written.catch(() => undefined);
          inFlight.push(written);
          if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
        }
      await Promise.all(inFlight);
      checkCancel();
      let leadViewId: string | null = null;
      if (request.viewName) {
        leadViewId = newId();
        const order = (await db.leadViews.count()) + 1;
        await db.leadViews.add({
          id: leadViewId,
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
          name: request.viewName.slice(0, 60),
          search: '',
          filters: { importId },
          sort: null,
          columns: request.viewColumns,
          order,
        });
      }
      const record = importRecordSchema.parse({
        id: importId,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
        fileName: request.fileName.slice(0, 500),
        batchId: context.batchId,
        at: now,
        status: 'done',
        mode: request.mode,
        preset: request.preset,
        encoding: request.encoding,
        counts: { ...write.counts, teamMembers: { created: members.length, updated: 0, skipped: 0 } },
        leadViewId,
        rolledBackAt: null,
      });
      await db.imports.add(record);
      return { ok: true as const, record, issues: [...mapped.issues, ...write.issues], newMembers: members.map((m) => m.name) };
    },
    { origin: 'import', now },
  );
}

/** One import by id, or undefined. */
export const getImport = (db: WorkspaceDb, importId: string): Promise<ImportRecord | undefined> => db.imports.get(importId);

/** Every import of the workspace, newest first. */
export async function listImports(db: WorkspaceDb): Promise<ImportRecord[]> {
  return (await db.imports.orderBy('at').reverse().toArray()).filter((r) => r.deletedAt === null);
}

/**
 * Rolls a whole import back: its batch in the change log is reverted (every record it created is
 * soft-deleted, every record it updated is as it was, its saved view goes) and the import is marked
 * rolled back, in one transaction. Refused, with the record's name, when something the import
 * wrote was changed since.
 */
export async function rollbackImport(db: WorkspaceDb, importId: string, now: number = Date.now()): Promise<EditResult<{ restored: number }>> {
  return runWrite(
    db,
    async () => {
      const record = await db.imports.get(importId);
      if (!record || record.status !== 'done') return { ok: false, errors: [fieldError('import', 'nothing_to_undo')] };
      const undone = await undoBatch(db, record.batchId, now);
      if (!undone.ok) return undone;
      await db.imports.put({ ...record, status: 'rolled_back', rolledBackAt: now, updatedAt: now });
      return undone;
    },
    { origin: 'undo', now },
  );
}
