import { runWrite } from '../write-path';
import { workspaceTableNames, workspaceTableSchemas, type WorkspaceData, type WorkspaceTableName } from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';

/** Where a record failed its schema: table, position, id and field. */
export type RecordIssue = { table: WorkspaceTableName; index: number; id: string | null; field: string; message: string };

export class WorkspaceValidationError extends Error {
  constructor(readonly issues: RecordIssue[]) {
    const first = issues[0];
    super(first ? `${issues.length} invalid record(s); first: ${first.table}[${first.index}] field "${first.field}": ${first.message}` : 'invalid workspace');
    this.name = 'WorkspaceValidationError';
  }
}

export type WriteProgress = { phase: 'validating' | 'writing'; done: number; total: number };

const MAX_ISSUES = 50;
const CHUNK = 5000;

/** Checks every record against its schema; returns at most 50 issues so a bad file still reports fast. */
export function validateWorkspaceData(data: WorkspaceData, onProgress?: (p: WriteProgress) => void): RecordIssue[] {
  const issues: RecordIssue[] = [];
  const total = workspaceTableNames.reduce((sum, t) => sum + data[t].length, 0);
  let done = 0;
  for (const table of workspaceTableNames) {
    const schema = workspaceTableSchemas[table];
    const records: unknown[] = data[table];
    for (let index = 0; index < records.length && issues.length < MAX_ISSUES; index++) {
      const result = schema.safeParse(records[index]);
      if (!result.success) {
        const record = records[index] as { id?: unknown };
        for (const issue of result.error.issues.slice(0, 3)) {
          issues.push({
            table,
            index,
            id: typeof record?.id === 'string' ? record.id : null,
            field: issue.path.join('.') || '(record)',
            message: issue.message,
          });
        }
      }
      if (++done % CHUNK === 0) onProgress?.({ phase: 'validating', done, total });
    }
  }
  return issues;
}

/**
 * Writes a whole workspace in one transaction: either every record lands or none does.
 * Validates first, so a bad record never leaves a half-written workspace.
 */
export async function writeWorkspaceData(
  db: WorkspaceDb,
  data: WorkspaceData,
  onProgress?: (p: WriteProgress) => void,
  origin: 'demo' | 'import' = 'import',
): Promise<void> {
  const issues = validateWorkspaceData(data, onProgress);
  if (issues.length > 0) throw new WorkspaceValidationError(issues);
  const total = workspaceTableNames.reduce((sum, t) => sum + data[t].length, 0);
  let done = 0;
  await runWrite(
    db,
    async () => {
      for (const table of workspaceTableNames) {
        const records = data[table];
        for (let start = 0; start < records.length; start += CHUNK) {
          const chunk = records.slice(start, start + CHUNK);
          await db.table(table).bulkAdd(chunk);
          done += chunk.length;
          onProgress?.({ phase: 'writing', done, total });
        }
      }
    },
    { origin },
  );
}

/** Every record of every table, soft-deleted ones included (export and sync need them). */
export async function readWorkspaceData(db: WorkspaceDb): Promise<WorkspaceData> {
  const entries = await Promise.all(workspaceTableNames.map(async (t) => [t, await db.table(t).toArray()] as const));
  return Object.fromEntries(entries) as WorkspaceData;
}

/** Counts per table of records not soft-deleted. */
export async function countRecords(db: WorkspaceDb): Promise<Record<WorkspaceTableName, number>> {
  const entries = await Promise.all(
    workspaceTableNames.map(
      async (t) =>
        [
          t,
          await db
            .table(t)
            .filter((r: { deletedAt: number | null }) => r.deletedAt === null)
            .count(),
        ] as const,
    ),
  );
  return Object.fromEntries(entries) as Record<WorkspaceTableName, number>;
}
