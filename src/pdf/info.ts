/**
 * The document information of the articles' PDFs: what it says, from the edition's title block,
 * and how it is written into the file Chromium printed.
 */
import type { EditionData } from '../content/schema.ts';

/**
 * The document information of an edition's PDF: its headline, institution and description.
 * @example pdfInfo(edition) // { Title: 'New candidate…', Author: 'Japanese Foundation for Cancer Research', Subject: 'In JFCR…' }
 */
export function pdfInfo(
  edition: Pick<EditionData, 'headline' | 'institution' | 'description'>,
): Record<string, string> {
  return { Title: edition.headline, Author: edition.institution, Subject: edition.description };
}

/**
 * Sets entries of a PDF's document information dictionary (Title, Author, Subject…) by an
 * incremental update: the file stays byte for byte as Chromium wrote it, followed by a new version
 * of the dictionary, an xref section for it and a trailer pointing back to the original one.
 * Chromium writes only Title (the page's `<title>`), Creator, Producer and dates, and has no option
 * for more. An entry Chromium already wrote with the same text is kept as it wrote it; one with
 * other text is replaced.
 * @example setPdfInfo(pdf, { Author: 'がん研究会' })
 */
export function setPdfInfo(pdf: Buffer, entries: Record<string, string>): Buffer {
  // Latin-1 maps each byte to one character, so string lengths are byte offsets.
  const text = pdf.toString('latin1');
  const startxref = lastMatch(text, /startxref\s+(\d+)/g);
  const trailer = lastMatch(text, /trailer\s*<<([\s\S]*?)>>\s*startxref/g);
  const info = /\/Info\s+(\d+)\s+0\s+R/.exec(trailer)?.[1];
  if (!info) throw new Error('The PDF has no document information dictionary to extend.');
  let old = lastMatch(text, new RegExp(`(?:^|\\s)${info}\\s+0\\s+obj\\s*<<([\\s\\S]*?)>>\\s*endobj`, 'g'));
  const added: string[] = [];
  for (const [key, value] of Object.entries(entries)) {
    const written = new RegExp(`/${key}\\s*(\\((?:\\\\[\\s\\S]|[^\\\\)])*\\)|<[0-9A-Fa-f]*>)\\s*`).exec(old);
    if (written?.[1] !== undefined && readString(written[1]) === value) continue;
    if (written) old = old.replace(written[0], '');
    added.push(`/${key} ${textString(value)}`);
  }

  const object = `\n${info} 0 obj\n<<${old}\n${added.join('\n')}>>\nendobj\n`;
  const xrefAt = pdf.length + object.length;
  const update =
    `${object}xref\n${info} 1\n${String(pdf.length + 1).padStart(10, '0')} 00000 n \n` +
    `trailer\n<<${trailer.replace(/\/Prev\s+\d+/, '')} /Prev ${startxref}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(update, 'latin1')]);
}

/**
 * Sets the dates Chromium stamps on a PDF (CreationDate, ModDate: the moment of printing) to one
 * given moment, in place and at the same length, so the xref offsets hold and printing the same
 * page twice gives the same bytes.
 * @example pinPdfDates(pdf, new Date('2022-03-17')) // …/CreationDate (D:20220317000000+00'00')…
 */
export function pinPdfDates(pdf: Buffer, date: Date): Buffer {
  const stamp = `D:${date.toISOString().replace(/\D/g, '').slice(0, 14)}+00'00'`;
  return Buffer.from(pdf.toString('latin1').replace(/D:\d{14}(?:[+-]\d{2}'\d{2}'|Z00'00')/g, stamp), 'latin1');
}

/** The first group of a pattern's last match in the text. */
function lastMatch(text: string, pattern: RegExp): string {
  const match = [...text.matchAll(pattern)].at(-1)?.[1];
  if (match === undefined) throw new Error(`Not a PDF Chromium writes: found no ${pattern.source}.`);
  return match;
}

/**
 * The text of a PDF string as Chromium writes one: a literal `(…)` with backslash escapes, or hex,
 * UTF-16BE after a byte order mark.
 * @example readString('(A \\(b\\))') // 'A (b)'
 */
function readString(written: string): string {
  if (written.startsWith('<')) {
    const bytes = Buffer.from(written.slice(1, -1), 'hex');
    return bytes[0] === 0xfe && bytes[1] === 0xff
      ? bytes.subarray(2).swap16().toString('utf16le')
      : bytes.toString('latin1');
  }
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  return written
    .slice(1, -1)
    .replace(/\\([0-7]{1,3}|[\s\S])/g, (_, c: string) =>
      /^[0-7]/.test(c) ? String.fromCharCode(parseInt(c, 8)) : (escapes[c] ?? c),
    );
}

/**
 * A PDF text string in UTF-16BE with a byte order mark, written as hex so it stays ASCII.
 * @example textString('A') // '<FEFF0041>'
 */
function textString(value: string): string {
  const units = Array.from({ length: value.length }, (_, i) => value.charCodeAt(i).toString(16).padStart(4, '0'));
  return `<FEFF${units.join('').toUpperCase()}>`;
}
