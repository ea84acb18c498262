import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadPage } from '../support/site';
import { normalizeText, visibleText } from '../support/text';

const source = readFileSync('content/reference/press-release-2022-03-17.ja.txt', 'utf8');
const document = loadPage('/ja/');
/** The corrections the edition lists in its notes, each a <del> and its <ins>. */
const corrections = [...document.querySelectorAll('#notes .corrections li')].map((item) => ({
  source: item.querySelector('del')?.textContent ?? '',
  corrected: item.querySelector('ins')?.textContent ?? '',
}));

/**
 * Splits the PDF's text, in order, into what a reader must find: labels (title, headings, glossary
 * terms, contact lines: no 。 or 、, after a finished sentence or another label) and the sentences
 * of the running text between them, rejoined across the PDF's line breaks.
 */
function readSource(text: string): Array<{ kind: 'label' | 'sentence'; text: string }> {
  const units: Array<{ kind: 'label' | 'sentence'; text: string }> = [];
  let run: string[] = [];
  const endRun = () => {
    for (const sentence of run.join('').split(/(?<=。)/))
      if (sentence.trim()) units.push({ kind: 'sentence', text: sentence });
    run = [];
  };
  let afterBreak = true;
  for (const line of text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const isLabel: boolean = afterBreak && !/[。、]/.test(line) && Array.from(line).length <= 40;
    if (isLabel) {
      endRun();
      units.push({ kind: 'label', text: line });
    } else run.push(line);
    afterBreak = isLabel || line.endsWith('。');
  }
  endRun();
  return units;
}

/** Applies the edition's listed corrections, then folds width, dashes and spaces. */
function asEdited(text: string): string {
  const corrected = corrections.reduce((acc, c) => acc.replaceAll(c.source, c.corrected), text);
  return normalizeText(corrected)
    .replace(/^\d+\./, '') // section numbers, which the edition leaves out (see its notes)
    .replace(/^<(.*)>$/, '$1') // ＜…＞ around contact headings
    .replace(/\(※(\d+)\)/g, '※$1'); // （※1） before glossary terms
}

const page = normalizeText(visibleText(document));
const units = readSource(source);
const sentences = units.filter((u) => u.kind === 'sentence').map((u) => u.text);
const labels = units.filter((u) => u.kind === 'label').map((u) => u.text);

describe('the Japanese edition', () => {
  test('checks every character of the source, as sentences or labels', () => {
    const checked = units.map((u) => u.text).join('');
    expect(normalizeText(checked)).toBe(normalizeText(source));
    expect(sentences.length).toBeGreaterThan(30);
  });

  test.each(sentences.map((s) => [s.slice(0, 24), s]))('contains the sentence "%s…"', (_, sentence) => {
    expect(page).toContain(asEdited(sentence));
  });

  test.each(labels.map((l) => [l]))('contains the label "%s"', (label) => {
    expect(page).toContain(asEdited(label));
  });

  test('lists its corrections', () => {
    expect(corrections).toContainEqual({ source: '肺線がん', corrected: '肺腺がん' });
  });

  test.each(corrections.map((c) => [c.source, c.corrected]))('has %s only in its notes, corrected to %s', (from) => {
    const body = document.cloneNode(true) as Document;
    body.querySelector('#notes')?.remove();
    expect(normalizeText(visibleText(body))).not.toContain(normalizeText(from));
  });
});
