import { describe, expect, test } from 'vitest';
import { pdfInfo, pinPdfDates, setPdfInfo } from '../../src/pdf/info';

/** The information dictionary as Chromium writes it, printed at a given moment and offset. */
const printed = (stamp: string) =>
  Buffer.from(`1 0 obj\n<</Creator (Chromium)\n/CreationDate (${stamp})\n/ModDate (${stamp})>>\nendobj\n`, 'latin1');

describe('pinPdfDates', () => {
  test.each([
    ['in UTC', "D:20261125172502+00'00'"],
    ['east of Greenwich', "D:20261126022502+09'00'"],
    ['west of Greenwich', "D:20261125122502-05'00'"],
  ])('dates a PDF printed %s by the given moment, at the same length', (_, stamp) => {
    const pinned = pinPdfDates(printed(stamp), new Date('2022-03-17T00:00:00Z'));
    expect(pinned.toString('latin1')).toBe(printed("D:20220317000000+00'00'").toString('latin1'));
    expect(pinned.length).toBe(printed(stamp).length);
  });
});

describe('pdfInfo', () => {
  test("takes the title, author and subject from the edition's title block", () => {
    const edition = { headline: 'A headline', institution: 'JFCR', description: 'What the release says.' };
    expect(pdfInfo(edition)).toEqual({ Title: 'A headline', Author: 'JFCR', Subject: 'What the release says.' });
  });
});

describe('setPdfInfo', () => {
  /** A PDF's end as Chromium writes it: the information dictionary, then the trailer pointing to it. */
  const chromium = (title: string) =>
    Buffer.from(
      `%PDF-1.4\n1 0 obj\n<</Title ${title}\n/Creator (Chromium \\(x\\))>>\nendobj\nxref\n0 2\ntrailer\n<</Size 3\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n42\n%%EOF\n`,
      'latin1',
    );
  /** The information dictionary of the update that setPdfInfo appends. */
  const update = (pdf: Buffer, entries: Record<string, string>) => {
    const out = setPdfInfo(pdf, entries);
    expect(out.subarray(0, pdf.length).equals(pdf)).toBe(true);
    return out.subarray(pdf.length).toString('latin1');
  };

  test.each([
    ['a literal string', '(A \\(b\\) c)', 'A (b) c'],
    ['UTF-16 in hex', '<FEFF30AC30F3>', 'ガン'],
  ])('keeps an entry Chromium wrote with the same text, as %s', (_, written, text) => {
    expect(update(chromium(written), { Title: text, Author: 'JFCR' })).toContain(
      `<</Title ${written}\n/Creator (Chromium \\(x\\))\n/Author <FEFF004A004600430052>>>`,
    );
  });

  test('replaces an entry Chromium wrote with other text', () => {
    const added = update(chromium('(Page title | Site)'), { Title: 'A' });
    expect(added).toContain('<</Creator (Chromium \\(x\\))\n/Title <FEFF0041>>>');
    expect(added).not.toContain('Page title');
  });

  test('points the new trailer back at the one before', () => {
    expect(update(chromium('(A)'), { Author: 'B' })).toMatch(
      /trailer\n<<[^>]*\/Info 1 0 R \/Prev 42>>\nstartxref\n\d+\n%%EOF\n$/,
    );
  });
});
