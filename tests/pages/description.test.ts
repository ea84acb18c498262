import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { languages, type Lang } from '../../src/site/languages';
import { pdfPath } from '../../src/site/urls';
import { readPdf } from '../support/pdf';
import { distDir, loadPage } from '../support/site';

/**
 * Search results, link previews and the PDF's Subject show the edition's description without the
 * article around it: it must say that the findings come from experiments with cells, so that no
 * reader takes them for results in patients.
 */
const setting: Record<Lang, RegExp> = {
  ja: /^実験室で.*がん細胞/,
  en: /^In laboratory experiments, lung cancer cells\b/,
};

describe.each(languages)('the %s description', (lang) => {
  const document = loadPage(`/${lang}/`);
  const meta = (key: string) =>
    document.querySelector(`meta[name="${key}"], meta[property="${key}"]`)?.getAttribute('content') ?? '';
  let subject = '';
  beforeAll(async () => {
    const { info } = await readPdf(join(distDir, pdfPath(lang)));
    subject = typeof info['Subject'] === 'string' ? info['Subject'] : '';
  });

  test.each([
    ['in search results', () => meta('description')],
    ['in Open Graph previews', () => meta('og:description')],
    ["as the PDF's Subject", () => subject],
  ])('says %s that the work was done with cells in the laboratory', (_, read) => {
    expect(read()).toMatch(setting[lang]);
  });
});
