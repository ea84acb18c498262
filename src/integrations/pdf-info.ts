/**
 * Adds entries to a PDF's document information dictionary (Author, Subject…) by an incremental
 * update: the file stays byte for byte as Chromium wrote it, followed by a new version of the
 * dictionary, an xref section for it and a trailer pointing back to the original one.
 * Chromium writes only Title, Creator, Producer and dates, and has no option for more.
 * Entries the dictionary already has are kept, not overwritten.
 * @example setPdfInfo(pdf, { Author: 'がん研究会' })
 */
export function setPdfInfo(pdf: Buffer, entries: Record<string, string>): Buffer {
  // Latin-1 maps each byte to one character, so string lengths are byte offsets.
  const text = pdf.toString('latin1');
  const startxref = lastMatch(text, /startxref\s+(\d+)/g);
  const trailer = lastMatch(text, /trailer\s*<<([\s\S]*?)>>\s*startxref/g);
  const info = /\/Info\s+(\d+)\s+0\s+R/.exec(trailer)?.[1];
  if (!info) throw new Error('The PDF has no document information dictionary to extend.');
  const old = lastMatch(text, new RegExp(`(?:^|\\s)${info}\\s+0\\s+obj\\s*<<([\\s\\S]*?)>>\\s*endobj`, 'g'));
  const added = Object.entries(entries)
    .filter(([key]) => !new RegExp(`/${key}\\b`).test(old))
    .map(([key, value]) => `/${key} ${textString(value)}`)
    .join('\n');

  const object = `\n${info} 0 obj\n<<${old}\n${added}>>\nendobj\n`;
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
 * A PDF text string in UTF-16BE with a byte order mark, written as hex so it stays ASCII.
 * @example textString('A') // '<FEFF0041>'
 */
function textString(value: string): string {
  const units = Array.from({ length: value.length }, (_, i) => value.charCodeAt(i).toString(16).padStart(4, '0'));
  return `<FEFF${units.join('').toUpperCase()}>`;
}
