import {
  detectPreset,
  planDedupe,
  previewImport,
  readCsvBytes,
  withNewOwners,
  ownersToCreate,
  type CsvEncoding,
  type CsvFile,
  type CsvFileError,
  type DedupeMode,
  type ImportMapping,
  type MapOptions,
  type MappedImport,
  type PresetDetection,
  type PreviewRow,
  type RowIssue,
} from '@shared/import';
import { newId } from '@shared/model';
import { loadImportSetting, runImport, type ImportOutcome, type ImportProgress, type ImportRequest } from '../db/repositories/import-repository';
import { openWorkspaceDb, type WorkspaceDb } from '../db/workspace-db';

/** What the file step shows: how the file was read and the mapping detected from its headers. */
export type ImportFileSummary =
  | {
      ok: true;
      fileName: string;
      encoding: CsvEncoding;
      hadBom: boolean;
      delimiter: string;
      headers: string[];
      rowCount: number;
      invalidQuoteRows: number[];
      detection: PresetDetection;
    }
  | (CsvFileError & { fileName: string });

/** What the mapping, preview and validate steps show: the first rows read as the import will, and every issue. */
export type ImportPreviewSummary = {
  rows: PreviewRow[];
  issues: RowIssue[];
  rejectedRows: number;
  rowsRead: number;
  stageValues: MappedImport['stageValues'];
  dateColumns: MappedImport['dateColumns'];
  owners: MappedImport['owners'];
  unmappedRequired: MappedImport['unmappedRequired'];
  candidates: { contacts: number; companies: number; deals: number; activities: number; tasks: number };
};

export type MappingChoices = { mapping: ImportMapping; stageChoices?: MapOptions['stageChoices']; dayOrders?: MapOptions['dayOrders'] };

/** What the dedupe step shows for a mode: how many records would be created, updated or left alone. */
export type DedupeEstimate = {
  contacts: { created: number; updated: number; skipped: number };
  companies: { created: number; updated: number; skipped: number };
};

export type RunChoices = MappingChoices & Pick<ImportRequest, 'mode' | 'createOwners' | 'viewName' | 'viewColumns'>;

/**
 * The import's worker side: holds the parsed file (100,000 rows never cross to the page), maps
 * it for the preview and runs the import on its own database connection. Cancel sets a flag the
 * import checks between chunks.
 */
export function createImportEngine(openDb: (name: string) => WorkspaceDb = (name) => openWorkspaceDb(name)) {
  let file: (CsvFile & { ok: true; fileName: string; bytes: Uint8Array }) | null = null;
  let cancelled = false;
  let db: WorkspaceDb | null = null;
  let dbName = '';
  const database = (name: string) => {
    if (!db || dbName !== name) {
      db?.close();
      db = openDb(name);
      dbName = name;
    }
    return db;
  };
  const current = () => {
    if (!file) throw new Error('No file has been read yet.');
    return file;
  };
  return {
    read(fileName: string, bytes: Uint8Array, encoding: 'auto' | CsvEncoding = 'auto'): ImportFileSummary {
      const read = readCsvBytes(bytes, encoding);
      if (!read.ok) {
        file = null;
        return { ...read, fileName };
      }
      file = { ...read, fileName, bytes };
      return {
        ok: true,
        fileName,
        encoding: read.encoding,
        hadBom: read.hadBom,
        delimiter: read.delimiter,
        headers: read.headers,
        rowCount: read.rows.length,
        invalidQuoteRows: read.invalidQuoteRows,
        detection: detectPreset(read.headers),
      };
    },
    /** Reads the same bytes again in another encoding (the user's choice). */
    reread(encoding: 'auto' | CsvEncoding): ImportFileSummary {
      const f = current();
      return this.read(f.fileName, f.bytes, encoding);
    },
    async preview(name: string, choices: MappingChoices, limit = 20): Promise<ImportPreviewSummary> {
      const f = current();
      const setting = await loadImportSetting(database(name));
      if (!setting) throw new Error('The workspace has no pipeline to import deals into.');
      const options = { ...setting.options, stageChoices: choices.stageChoices, dayOrders: choices.dayOrders };
      const { rows, mapped } = previewImport(f.headers, f.rows, choices.mapping, options, limit);
      return {
        rows,
        issues: mapped.issues,
        rejectedRows: mapped.rejectedRows.length,
        rowsRead: mapped.rowsRead,
        stageValues: mapped.stageValues,
        dateColumns: mapped.dateColumns,
        owners: mapped.owners,
        unmappedRequired: mapped.unmappedRequired,
        candidates: {
          contacts: mapped.contacts.length,
          companies: mapped.companies.length,
          deals: mapped.deals.length,
          activities: mapped.activities.length,
          tasks: mapped.tasks.length,
        },
      };
    },
    async estimate(name: string, choices: MappingChoices, mode: DedupeMode): Promise<DedupeEstimate> {
      const f = current();
      const workspace = database(name);
      const setting = await loadImportSetting(workspace);
      if (!setting?.design) throw new Error('The workspace has no lifecycle.');
      const { mapped } = previewImport(
        f.headers,
        f.rows,
        choices.mapping,
        { ...setting.options, stageChoices: choices.stageChoices, dayOrders: choices.dayOrders },
        0,
      );
      const withOwners = withNewOwners(mapped, ownersToCreate(mapped, { now: 0, newId }));
      const [contacts, companies] = await Promise.all([workspace.contacts.toArray(), workspace.companies.toArray()]);
      const plan = planDedupe(withOwners, { contacts, companies }, mode, { now: Date.now(), newId, firstStageId: setting.design.lifecycle.stages[0]!.id });
      const count = (p: { creates: unknown[]; updates: unknown[]; skips: unknown[] }) => ({
        created: p.creates.length,
        updated: p.updates.length,
        skipped: p.skips.length,
      });
      return { contacts: count(plan.contacts), companies: count(plan.companies) };
    },
    async run(name: string, choices: RunChoices, onProgress?: (p: ImportProgress) => void): Promise<ImportOutcome> {
      const f = current();
      cancelled = false;
      const detection = detectPreset(f.headers);
      return runImport(
        database(name),
        { fileName: f.fileName, encoding: f.encoding, preset: detection.preset, headers: f.headers, rows: f.rows, ...choices },
        { onProgress, cancelled: () => cancelled },
      );
    },
    cancel(): void {
      cancelled = true;
    },
    close(): void {
      db?.close();
      db = null;
      file = null;
    },
  };
}

export type ImportEngine = ReturnType<typeof createImportEngine>;
