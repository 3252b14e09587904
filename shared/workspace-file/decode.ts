import { z } from 'zod';
import { baseRecordSchema, workspaceTableSchemas, type WorkspaceTableName } from '../model';
import { createChecksum } from './checksum';
import {
  isWorkspaceTable,
  workspaceFileFormat,
  workspaceFileFormatVersion,
  workspaceFileHeaderSchema,
  workspaceFileTrailerSchema,
  type WorkspaceFileError,
  type WorkspaceFileHeader,
  type WorkspaceFileManifest,
} from './format';

export type DecoderOptions = {
  /** The newest workspace schema this app knows: a file written at a newer one is refused. */
  latestSchemaVersion: number;
  /** Invalid records reported before the decoder gives up (structural errors stop at once). */
  maxErrors?: number;
};

/** What one line was: nothing to store (header, section), a record of a table, or the end. */
export type DecodedLine =
  | { kind: 'header'; header: WorkspaceFileHeader; migrate: boolean }
  | { kind: 'table'; table: WorkspaceTableName }
  | { kind: 'record'; table: WorkspaceTableName; record: Record<string, unknown> }
  | { kind: 'end' }
  | { kind: 'skipped' }
  | { kind: 'failed' };

export type WorkspaceFileDecodeResult = { ok: true; manifest: WorkspaceFileManifest; migrate: boolean } | { ok: false; errors: WorkspaceFileError[] };

const controlHeaderSchema = z.object({ $baton: z.unknown() });
const sectionSchema = z.object({ $table: z.string() });
const endSchema = z.object({ $end: workspaceFileTrailerSchema });

