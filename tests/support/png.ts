import { inflateSync } from 'node:zlib';

/** A decoded PNG: its size and its pixels as RGBA, row by row. */
export interface Image {
  width: number;
  height: number;
  rgba: Uint8Array;
}

/**
 * Decodes an 8-bit, non-interlaced RGB or RGBA PNG, which is what resvg writes; throws on others.
 * Enough to look at the pixels of a share image without another dependency.
 */
export function decodePng(png: Uint8Array): Image {
  const bytes = Buffer.from(png);
  if (bytes.toString('latin1', 1, 4) !== 'PNG') throw new Error('Not a PNG.');
  let offset = 8;
  let width = 0,
    height = 0,
    channels = 0;
  const data: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const chunk = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = chunk.readUInt32BE(0);
      height = chunk.readUInt32BE(4);
      const [depth, colourType, , , interlace] = [chunk[8], chunk[9], chunk[10], chunk[11], chunk[12]];
      channels = colourType === 6 ? 4 : colourType === 2 ? 3 : 0;
      if (depth !== 8 || !channels || interlace !== 0)
        throw new Error(`Unsupported PNG: depth ${depth}, colour type ${colourType}, interlace ${interlace}.`);
    }
    if (type === 'IDAT') data.push(chunk);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = new Uint8Array(height * stride);
  // One filter a row, each undone in its own loop: a few million bytes, so nothing is allocated per byte.
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const at = y * stride;
    const above = at - stride;
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? pixels[at + x - channels]! : 0;
      const up = y > 0 ? pixels[above + x]! : 0;
      let predictor = 0;
      if (filter === 1) predictor = left;
      else if (filter === 2) predictor = up;
      else if (filter === 3) predictor = (left + up) >> 1;
      else if (filter === 4) predictor = paeth(left, up, x >= channels && y > 0 ? pixels[above + x - channels]! : 0);
      pixels[at + x] = (line[x]! + predictor) & 0xff;
    }
  }
  if (channels === 4) return { width, height, rgba: pixels };
  const rgba = new Uint8Array(width * height * 4).fill(255);
  for (let i = 0; i < width * height; i++) rgba.set(pixels.subarray(i * 3, i * 3 + 3), i * 4);
  return { width, height, rgba };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a),
    pb = Math.abs(p - b),
    pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Share of pixels whose colour differs between two images of the same size, from 0 to 1. */
export function pixelDifference(a: Image, b: Image): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differ = 0;
  for (let i = 0; i < a.rgba.length; i += 4) {
    if (a.rgba[i] !== b.rgba[i] || a.rgba[i + 1] !== b.rgba[i + 1] || a.rgba[i + 2] !== b.rgba[i + 2]) differ++;
  }
  return differ / (a.width * a.height);
}

/** Share of pixels that differ from the colour of the top-left corner's inside: ink on the page. */
export function inkCoverage(image: Image, background: [number, number, number]): number {
  let ink = 0;
  for (let i = 0; i < image.rgba.length; i += 4) {
    const distance =
      Math.abs((image.rgba[i] ?? 0) - background[0]) +
      Math.abs((image.rgba[i + 1] ?? 0) - background[1]) +
      Math.abs((image.rgba[i + 2] ?? 0) - background[2]);
    if (distance > 48) ink++;
  }
  return ink / (image.width * image.height);
}
