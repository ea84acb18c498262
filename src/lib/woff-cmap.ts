/**
 * Reads which characters a WOFF font file has glyphs for, from its `cmap` table. The unicode-range
 * a web font is declared with says what it is meant for, not what it draws (Noto Sans JP's Latin
 * file claims U+2000–206F but has no ※), so share images check the font itself.
 * @see https://www.w3.org/TR/WOFF/ (container) and https://learn.microsoft.com/typography/opentype/spec/cmap
 */
import { inflateSync } from 'node:zlib';

/** The uncompressed bytes of one table of a WOFF file, or undefined when it has none. */
function woffTable(woff: Buffer, tag: string): Buffer | undefined {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('Not a WOFF file.');
  const count = woff.readUInt16BE(12);
  for (let i = 0; i < count; i++) {
    const entry = 44 + i * 20;
    if (woff.toString('latin1', entry, entry + 4) !== tag) continue;
    const [offset, compressed, original] = [woff.readUInt32BE(entry + 4), woff.readUInt32BE(entry + 8), woff.readUInt32BE(entry + 12)];
    const data = woff.subarray(offset, offset + compressed);
    return compressed < original ? inflateSync(data) : data;
  }
  return undefined;
}

/** Code points a format 4 subtable (BMP) maps to a glyph other than .notdef. */
function format4(table: Buffer, at: number, found: Set<number>): void {
  const segments = table.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const [end, start] = [table.readUInt16BE(ends + s * 2), table.readUInt16BE(starts + s * 2)];
    const [delta, rangeOffset] = [table.readUInt16BE(deltas + s * 2), table.readUInt16BE(rangeOffsets + s * 2)];
    for (let point = start; point <= end && point !== 0xffff; point++) {
      const glyph = rangeOffset === 0 ? (point + delta) & 0xffff : table.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (point - start) * 2);
      if (glyph !== 0) found.add(point);
    }
  }
}

/** Code points a format 12 subtable (all planes) maps to a glyph other than .notdef. */
function format12(table: Buffer, at: number, found: Set<number>): void {
  const groups = table.readUInt32BE(at + 12);
  for (let g = 0; g < groups; g++) {
    const group = at + 16 + g * 12;
    const [start, end, glyph] = [table.readUInt32BE(group), table.readUInt32BE(group + 4), table.readUInt32BE(group + 8)];
    for (let point = start; point <= end; point++) if (glyph + point - start !== 0) found.add(point);
  }
}

/**
 * Every code point a WOFF font has a glyph for, from its Unicode `cmap` subtables (formats 4, 12).
 * @param woff The bytes of a `.woff` file.
 */
export function woffCodePoints(woff: Buffer): Set<number> {
  const cmap = woffTable(woff, 'cmap');
  if (!cmap) throw new Error('The font has no cmap table.');
  const found = new Set<number>();
  for (let i = 0; i < cmap.readUInt16BE(2); i++) {
    const record = 4 + i * 8;
    const [platform, encoding] = [cmap.readUInt16BE(record), cmap.readUInt16BE(record + 2)];
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const at = cmap.readUInt32BE(record + 4);
    const format = cmap.readUInt16BE(at);
    if (format === 4) format4(cmap, at, found);
    if (format === 12) format12(cmap, at, found);
  }
  return found;
}