const fieldOf = (issue: { path: PropertyKey[] } | undefined) => (issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(record)');

/**
 * Reads a workspace file line by line and checks all of it: the header (format, versions), every
 * record against its table's schema (ids unique per table), the counts and the checksum in the
 * trailer, and that nothing follows it. `push` says what each line was so the caller can keep or
 * stage records; `finish` gives the verdict, which is the only thing allowed to let a write stand.
 * A file at an older schema version passes records with only the fields every version had checked
 * (`migrate: true`): they are upgraded by the database's own migrations and checked again after.
 */
export function createWorkspaceFileDecoder(options: DecoderOptions) {
  const maxErrors = options.maxErrors ?? 20;
  const checksum = createChecksum();
  const errors: WorkspaceFileError[] = [];
  const counts: Partial<Record<WorkspaceTableName, number>> = {};
  const ids = new Map<WorkspaceTableName, Set<string>>();
  let state: 'header' | 'body' | 'ended' | 'stopped' = 'header';
  let header: WorkspaceFileHeader | null = null;
  let trailer: z.infer<typeof workspaceFileTrailerSchema> | null = null;
  let table: WorkspaceTableName | null = null;
  let migrate = false;
  let lineNo = 0;

  const stop = (error: WorkspaceFileError): DecodedLine => {
    errors.push({ line: lineNo, ...error });
    state = 'stopped';
    return { kind: 'failed' };
  };
  const parse = (line: string): { ok: true; value: unknown } | { ok: false } => {
    try {
      return { ok: true, value: JSON.parse(line) };
    } catch {
      return { ok: false };
    }
  };

  function readHeader(line: string): DecodedLine {
    const json = parse(line);
    if (!json.ok || !controlHeaderSchema.safeParse(json.value).success) return stop({ code: 'not_a_workspace_file' });
    const value = json.value as Record<string, unknown>;
    if (value['$baton'] !== workspaceFileFormat) return stop({ code: 'not_a_workspace_file' });
    if (typeof value['formatVersion'] === 'number' && value['formatVersion'] > workspaceFileFormatVersion)
      return stop({ code: 'unsupported_format_version', detail: String(value['formatVersion']) });
    const parsed = workspaceFileHeaderSchema.safeParse(value);
    if (!parsed.success) return stop({ code: 'not_a_workspace_file', field: fieldOf(parsed.error.issues[0]), detail: parsed.error.issues[0]?.message });
    if (parsed.data.schemaVersion > options.latestSchemaVersion)
      return stop({ code: 'newer_schema', detail: `${parsed.data.schemaVersion} > ${options.latestSchemaVersion}` });
    header = parsed.data;
    migrate = parsed.data.schemaVersion < options.latestSchemaVersion;
    state = 'body';
    return { kind: 'header', header: parsed.data, migrate };
  }

  function readControl(line: string): DecodedLine {
    const json = parse(line);
    if (!json.ok) return stop({ code: 'malformed_line', table: table ?? undefined });
    const section = sectionSchema.safeParse(json.value);
    if (section.success) {
      const name = section.data.$table;
      if (!isWorkspaceTable(name)) return stop({ code: 'unknown_table', table: name });
      if (counts[name] !== undefined) return stop({ code: 'table_repeated', table: name });
      counts[name] = 0;
      ids.set(name, new Set());
      table = name;
      return { kind: 'table', table: name };
    }
    const end = endSchema.safeParse(json.value);
    if (end.success) {
      trailer = end.data.$end;
      state = 'ended';
      return { kind: 'end' };
    }
    return stop({ code: 'malformed_line', table: table ?? undefined });
  }

  function readRecord(line: string): DecodedLine {
    if (table === null) return stop({ code: 'record_outside_table' });
    const index = counts[table]!;
    counts[table] = index + 1;
    const json = parse(line);
    if (!json.ok) return stop({ code: 'malformed_line', table, index });
    const value = json.value as { id?: unknown } | null;
    const id = typeof value === 'object' && value !== null && typeof value.id === 'string' ? value.id : undefined;
    const schema = migrate ? baseRecordSchema.passthrough() : workspaceTableSchemas[table];
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      errors.push({ code: 'invalid_record', line: lineNo, table, index, id, field: fieldOf(parsed.error.issues[0]), detail: parsed.error.issues[0]?.message });
      if (errors.length >= maxErrors) state = 'stopped';
      return { kind: 'failed' };
    }
    const seen = ids.get(table)!;
    const recordId = (parsed.data as { id: string }).id;
    if (seen.has(recordId)) return stop({ code: 'duplicate_id', table, index, id: recordId });
    seen.add(recordId);
    return { kind: 'record', table, record: parsed.data as Record<string, unknown> };
  }

  return {
    /**
     * Reads one line (without its newline). `terminated: false` is the file's last piece when it
     * did not end in a newline (every writer ends each line): cut off there, it reads as truncated.
     */
    push(line: string, terminated = true): DecodedLine {
      lineNo++;
      if (state === 'stopped') return { kind: 'skipped' };
      if (!terminated && state === 'body' && parse(line).ok === false) return stop({ code: 'truncated', table: table ?? undefined });
      if (state === 'ended') {
        if (line.trim() === '') return { kind: 'skipped' };
        return stop({ code: 'content_after_end' });
      }
      if (state === 'header') {
        const result = readHeader(line);
        checksum.update(`${line}\n`);
        return result;
      }
      if (line.startsWith('{"$')) {
        const result = readControl(line);
        if (result.kind !== 'end') checksum.update(`${line}\n`);
        return result;
      }
      checksum.update(`${line}\n`);
      return readRecord(line);
    },
    /** True once the file is refused whatever follows (a structural error, or too many invalid records). */
    stopped: (): boolean => state === 'stopped',
    /** The verdict once every line is in. */
    finish(): WorkspaceFileDecodeResult {
      if (errors.length > 0) return { ok: false, errors };
      if (state === 'header' || header === null) return { ok: false, errors: [{ code: 'empty_file' }] };
      if (state !== 'ended' || trailer === null) return { ok: false, errors: [{ code: 'truncated', line: lineNo, table: table ?? undefined }] };
      const { counts: declared, checksum: sum } = trailer as z.infer<typeof workspaceFileTrailerSchema>;
      const tables = new Set([...Object.keys(declared), ...Object.keys(counts)]);
      for (const name of tables) {
        const read = counts[name as WorkspaceTableName] ?? 0;
        if ((declared[name] ?? 0) !== read) return { ok: false, errors: [{ code: 'count_mismatch', table: name, detail: `${declared[name] ?? 0} ≠ ${read}` }] };
      }
      if (sum !== checksum.digest()) return { ok: false, errors: [{ code: 'checksum_mismatch', detail: `${sum} ≠ ${checksum.digest()}` }] };
      return { ok: true, manifest: { ...(header as WorkspaceFileHeader), counts: { ...counts }, checksum: sum }, migrate };
    },
  };
}

/** Splits streamed text into lines (LF or CRLF), holding back a line until its end arrives. */
export function createLineSplitter() {
  let rest = '';
  return {
    /** The complete lines so far. */
    push(chunk: string): string[] {
      const text = rest + chunk;
      const lines = text.split('\n');
      rest = lines.pop()!;
      return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
    },
    /** What is left: a last line that did not end in a newline (empty when the text ended in one). */
    end(): string[] {
      const last = rest;
      rest = '';
      return last === '' ? [] : [last.endsWith('\r') ? last.slice(0, -1) : last];
    },
  };
}
