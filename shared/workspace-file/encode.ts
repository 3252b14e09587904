import type { WorkspaceTableName } from '../model';
import { createChecksum } from './checksum';
import { workspaceFileFormat, workspaceFileFormatVersion, type WorkspaceFileHeader } from './format';

export type WorkspaceFileHeaderInput = Omit<WorkspaceFileHeader, '$baton' | 'formatVersion'>;

/**
 * Writes a workspace file piece by piece: the header, then each table's section and its records
 * in pages, then the trailer with the counts and checksum of everything before it. Each call
 * returns the text to append (whole lines), so the caller streams it out as it goes.
 */
export function createWorkspaceFileEncoder(header: WorkspaceFileHeaderInput) {
  const checksum = createChecksum();
  const counts: Partial<Record<WorkspaceTableName, number>> = {};
  let current: WorkspaceTableName | null = null;
  const line = (text: string) => {
    const out = `${text}\n`;
    checksum.update(out);
    return out;
  };
  return {
    header: (): string => line(JSON.stringify({ $baton: workspaceFileFormat, formatVersion: workspaceFileFormatVersion, ...header })),
    table(name: WorkspaceTableName): string {
      if (counts[name] !== undefined) throw new Error(`table ${name} written twice`);
      counts[name] = 0;
      current = name;
      return line(JSON.stringify({ $table: name }));
    },
    records(records: readonly unknown[]): string {
      if (current === null) throw new Error('records before a table');
      let out = '';
      for (const record of records) out += `${JSON.stringify(record)}\n`;
      checksum.update(out);
      counts[current] = counts[current]! + records.length;
      return out;
    },
    end(): string {
      // The trailer is outside the sum it carries.
      return `${JSON.stringify({ $end: { counts, checksum: checksum.digest() } })}\n`;
    },
    counts: () => ({ ...counts }),
  };
}

/** A whole workspace held in memory as one file's text (tests, small workspaces); the app streams instead. */
export function encodeWorkspaceData(data: Partial<Record<WorkspaceTableName, readonly unknown[]>>, header: WorkspaceFileHeaderInput): string {
  const encoder = createWorkspaceFileEncoder(header);
  let out = encoder.header();
  for (const [name, records] of Object.entries(data) as [WorkspaceTableName, readonly unknown[]][]) out += encoder.table(name) + encoder.records(records);
  return out + encoder.end();
}
