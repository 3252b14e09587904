import { z } from 'zod';
import { timestampSchema, workspaceTableNames, type WorkspaceTableName } from '../model';

/**
 * A workspace file is UTF-8 text, one JSON value a line (optionally gzip-compressed as a whole):
 *
 *     {"$baton":"workspace","formatVersion":1,…}      the header: versions, name, created at
 *     {"$table":"contacts"}                          a table's section…
 *     {"id":"…",…}                                   …one record a line
 *     {"$end":{"counts":{…},"checksum":"crc32:…"}}   the trailer: counts per table, checksum
 *
 * Lines, not one JSON document, so export and import stream: neither side ever holds the whole
 * file as one string. The counts and checksum come last because a streamed writer only knows them
 * at the end. Control lines start with `{"$`, which no record does (no schema has a `$` key).
 */
export const workspaceFileFormat = 'workspace';
export const workspaceFileFormatVersion = 1;
export const workspaceFileExtension = 'baton';

export const workspaceFileHeaderSchema = z.object({
  $baton: z.literal(workspaceFileFormat),
  formatVersion: z.number().int().positive(),
  appVersion: z.string(),
  /** The workspace database's schema version the records were read at. */
  schemaVersion: z.number().int().positive(),
  createdAt: timestampSchema,
  /** The workspace's name, proposed when the file becomes a new workspace. */
  name: z.string(),
  /** Records the writer expected to write: progress only (the trailer's counts are the truth). */
  expectedRecords: z.number().int().nonnegative(),
});
export type WorkspaceFileHeader = z.infer<typeof workspaceFileHeaderSchema>;

export const workspaceFileTrailerSchema = z.object({
  counts: z.record(z.string(), z.number().int().nonnegative()),
  checksum: z.string(),
});
export type WorkspaceFileTrailer = z.infer<typeof workspaceFileTrailerSchema>;

/** What a complete, verified file says about itself. */
export type WorkspaceFileManifest = WorkspaceFileHeader & WorkspaceFileTrailer & { counts: Partial<Record<WorkspaceTableName, number>> };

export type WorkspaceFileErrorCode =
  | 'empty_file'
  | 'not_a_workspace_file'
  | 'unsupported_format_version'
  | 'newer_schema'
  | 'malformed_line'
  | 'record_outside_table'
  | 'unknown_table'
  | 'table_repeated'
  | 'invalid_record'
  | 'duplicate_id'
  | 'count_mismatch'
  | 'checksum_mismatch'
  | 'truncated'
  | 'content_after_end'
  | 'unreadable';

/**
 * Why a file was refused, and where: the line (1-based), the table, the record's index in its
 * table (0-based) and its id, and the field. The UI words the code; `detail` is for the curious.
 */
export type WorkspaceFileError = {
  code: WorkspaceFileErrorCode;
  line?: number;
  table?: string;
  index?: number;
  id?: string;
  field?: string;
  detail?: string;
};

export const isWorkspaceTable = (name: string): name is WorkspaceTableName => (workspaceTableNames as readonly string[]).includes(name);
