/**
 * The site's icon, ※ in the accent colour, in every form a browser tab or a phone's home screen
 * asks for, drawn when the site is built: satori turns the ※ into outlines from Noto Sans JP as npm
 * ships it (as for the share images), so no icon depends on a system font; resvg rasterises it.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { fontsFor } from '../share-image/draw';
import { lightColour } from './theme';

/** `rounded`: a tile with rounded corners, for tabs and lists. `square`: full bleed, for masks. */
export type IconShape = 'rounded' | 'square';

/** A raster icon the site publishes at its root. */
export interface RasterIcon {
  file: string;
  size: number;
  shape: IconShape;
  /** How the web app manifest offers it: `maskable` icons keep the ※ within the safe circle. */
  purpose?: 'maskable';
}

/** Apple's home screen icon: it rounds the corners itself, and would fill transparent ones black. */
export const appleTouchIcon: RasterIcon = { file: 'apple-touch-icon.png', size: 180, shape: 'square' };

/** The web app manifest's icons: 192 and 512 px, as Android asks, and one to mask. */
export const manifestIcons: readonly RasterIcon[] = [
  { file: 'icon-192.png', size: 192, shape: 'rounded' },
  { file: 'icon-512.png', size: 512, shape: 'rounded' },
  { file: 'icon-maskable-512.png', size: 512, shape: 'square', purpose: 'maskable' },
];

/** Every raster icon the site publishes at its root. */
export const rasterIcons: readonly RasterIcon[] = [appleTouchIcon, ...manifestIcons];

/** The size the icon is designed at: the SVG favicon's. */
const unit = 32;

/**
 * The icon as SVG, `unit` wide. The ※, set at 70% of the tile, draws about half of it, centred, so
 * that it stays within the circle of 80% of the tile that a maskable icon's mask may cut down to.
 */
export async function iconSvg(shape: IconShape): Promise<string> {
  const tile = {
    type: 'div',
    props: {
      style: {
        width: unit,
        height: unit,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: lightColour('--color-accent'),
        borderRadius: shape === 'rounded' ? 6 : 0,
        color: lightColour('--color-accent-ink'),
        fontSize: unit * 0.7,
        fontWeight: 700,
      },
      children: '※',
    },
  };
  return satori(tile, { width: unit, height: unit, fonts: fontsFor('※') });
}

/** The icon as a PNG, `size` pixels square, drawn from its SVG at that size. */
export async function iconPng(shape: IconShape, size: number): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await iconSvg(shape);
  return new Uint8Array(
    new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng(),
  );
}

/**
 * An ICO file holding one PNG image, as every browser since Internet Explorer 9 reads it; for
 * the browsers and tools that ask for `/favicon.ico` without reading the page.
 * @see https://learn.microsoft.com/en-us/previous-versions/ms997538(v=msdn.10)
 */
export function icoOf(png: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size % 256, 6); // width and height, 0 meaning 256
  header.writeUInt8(size % 256, 7);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(header.length, 18); // where the image starts
  return new Uint8Array(Buffer.concat([header, png]));
}
