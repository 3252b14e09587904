import { reasonCodes } from '../model/field-error';
import type { ImportTarget } from './import-mapping';

/** Import-only reasons, beside the shared field-error codes the UI already translates. */
export const importIssueCodes = [
  ...reasonCodes,
  'unknown_stage',
  'unknown_value',
  'possible_typo',
  'missing_value',
  'missing_link',
  'conflicting_value',
  'extra_cells',
  'invalid_quotes',
  /** An updated record's new stage the lifecycle (or the pipeline) does not allow from where it stands: it keeps its stage. */
  'stage_move_refused',
] as const;
export type ImportIssueCode = (typeof importIssueCodes)[number];

/**
 * One problem with one cell. `row` is the spreadsheet row number (the header is row 1, the first
 * data row is row 2). An error keeps the whole row out of the import; a warning imports it as read.
 */
export type RowIssue = {
  row: number;
  column: string;
  value: string;
  /** The Baton field the cell was read for; it names what is missing when the column is only where the issue is filed (Proposal sent needs an amount). */
  field?: ImportTarget;
  code: ImportIssueCode;
  severity: 'error' | 'warning';
  /** For a possible typo: the known value the cell is close to. */
  suggestion?: string;
};
