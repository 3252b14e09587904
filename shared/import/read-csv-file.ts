import { decodeCsvBytes, type CsvEncoding, type DecodeError } from './decode-csv';
import { parseCsv, type CsvParseError, type ParsedCsv } from './parse-csv';

export type CsvFile = ParsedCsv & { encoding: CsvEncoding; hadBom: boolean };
export type CsvFileError = DecodeError | (CsvParseError & { encoding: CsvEncoding });

/** A file's bytes as header and rows, or the named reason it cannot be read (the worker's first step). */
export function readCsvBytes(bytes: Uint8Array, encoding: 'auto' | CsvEncoding = 'auto'): CsvFile | CsvFileError {
  const decoded = decodeCsvBytes(bytes, encoding);
  if (!decoded.ok) return decoded;
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok) return { ...parsed, encoding: decoded.encoding };
  return { ...parsed, encoding: decoded.encoding, hadBom: decoded.hadBom };
}
