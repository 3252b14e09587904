import type { WorkspaceTableName } from '../model';
import { createLineSplitter, createWorkspaceFileDecoder, type WorkspaceFileDecodeResult, type DecoderOptions } from './decode';

/**
 * Decodes a whole file held as text (or fed in pieces), collecting its records per table, which it
 * hands over only when the whole file checked out: a refused file yields no records at all.
 */
export function decodeWorkspaceText(
  pieces: string | readonly string[],
  options: DecoderOptions,
):
  | (WorkspaceFileDecodeResult & { ok: false })
  | (WorkspaceFileDecodeResult & { ok: true; records: Partial<Record<WorkspaceTableName, Record<string, unknown>[]>> }) {
  const decoder = createWorkspaceFileDecoder(options);
  const splitter = createLineSplitter();
  const records: Partial<Record<WorkspaceTableName, Record<string, unknown>[]>> = {};
  const take = (lines: string[], terminated = true) => {
    for (const line of lines) {
      const decoded = decoder.push(line, terminated);
      if (decoded.kind === 'table') records[decoded.table] = [];
      else if (decoded.kind === 'record') records[decoded.table]!.push(decoded.record);
    }
  };
  for (const piece of typeof pieces === 'string' ? [pieces] : pieces) take(splitter.push(piece));
  take(splitter.end(), false);
  const result = decoder.finish();
  return result.ok ? { ...result, records } : result;
}
