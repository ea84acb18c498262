import { describe, expect, test } from 'vitest';
import { pinPdfDates } from '../../src/integrations/pdf-info';

/** The information dictionary as Chromium writes it, printed at a given moment and offset. */
const printed = (stamp: string) => Buffer.from(`1 0 obj\n<</Creator (Chromium)\n/CreationDate (${stamp})\n/ModDate (${stamp})>>\nendobj\n`, 'latin1');

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
