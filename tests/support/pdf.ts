/**
 * Reads a PDF the way the tests need it, with pdf.js from npm (no system tools): each page's text
 * line by line, its size, the document information and every font a page draws with.
 */
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A font a page draws text with. */
export interface PdfFont {
  /** The font's PostScript name, with the subset prefix (`AAAAAA+NotoSerif-Regular`). */
  name: string;
  /** pdf.js's name for the font type, e.g. `CIDFontType2` (TrueType outlines) or `Type3`. */
  type: string;
  embedded: boolean;
}

/** One page: its lines of text in the order the PDF draws them, and its size in points. */
export interface PdfPage {
  lines: string[];
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

/** Reads a PDF file; see {@link PdfReading}. */
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
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item)) continue;
        lines.push(`${lines.pop() ?? ''}${item.str}`);
        if (item.hasEOL) lines.push('');
        const font = page.commonObjs.get(item.fontName) as { name: string; type: string; missingFile: boolean };
        fonts.set(font.name, { name: font.name, type: font.type, embedded: !font.missingFile });
      }
      const [, , width = 0, height = 0] = page.view;
      pages.push({ lines: lines.filter((line) => line.trim()), width, height });
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
