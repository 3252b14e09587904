import type { TFunction } from 'i18next';
import { importIssueCodes, type CsvFileError, type ImportIssueCode, type ImportTarget, type RowIssue } from '@shared/import';
import { reasonCodes } from '@shared/model';
import { reasonText } from '../../i18n/field-errors';

type Translate = (key: string, options?: Record<string, unknown>) => string;
/** Keys built at run time: i18next's typed keys cannot check them against their values. */
const dynamic = (t: TFunction) => t as unknown as Translate;

// Import-only codes, and shared ones whose shared wording needs limits a cell's issue does not carry.
const ownWording = new Set<string>([
  ...importIssueCodes.filter((c) => !(reasonCodes as readonly string[]).includes(c)),
  'too_long',
  'too_short',
  'out_of_range',
]);

/** A Baton field a column can fill, in words ("Contact · e-mail"). */
export const targetLabel = (t: TFunction, target: ImportTarget): string => dynamic(t)(`csvImport.target.${target.replace('.', '_')}`);

/** Why a cell was refused or flagged, in words; `plain` leaves the suggestion out (the report has a column for it). */
export function issueText(t: TFunction, issue: Pick<RowIssue, 'code' | 'suggestion'>, plain = false): string {
  if (issue.code === 'possible_typo' && plain) return dynamic(t)('csvImport.issue.possible_typo_plain');
  if (ownWording.has(issue.code)) return dynamic(t)(`csvImport.issue.${issue.code}`, { suggestion: issue.suggestion ?? '' });
  const shared = reasonText(t, { code: issue.code as Exclude<ImportIssueCode, 'possible_typo'> as never });
  // A shared wording that needs values a cell's issue does not carry says less rather than print its placeholders.
  return shared.includes('{{') ? dynamic(t)('csvImport.issue.not_accepted') : shared;
}

/** Why a file could not be read, naming the file. */
export function fileErrorText(t: TFunction, error: CsvFileError & { fileName: string }): string {
  const params: Record<string, unknown> = { name: error.fileName, encoding: error.encoding };
  if (error.error === 'duplicate_headers') params['headers'] = error.headers.join(', ');
  if (error.error === 'unclosed_quote') params['row'] = error.row;
  return dynamic(t)(`csvImport.fileError.${error.error}`, params);
}

export const encodingLabel = (encoding: string): string =>
  ({ 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', cp949: 'CP949 (EUC-KR)', 'windows-1252': 'Windows-1252' })[encoding] ?? encoding;
