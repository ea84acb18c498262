import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { languages } from '../../src/site/languages';
import { base, distDir, loadPage } from '../support/site';

const text = (element: Element | null | undefined) => element?.textContent.replace(/\s+/g, ' ').trim() ?? '';

describe.each(languages)('/%s/ as built', (lang) => {
  const document = loadPage(`/${lang}/`);
  const entries = [...document.querySelectorAll('.glossary-entry')];
  const markers = [...document.querySelectorAll('a[data-term-ref]')];
  const entryOf = (marker: Element) => entries.findIndex((entry) => `#${entry.id}` === marker.getAttribute('href'));

  test("has a marker for each glossary entry, numbered by its term's place in the glossary", () => {
    expect(entries.length).toBeGreaterThan(0);
    expect(markers.map((marker) => [text(marker), entryOf(marker) + 1])).toEqual(
      entries.map((_, i) => [`※${i + 1}`, i + 1]),
    );
  });

  test('makes each marker a link to its glossary entry that names the term and opens its card', () => {
    for (const marker of markers) {
      const entry = entries[entryOf(marker)];
      expect(entry?.localName).toBe('div');
      expect(marker.getAttribute('interestfor')).toBe(`card-${entry?.id}`);
      expect(marker.getAttribute('data-term-ref')).toBe(`card-${entry?.id}`);
      expect(marker.getAttribute('aria-label')).toContain(text(entry?.querySelector('dt')).replace(/^※\d+ /, ''));
    }
  });

  test('renders each card once, after the article: number, term, definition, a link to the entry, a close button', () => {
    for (const entry of entries) {
      const cards = document.querySelectorAll(`#card-${entry.id}`);
      expect(cards).toHaveLength(1);
      const card = cards[0];
      expect(card?.closest('article, p, li')).toBeNull();
      expect(card?.getAttribute('popover')).toBe('auto');
      expect(text(document.getElementById(card?.getAttribute('aria-labelledby') ?? ''))).toBe(
        text(entry.querySelector('dt')),
      );
      expect(text(card?.querySelector('.term-card-definition'))).toBe(text(entry.querySelector('dd p')));
      expect(card?.querySelector('a')?.getAttribute('href')).toBe(`#${entry.id}`);
      const close = card?.querySelector('button');
      expect([close?.getAttribute('popovertarget'), close?.getAttribute('popovertargetaction')]).toEqual([
        card?.id,
        'hide',
      ]);
    }
  });

  test('links each glossary entry back (↩) to every block that references it', () => {
    for (const entry of entries) {
      const blocks = markers
        .filter((marker) => marker.getAttribute('href') === `#${entry.id}`)
        .map((marker) => `#${marker.parentElement?.closest('[id]')?.id}`);
      const backlinks = [...entry.querySelectorAll('.backlinks a')];
      expect(backlinks.map((a) => a.getAttribute('href'))).toEqual([...new Set(blocks)]);
      expect(backlinks.every((a) => text(a) === '↩')).toBe(true);
    }
  });

  test("puts one link of each glossary entry in the tab order, its term's page, which links its other name and uses too", () => {
    for (const entry of entries) {
      const stops = [...entry.querySelectorAll('a:not([tabindex="-1"])')].map((a) => a.getAttribute('href'));
      expect(stops).toEqual([`${base}${lang}/glossary/${entry.id}/`]);
      expect(entry.querySelectorAll('a[tabindex="-1"]').length).toBeGreaterThan(1);
    }
  });
});

describe('the card script', () => {
  const page = loadPage('/ja/');
  const scripts = [...page.querySelectorAll('script')].map((script) => {
    const src = script.getAttribute('src');
    // Script URLs start with the base the site is built for; the file sits under it in the build.
    return {
      element: script,
      code: src ? readFileSync(join(distDir, src.slice(base.length)), 'utf8') : script.textContent,
    };
  });
  const cards = scripts.filter((script) => script.code.includes('data-term-ref'));

  test('is one module, which does not block rendering and imports nothing', () => {
    expect(cards).toHaveLength(1);
    expect(cards[0]?.element.getAttribute('type')).toBe('module');
    expect(cards[0]?.code).not.toMatch(/\bimport\s*[({"'`]|\bfrom\s*["'`]/);
  });

  test('weighs at most 2 KB gzipped', () => {
    const code = cards[0]?.code ?? '';
    const gzipped = gzipSync(code, { level: 9 }).length;
    console.info(`Card script: ${code.length} bytes, ${gzipped} bytes gzipped.`);
    expect(gzipped).toBeLessThanOrEqual(2048);
  });
});
