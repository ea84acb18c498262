import { describe, expect, test } from 'vitest';
import { loadPage } from '../support/site';

// That it says it is a translation, the Japanese original prevailing: tests/components/TranslationNotice.test.ts,
// and on the printed first page, tests/print/pdf-layout.test.ts.
const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();
const paragraph = (id: string) => loadPage('/en/').getElementById(id)?.textContent ?? '';
/** The drawing's step on the alectinib-resistant cells: the one that links to overview-2. */
const resensitisedStep = () =>
  [...loadPage('/en/').querySelectorAll('.glance-step')].find(
    (step) => step.querySelector('a.source-link')?.getAttribute('href') === '#overview-2',
  );

describe('the English edition', () => {
  test.each([
    ['3–5% of patients', 'overview-1', '3–5%'],
    ['fewer than 1% surviving', 'points-1', 'fewer than 1%'],
    ['five approved ALK inhibitors', 'overview-1', 'five ALK inhibitors'],
    ['about 90 drugs screened', 'study-2', 'about 90 drugs'],
    ['one week of treatment', 'study-2', 'after one week'],
    ['the GSK3 inhibitor', 'study-2', 'LY2090314'],
    ['the cell line', 'study-1', 'JFCR-028-3'],
    ['lorlatinib', 'study-2', 'lorlatinib'],
    ['alectinib', 'study-3', 'alectinib'],
    ['the journal', 'overview-4', 'npj Precision Oncology'],
    ['the publisher group', 'overview-4', 'Nature Publishing Group'],
    ['the publication date', 'overview-4', '17 March 2022'],
    ['the approved inhibitors', 'alk-inhibitor', 'crizotinib, alectinib, ceritinib, brigatinib and lorlatinib'],
    ['the fusion partner', 'alk-fusion-gene', 'EML4'],
    ['the ligand', 'alk-fusion-gene', 'ALK-AL'],
    ['the researchers', 'overview-2', 'Ryohei Katayama'],
    ['the first author', 'overview-2', 'Yuki Shimizu'],
    ['the reference to Figure 1', 'overview-3', 'Figure 1'],
    ['the reference to Figure 2', 'study-2', 'Figure 2'],
    ['the reference to Figure 3', 'study-3', 'Figure 3'],
  ])('keeps %s in "%s"', (_, id, phrase) => {
    expect(paragraph(id)).toContain(phrase);
  });

  // The original hedges every claim that is not a plain observation; the translation may not firm one up.
  test.each([
    ['overview-1', 'are thought to emerge'],
    ['overview-2', 'The results also suggested'],
    ['overview-3', 'may not only overcome'],
    ['background-1', 'it has been suggested'],
    ['background-1', 'have been thought to emerge'],
    ['study-4', 'This study suggests'],
    ['study-4', 'may suppress'],
    ['alk-fusion-gene', 'is thought to be constitutively activated'],
    ['drug-resistant-cancer-cell', 'they are thought to cause'],
    ['drug-tolerant-persister-cell', 'some are thought to survive'],
  ])('keeps the hedge in "%s": "%s"', (id, hedge) => {
    expect(paragraph(id)).toContain(hedge);
  });

  test.each([
    // 数あるがん腫の中で死因の第1位: the first among cancers, not among all causes of death.
    ['overview-1', 'the leading cause of cancer death'],
    // 実験的に: the findings come from cells in the laboratory, not from patients.
    ['points-1', 'in the laboratory'],
    ['points-2', 'in laboratory experiments'],
    ['overview-3', 'in laboratory experiments'],
  ])('says in "%s" what the original says: "%s"', (id, phrase) => {
    expect(paragraph(id)).toContain(phrase);
  });

  // 患者 carries no number: the release never says from how many patients the resistant cells came.
  describe.each([
    ['points-2', () => paragraph('points-2')],
    ['overview-2', () => paragraph('overview-2')],
    ['study-3', () => paragraph('study-3')],
    ['the drawing’s step on alectinib-resistant cells', () => resensitisedStep()?.textContent ?? ''],
  ])('%s', (_, textOf) => {
    test('says the cells are patient-derived without giving a number of patients', () => {
      expect(textOf()).toMatch(/patient-derived/i);
      expect(textOf()).not.toMatch(/\b(a|one|the|this) patient\b|\bpatient\b(?!-)|\bpatients\b/i);
    });
  });

  test('calls the cancer resistant in the drawing’s labels, not the patient', () => {
    const svg = resensitisedStep()?.querySelector('svg[role="img"]');
    const labels = normalize(svg?.getAttribute('aria-label') ?? '');
    expect(labels).toContain('alectinib-resistant patient-derived cells');
    expect(labels).not.toMatch(/patients? resistant/);
  });

  test('says the "<1%" key number is of ALK-positive lung cancer cells in the laboratory, not of patients', () => {
    const item = [...loadPage('/en/').querySelectorAll('.key-numbers li')].find(
      (li) => li.querySelector('.key-figure')?.textContent.trim() === '<1%',
    );
    const label = item?.querySelector('.key-label')?.textContent ?? '';
    expect(label).toContain('ALK-positive lung cancer cells');
    expect(label).toContain('in the laboratory');
  });

  test('cites the paper by its DOI', () => {
    expect(loadPage('/en/').querySelector('a[href="https://doi.org/10.1038/s41698-022-00260-0"]')).not.toBeNull();
  });
});
