const table = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/**
 * A running CRC-32 over text, fed line by line. Each UTF-16 code unit is fed as its UTF-8 bytes
 * (a surrogate half as three bytes, CESU-8 style), so the sum is the same whether the file was
 * compressed or not and needs no TextEncoder pass over hundreds of megabytes.
 */
export function createChecksum() {
  let crc = -1;
  return {
    update(text: string): void {
      let c = crc;
      for (let i = 0; i < text.length; i++) {
        const u = text.charCodeAt(i);
        if (u < 0x80) c = table[(c ^ u) & 0xff]! ^ (c >>> 8);
        else if (u < 0x800) {
          c = table[(c ^ (0xc0 | (u >> 6))) & 0xff]! ^ (c >>> 8);
          c = table[(c ^ (0x80 | (u & 0x3f))) & 0xff]! ^ (c >>> 8);
        } else {
          c = table[(c ^ (0xe0 | (u >> 12))) & 0xff]! ^ (c >>> 8);
          c = table[(c ^ (0x80 | ((u >> 6) & 0x3f))) & 0xff]! ^ (c >>> 8);
          c = table[(c ^ (0x80 | (u & 0x3f))) & 0xff]! ^ (c >>> 8);
        }
      }
      crc = c;
    },
    /** The sum so far, as written in the trailer. */
    digest(): string {
      return `crc32:${((crc ^ -1) >>> 0).toString(16).padStart(8, '0')}`;
    },
  };
}
