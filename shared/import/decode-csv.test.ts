import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from './decode-csv';

const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[i * 2] = s.charCodeAt(i) & 0xff;
    out[i * 2 + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
};
const swap = (b: Uint8Array) => b.map((_, i) => b[i ^ 1]!);
const bytes = (...parts: (number[] | Uint8Array)[]) => new Uint8Array(parts.flatMap((p) => [...p]));

// KS X 1001 code points of Korean Excel's CSV, written out by hand so the test does not lean on the decoder it checks.
const CP949 = { 이름: [0xc0, 0xcc, 0xb8, 0xa7], 한국: [0xc7, 0xd1, 0xb1, 0xb9], 가: [0xb0, 0xa1], 김: [0xb1, 0xe8] };

describe('decodeCsvBytes', () => {
  it('drops a UTF-8 BOM and says it was there', () => {
    expect(decodeCsvBytes(bytes([0xef, 0xbb, 0xbf], utf8('이름,email\r\n')))).toEqual({ ok: true, text: '이름,email\r\n', encoding: 'utf-8', hadBom: true });
    expect(decodeCsvBytes(utf8('name\n'))).toMatchObject({ ok: true, encoding: 'utf-8', hadBom: false });
  });

  it('reads UTF-16 with either BOM, and little-endian without one (Excel\'s "Unicode text")', () => {
    const text = 'name\temail\r\n김민준\tkim@example.com\r\n';
    expect(decodeCsvBytes(bytes([0xff, 0xfe], utf16le(text)))).toEqual({ ok: true, text, encoding: 'utf-16le', hadBom: true });
    expect(decodeCsvBytes(bytes([0xfe, 0xff], swap(utf16le(text))))).toEqual({ ok: true, text, encoding: 'utf-16be', hadBom: true });
    expect(decodeCsvBytes(utf16le(text))).toEqual({ ok: true, text, encoding: 'utf-16le', hadBom: false });
    expect(decodeCsvBytes(swap(utf16le(text)))).toMatchObject({ ok: true, text, encoding: 'utf-16be' });
  });

  it('falls back to CP949 when the bytes are not UTF-8 (a Korean Excel file)', () => {
    const file = bytes(CP949.이름, utf8(',\r\n'), CP949.김, CP949.가, utf8(','), CP949.한국, utf8('\r\n'));
    expect(decodeCsvBytes(file)).toEqual({ ok: true, text: '이름,\r\n김가,한국\r\n', encoding: 'cp949', hadBom: false });
  });

  it('reads what is neither UTF-8 nor CP949 as Windows-1252 (Western Excel)', () => {
    // "Müller;Zürich" as Western Excel saves it: FC is ü, and FC 6C is no CP949 character.
    const file = bytes(utf8('M'), [0xfc], utf8('ller;Z'), [0xfc], utf8('rich'));
    expect(decodeCsvBytes(file)).toEqual({ ok: true, text: 'Müller;Zürich', encoding: 'windows-1252', hadBom: false });
  });

  it('uses a chosen encoding as is', () => {
    // C0 CC B8 A7 is not valid UTF-8: chosen as UTF-8 it is refused by name rather than garbled.
    expect(decodeCsvBytes(bytes(CP949.이름), 'utf-8')).toEqual({ ok: false, error: 'undecodable', encoding: 'utf-8' });
    expect(decodeCsvBytes(bytes(CP949.이름), 'cp949')).toMatchObject({ ok: true, text: '이름' });
  });

  it('names an empty file, BOM only or none', () => {
    expect(decodeCsvBytes(new Uint8Array())).toMatchObject({ ok: false, error: 'empty_file' });
    expect(decodeCsvBytes(bytes([0xef, 0xbb, 0xbf]))).toMatchObject({ ok: false, error: 'empty_file' });
  });

  it('round-trips any text through UTF-8 and UTF-16 with a BOM', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (text) => {
        expect(decodeCsvBytes(bytes([0xef, 0xbb, 0xbf], utf8(text)))).toMatchObject({ ok: true, text });
        expect(decodeCsvBytes(bytes([0xff, 0xfe], utf16le(text)))).toMatchObject({ ok: true, text });
      }),
    );
  });

  it('never throws on random bytes: text in some encoding or a named error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('auto', 'utf-8', 'utf-16le', 'utf-16be', 'cp949', 'windows-1252'), (data, encoding) => {
        const result = decodeCsvBytes(data, encoding);
        if (result.ok) expect(typeof result.text).toBe('string');
        else expect(['empty_file', 'undecodable']).toContain(result.error);
      }),
    );
  });
});
