import { describe, expect, test } from 'vitest';
import { languages } from '../../src/site/languages';
import { loadPage } from '../support/site';

const words = (text: string) => text.trim().split(/\s+/).length;
/** Japanese body text, as a reader counts it: characters, without spaces. */
const characters = (text: string) => text.replace(/\s/g, '').length;

describe.each(languages)('the %s edition', (lang) => {
  const document = loadPage(`/${lang}/`);
  const panel = document.querySelector('article > section.meaning');
  const heading = document.getElementById(panel?.getAttribute('aria-labelledby') ?? '');

  test('opens with the panel: a region named by its heading, under the title block and before the key numbers and the contents', () => {
    expect(heading?.tagName).toBe('H2');
    expect(heading?.textContent).toBe(lang === 'ja' ? 'この研究の意味' : 'What this means');
    const order = [...(panel?.parentElement?.children ?? [])].map((child) => child.className.split(' ')[0]);
    const at = (name: string) => order.indexOf(name);
    expect(at('title-block')).toBeLessThan(at('meaning'));
    expect(at('meaning')).toBeLessThan(at('key-numbers'));
    expect(at('meaning')).toBeLessThan(at('toc'));
  });

  test('labels the study in words: peer review with its journal, the kind of study, and what it was done in', () => {
    const labels = [...(panel?.querySelectorAll('dl dt') ?? [])].map((dt) => [
      dt.textContent,
      dt.nextElementSibling?.textContent.trim(),
    ]);
    expect(labels.map(([label]) => label)).toEqual(
      lang === 'ja' ? ['査読', '研究の種類', '対象'] : ['Peer-reviewed', 'Type of study', 'In'],
    );
    expect(labels[0]?.[1]).toContain('npj Precision Oncology');
    expect(labels[1]?.[1]).toMatch(lang === 'ja' ? /実験/ : /^Laboratory experiments/);
    expect(labels[2]?.[1]).toMatch(lang === 'ja' ? /^細胞（/ : /^Cells \(/);
  });

  test('says what it does not show: no patient was treated, the effect in people is unknown, more studies are needed', () => {
    const notShown = panel?.querySelectorAll('h3')[1]?.nextElementSibling?.textContent ?? '';
    expect(notShown).toMatch(
      lang === 'ja' ? /患者さんにGSK3阻害剤を使っていません/ : /No patient received a GSK3 inhibitor/,
    );
    expect(notShown).toMatch(lang === 'ja' ? /まだわかりません/ : /is not known/);
    expect(notShown).toMatch(lang === 'ja' ? /臨床試験が必要です/ : /clinical studies are needed/);
  });

  test('says what a reader can do now, with the two trial registries as plain external links', () => {
    const hrefs = [...(panel?.querySelectorAll('a[href^="https:"]') ?? [])].map(
      (a) => new URL(a.getAttribute('href') ?? '').host,
    );
    expect(hrefs).toEqual(['jrct.mhlw.go.jp', 'clinicaltrials.gov']);
    expect(panel?.textContent).toMatch(lang === 'ja' ? /主治医にご相談ください/ : /Talk to your doctor/);
  });

  test('says how current it is: the release date and the date the edition was last reviewed, as text', () => {
    const current = panel?.querySelector('.meaning-current')?.textContent ?? '';
    expect(current).toContain(lang === 'ja' ? '2022年3月17日' : '17 March 2022');
    expect(current).toMatch(lang === 'ja' ? /確認日：\d{4}年\d{1,2}月\d{1,2}日/ : /Last reviewed on \d{1,2} \w+ \d{4}/);
  });

  test('links each paragraph it restates, once, to that paragraph of the edition', () => {
    const sources = [...(panel?.querySelectorAll('a.source-link') ?? [])].map((a) => a.getAttribute('href') ?? '');
    expect(sources.length).toBeGreaterThan(0);
    expect(new Set(sources).size).toBe(sources.length);
    for (const href of sources)
      expect(document.getElementById(href.slice(1))?.closest('.article-section'), href).toBeTruthy();
  });

  test('is short: at most about 120 words of English, or 300 characters of Japanese, besides its headings and links', () => {
    const copy = panel?.cloneNode(true) as Element;
    for (const chrome of copy.querySelectorAll('h2, h3, dt, a')) chrome.remove();
    const body = copy.textContent;
    if (lang === 'ja') expect(characters(body)).toBeLessThanOrEqual(300);
    else expect(words(body)).toBeLessThanOrEqual(120);
  });

  test('says the same finding in the description, the share previews and the JSON-LD abstract', () => {
    const finding = panel?.querySelector('h3 + p')?.cloneNode(true) as Element;
    for (const link of finding.querySelectorAll('a')) link.remove();
    const text = finding.textContent.trim();
    const jsonLd = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as {
      abstract?: string;
      dateModified?: string;
    };
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(text);
    expect(document.querySelector('meta[property="og:description"]')?.getAttribute('content')).toBe(text);
    expect(jsonLd.abstract).toBe(text);
    expect(jsonLd.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

test('the side-by-side view pairs the two panels, each linking to its own column', () => {
  const document = loadPage('/en/parallel/');
  const panels = [...document.querySelectorAll('.pair-cell > section.meaning')];
  expect(panels.map((panel) => panel.closest('[lang]')?.getAttribute('lang'))).toEqual([...languages]);
  expect(panels[0]?.parentElement?.parentElement).toBe(panels[1]?.parentElement?.parentElement);
  for (const [i, lang] of languages.entries())
    for (const link of panels[i]?.querySelectorAll('a.source-link') ?? []) {
      const id = link.getAttribute('href')?.slice(1) ?? '';
      expect(id.startsWith(`${lang}-`), id).toBe(true);
      expect(document.getElementById(id), id).toBeTruthy();
    }
});
