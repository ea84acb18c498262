/**
 * Reads a PDF the way the tests need it, with pdf.js from npm (no system tools): each page's text
 * line by line, its size, the document information and every font a page draws with.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { languages, type Lang } from '../../src/site/languages';
import { pdfPath } from '../../src/site/urls';

export interface PdfFont {
  /** The font's PostScript name, with the subset prefix (`AAAAAA+NotoSerif-Regular`). */
  name: string;
  /** pdf.js's name for the font type, e.g. `CIDFontType2` (TrueType outlines) or `Type3`. */
  type: string;
  embedded: boolean;
}

/** A run of text the PDF draws: what it reads, where (its baseline's start, in points from the page's foot), how large. */
export interface PdfItem {
  text: string;
  x: number;
  y: number;
  size: number;
}

/** One page: its lines of text and its runs, in the order the PDF draws them, and its size in points. */
export interface PdfPage {
  lines: string[];
  items: PdfItem[];
  width: number;
  height: number;
}

export interface PdfReading {
  pages: PdfPage[];
  /** The document information dictionary (Title, Author, Subject…) and the catalogue's `Language`. */
  info: Record<string, unknown>;
  /** Whether the PDF is tagged (its structure marked for assistive technology). */
  tagged: boolean;
  /** Every font any page draws text with, each once. */
  fonts: PdfFont[];
}

export async function readPdf(file: string): Promise<PdfReading> {
  const task = getDocument({
    data: new Uint8Array(readFileSync(file)),
    fontExtraProperties: true,
    disableFontFace: true,
    verbosity: 0,
  });
  const document = await task.promise;
  try {
    const fonts = new Map<string, PdfFont>();
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      // The operator list loads the page's fonts, which the text items then name.
      await page.getOperatorList();
      const lines: string[] = [''];
      const items: PdfItem[] = [];
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item)) continue;
        lines.push(`${lines.pop() ?? ''}${item.str}`);
        const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
        if (item.str.trim()) items.push({ text: item.str, x, y, size: Math.hypot(c, d) });
        if (item.hasEOL) lines.push('');
        const font = page.commonObjs.get(item.fontName) as { name: string; type: string; missingFile: boolean };
        fonts.set(font.name, { name: font.name, type: font.type, embedded: !font.missingFile });
      }
      const [, , width = 0, height = 0] = page.view;
      pages.push({ lines: lines.filter((line) => line.trim()), items, width, height });
    }
    const { info } = await document.getMetadata();
    // Typed as a plain object, but pdf.js 6 resolves it with a Map.
    const marks: unknown = await document.getMarkInfo();
    const tagged =
      marks instanceof Map ? marks.get('Marked') === true : (marks as { Marked?: boolean } | null)?.Marked === true;
    return { pages, info: info as Record<string, unknown>, tagged, fonts: [...fonts.values()] };
  } finally {
    await task.destroy();
  }
}

/** The PDF of each language in a built site, read; a PDF missing from the build fails the file that asks. */
export async function readBuiltPdfs(dir: string): Promise<Map<Lang, PdfReading>> {
  const read = languages.map(async (lang) => {
    const file = join(dir, pdfPath(lang));
    if (!existsSync(file)) throw new Error(`The build did not print ${file}: the print-pdf integration should have.`);
    return [lang, await readPdf(file)] as const;
  });
  return new Map(await Promise.all(read));
}
