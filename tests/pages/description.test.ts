import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { languages, type Lang } from '../../src/lib/languages';
import { pdfPath } from '../../src/lib/urls';
import { distDir, loadPage } from '../support/site';

/**
 * Search results, link previews and the PDF's Subject show the edition's description without the
 * article around it: it must say that the findings come from experiments with cells, so that no
 * reader takes them for results in patients.
 */
const setting: Record<Lang, RegExp> = {
  ja: /細胞を用いた実験で/,
  en: /\blaboratory experiments\b.*\blung cancer cells\b/,
};

describe.each(languages)('the %s description', (lang) => {
  const document = loadPage(`/${lang}/`);
  const meta = (key: string) => document.querySelector(`meta[name="${key}"], meta[property="${key}"]`)?.getAttribute('content') ?? '';
  const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', join(distDir, pdfPath(lang))], { encoding: 'utf8' });
  const subject = /^Subject:\s+(.*)$/m.exec(info)?.[1] ?? '';

  test.each([
    ['in search results', () => meta('description')],
    ['in Open Graph previews', () => meta('og:description')],
    ['in Twitter cards', () => meta('twitter:description')],
    ["as the PDF's Subject", () => subject],
  ])('says %s that the work was done with cells in the laboratory', (_, read) => {
    expect(read()).toMatch(setting[lang]);
  });
});
