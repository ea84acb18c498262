import { describe, expect, test } from 'vitest';
import { icoOf, iconPng, iconSvg } from '../../src/site/icons';
import { lightColour } from '../../src/site/theme';
import { decodePng } from '../support/png';

/** The pixel at (x, y) as `#rrggbbaa`. */
const pixel = ({ width, rgba }: ReturnType<typeof decodePng>, x: number, y: number) =>
  `#${[...rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 4)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
const accent = `${lightColour('--color-accent')}ff`;

describe('iconSvg', () => {
  test('draws the ※ as outlines, so that it looks the same without any font', async () => {
    const svg = await iconSvg('rounded');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 32 32"/);
    expect(svg).not.toMatch(/<text|font-family/);
    expect(svg).toContain('fill="#ffffff"');
  });
});

describe('iconPng', () => {
  test.each([
    ['rounded', '#00000000'],
    // Home screens mask it, or fill what is transparent with black.
    ['square', accent],
  ] as const)('draws the %s icon at the size asked, its corner %s', async (shape, corner) => {
    const image = decodePng(await iconPng(shape, 192));
    expect([image.width, image.height]).toEqual([192, 192]);
    expect(pixel(image, 0, 0)).toBe(corner);
    expect(pixel(image, 96, 40)).toBe(accent);
  });

  test("keeps the ※ within the maskable icon's safe circle, 80% of the tile", async () => {
    const image = decodePng(await iconPng('square', 100));
    const marked: Array<[number, number]> = [];
    for (let y = 0; y < 100; y++) for (let x = 0; x < 100; x++) if (pixel(image, x, y) !== accent) marked.push([x, y]);
    expect(marked.length).toBeGreaterThan(100);
    expect(Math.max(...marked.map(([x, y]) => Math.hypot(x + 0.5 - 50, y + 0.5 - 50)))).toBeLessThan(40);
  });
});

describe('icoOf', () => {
  test('wraps a PNG in an ICO header that names its size and where it starts', async () => {
    const png = await iconPng('rounded', 32);
    const ico = Buffer.from(icoOf(png, 32));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    expect([ico[6], ico[7], ico.readUInt32LE(14), ico.readUInt32LE(18)]).toEqual([32, 32, png.length, 22]);
    expect(ico.subarray(22).equals(Buffer.from(png))).toBe(true);
  });
});
