/**
 * node:zlib for the /studio bundle: what the workbook reader checks a zip container with — every entry really
 * inflated with a hard cap of the size it declares (a zip bomb whose directory lies stops there), and its CRC-32 —
 * synchronous like the reader. A plain RFC 1951 inflater: the workbooks are small, speed matters less than the cap.
 * Errors read as zlib's, so a damaged workbook is reported alike in the browser and by the CLI.
 */

class Bits {
  pos = 0;
  bit = 0;
  constructor(readonly data: Uint8Array) {}
  need(): never {
    throw new Error('unexpected end of file');
  }
  read(n: number): number {
    let v = 0;
    for (let i = 0; i < n; i++) {
      if (this.pos >= this.data.length) this.need();
      v |= ((this.data[this.pos]! >>> this.bit) & 1) << i;
      if (++this.bit === 8) {
        this.bit = 0;
        this.pos++;
      }
    }
    return v;
  }
  align(): void {
    if (this.bit) {
      this.bit = 0;
      this.pos++;
    }
  }
}

/** A canonical Huffman code as counts per length and symbols in code order (zlib's puff.c). */
interface Huffman {
  counts: Uint16Array;
  symbols: Uint16Array;
}

function huffman(lengths: Uint8Array | number[], n: number): Huffman {
  const counts = new Uint16Array(16);
  for (let i = 0; i < n; i++) counts[lengths[i]!]!++;
  counts[0] = 0;
  const offsets = new Uint16Array(16);
  for (let len = 1; len < 15; len++) offsets[len + 1] = offsets[len]! + counts[len]!;
  const symbols = new Uint16Array(n);
  for (let i = 0; i < n; i++) if (lengths[i]) symbols[offsets[lengths[i]!]!++] = i;
  return { counts, symbols };
}

function decode(b: Bits, h: Huffman): number {
  let code = 0;
  let first = 0;
  let index = 0;
  for (let len = 1; len < 16; len++) {
    code |= b.read(1);
    const count = h.counts[len]!;
    if (code - count < first) return h.symbols[index + (code - first)]!;
    index += count;
    first += count;
    first <<= 1;
    code <<= 1;
  }
  throw new Error('invalid code');
}

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385,
  24577,
];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

let fixed: { lit: Huffman; dist: Huffman } | null = null;
function fixedCodes() {
  if (!fixed) {
    const l = new Uint8Array(288);
    l.fill(8, 0, 144);
    l.fill(9, 144, 256);
    l.fill(7, 256, 280);
    l.fill(8, 280, 288);
    fixed = { lit: huffman(l, 288), dist: huffman(new Uint8Array(30).fill(5), 30) };
  }
  return fixed;
}

class Output {
  buf: Uint8Array;
  length = 0;
  constructor(readonly max: number) {
    this.buf = new Uint8Array(Math.min(max, 1 << 16));
  }
  private room(n: number) {
    if (this.length + n > this.max) throw new RangeError(`Cannot create a Buffer larger than ${this.max} bytes`);
    if (this.length + n > this.buf.length) {
      const next = new Uint8Array(Math.min(this.max, Math.max(this.buf.length * 2, this.length + n)));
      next.set(this.buf.subarray(0, this.length));
      this.buf = next;
    }
  }
  push(byte: number) {
    if (this.length >= this.buf.length) this.room(1);
    this.buf[this.length++] = byte;
  }
  copy(distance: number, length: number) {
    if (distance > this.length) throw new Error('invalid distance too far back');
    this.room(length);
    for (let i = 0; i < length; i++) {
      this.buf[this.length] = this.buf[this.length - distance]!;
      this.length++;
    }
  }
  bytes(data: Uint8Array) {
    this.room(data.length);
    this.buf.set(data, this.length);
    this.length += data.length;
  }
}

function codes(b: Bits, out: Output, lit: Huffman, dist: Huffman) {
  for (;;) {
    const sym = decode(b, lit);
    if (sym < 256) out.push(sym);
    else if (sym === 256) return;
    else {
      const i = sym - 257;
      if (i >= 29) throw new Error('invalid literal/length code');
      const length = LENGTH_BASE[i]! + b.read(LENGTH_EXTRA[i]!);
      const d = decode(b, dist);
      if (d >= 30) throw new Error('invalid distance code');
      out.copy(DIST_BASE[d]! + b.read(DIST_EXTRA[d]!), length);
    }
  }
}

function dynamic(b: Bits): { lit: Huffman; dist: Huffman } {
  const nlen = b.read(5) + 257;
  const ndist = b.read(5) + 1;
  const ncode = b.read(4) + 4;
  if (nlen > 286 || ndist > 30) throw new Error('too many length or distance symbols');
  const lengths = new Uint8Array(320);
  for (let i = 0; i < ncode; i++) lengths[ORDER[i]!] = b.read(3);
  const lencode = huffman(lengths, 19);
  let index = 0;
  const all = new Uint8Array(nlen + ndist);
  while (index < nlen + ndist) {
    const sym = decode(b, lencode);
    if (sym < 16) all[index++] = sym;
    else {
      let len = 0;
      let repeat: number;
      if (sym === 16) {
        if (index === 0) throw new Error('invalid bit length repeat');
        len = all[index - 1]!;
        repeat = 3 + b.read(2);
      } else if (sym === 17) repeat = 3 + b.read(3);
      else repeat = 11 + b.read(7);
      if (index + repeat > nlen + ndist) throw new Error('invalid bit length repeat');
      while (repeat--) all[index++] = len;
    }
  }
  if (all[256] === 0) throw new Error('invalid code -- missing end-of-block');
  return { lit: huffman(all.subarray(0, nlen), nlen), dist: huffman(all.subarray(nlen), ndist) };
}

export function inflateRawSync(data: Uint8Array, options: { maxOutputLength?: number } = {}): Uint8Array {
  const b = new Bits(data);
  const out = new Output(options.maxOutputLength ?? 2 ** 31 - 1);
  let last = 0;
  while (!last) {
    last = b.read(1);
    const type = b.read(2);
    if (type === 0) {
      b.align();
      if (b.pos + 4 > data.length) b.need();
      const len = data[b.pos]! | (data[b.pos + 1]! << 8);
      const nlen = data[b.pos + 2]! | (data[b.pos + 3]! << 8);
      if (len !== (~nlen & 0xffff)) throw new Error('invalid stored block lengths');
      b.pos += 4;
      if (b.pos + len > data.length) b.need();
      out.bytes(data.subarray(b.pos, b.pos + len));
      b.pos += len;
    } else if (type === 1) {
      const f = fixedCodes();
      codes(b, out, f.lit, f.dist);
    } else if (type === 2) {
      const d = dynamic(b);
      codes(b, out, d.lit, d.dist);
    } else throw new Error('invalid block type');
  }
  return out.buf.subarray(0, out.length);
}

let table: Uint32Array | null = null;
export function crc32(data: Uint8Array, value = 0): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = ~value >>> 0;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

export const deflateRawSync = (): never => {
  throw new Error('zlib.deflateRawSync is not available in the browser');
};
export const gzipSync = deflateRawSync;
export default { inflateRawSync, crc32 };
