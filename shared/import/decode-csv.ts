/** Encodings an import file can be read in; 'auto' detects. */
export const csvEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'cp949', 'windows-1252'] as const;
export type CsvEncoding = (typeof csvEncodings)[number];

export type DecodedCsv = { text: string; encoding: CsvEncoding; hadBom: boolean };
export type DecodeError = { ok: false; error: 'empty_file' | 'undecodable'; encoding: CsvEncoding };
export type DecodeResult = ({ ok: true } & DecodedCsv) | DecodeError;

type Decoder = { decode(bytes: Uint8Array): string };
type DecoderConstructor = new (label: string, options?: { fatal?: boolean }) => Decoder;

// shared/ is typed without DOM or Node globals; TextDecoder exists in both runtimes Baton uses (Chromium, Node with full ICU).
const TextDecoderImpl = (globalThis as unknown as { TextDecoder: DecoderConstructor }).TextDecoder;

// WHATWG's euc-kr decoder is Windows code page 949 (UHC), the superset Korean Excel writes.
const webLabel: Record<CsvEncoding, string> = {
  'utf-8': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  cp949: 'euc-kr',
  'windows-1252': 'windows-1252',
};

function bomOf(bytes: Uint8Array): { encoding: CsvEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a BOM: ASCII text has a zero in every other byte, on the odd side for little-endian. */
function sniffUtf16(bytes: Uint8Array): CsvEncoding | null {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.1) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.1) return 'utf-16be';
  return null;
}

function guess(bytes: Uint8Array): CsvEncoding {
  if (tryDecode(bytes, 'utf-8') !== null) return 'utf-8';
  return tryDecode(bytes, 'cp949') !== null ? 'cp949' : 'windows-1252';
}

function tryDecode(bytes: Uint8Array, encoding: CsvEncoding): string | null {
  try {
    return new TextDecoderImpl(webLabel[encoding], { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Bytes of an import file as text. A BOM decides; otherwise UTF-16 is sniffed, then strict UTF-8
 * and strict CP949 (Korean Excel's "CSV") are tried, and Windows-1252 (Western Excel's) takes what
 * neither reads. A chosen encoding is used as is (a BOM of that encoding is still dropped).
 * Never throws: bytes the chosen encoding cannot read are 'undecodable'.
 */
export function decodeCsvBytes(bytes: Uint8Array, encoding: 'auto' | CsvEncoding = 'auto'): DecodeResult {
  const bom = bomOf(bytes);
  const chosen: CsvEncoding = encoding !== 'auto' ? encoding : (bom?.encoding ?? sniffUtf16(bytes) ?? guess(bytes));
  const hadBom = bom !== null && bom.encoding === chosen;
  const body = hadBom ? bytes.subarray(bom.length) : bytes;
  if (body.length === 0) return { ok: false, error: 'empty_file', encoding: chosen };
  const text = tryDecode(body, chosen);
  if (text === null) return { ok: false, error: 'undecodable', encoding: chosen };
  return { ok: true, text, encoding: chosen, hadBom };
}
