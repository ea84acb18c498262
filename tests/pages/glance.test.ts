import { describe, expect, test } from 'vitest';
import { numbersIn } from '../../src/glance/check';
import { languages } from '../../src/site/languages';
import { loadPage } from '../support/site';
import { normalizeText } from '../support/text';

/** The text of an element as a reader sees it, without the glossary markers' cards. */
const textOf = (element: Element | null) => normalizeText(element?.textContent ?? '');

describe.each(languages)('the %s edition', (lang) => {
  const document = loadPage(`/${lang}/`);
  const figure = document.querySelector('article .glance');
  const strip = document.querySelector('article .key-numbers');

  test('shows the drawing at a glance right after the paragraph that refers to Figure 1', () => {
    expect(figure?.previousElementSibling?.id).toBe('overview-3');
    expect(textOf(document.querySelector('#overview-3'))).toMatch(/\((図1|Figure1)\)/);
  });

  test('does not make the reference to the original Figure 1 look like a link to it', () => {
    const links = [...document.querySelectorAll('#overview-3 a')].map((a) => a.textContent);
    expect(links.filter((text) => /図|Figure/.test(text))).toEqual([]);
  });

  test('says in its caption that the drawing is this edition’s, made from the text, not the original figure', () => {
    const caption = figure?.querySelector('figcaption');
    expect(figure?.firstElementChild).toBe(caption);
    expect(caption?.textContent).toMatch(
      lang === 'ja'
        ? /本サイトが作成.*原文の図1ではありません/
        : /made for this edition from the release's text\. It is not the release's Figure 1/,
    );
  });

  test('draws five panels with real text, each named, each followed by its step in words', () => {
    const steps = [...(figure?.querySelectorAll('ol.glance-steps > li') ?? [])];
    expect(steps).toHaveLength(5);
    for (const step of steps) {
      const svg = step.querySelector('svg[role="img"]');
      // A label of one line is its <text>; each line of a longer one, a <tspan>.
      const lines = [...(svg?.querySelectorAll('text:not([aria-hidden])') ?? [])].flatMap((text) =>
        text.querySelector('tspan') ? [...text.querySelectorAll('tspan')] : [text],
      );
      const labels = lines.map((t) => t.textContent);
      expect(labels.length).toBeGreaterThanOrEqual(3);
      // The panel's name reads out every label drawn in it.
      for (const label of labels)
        expect(normalizeText(svg?.getAttribute('aria-label') ?? '')).toContain(normalizeText(label));
      expect(step.querySelector('p')?.textContent.length).toBeGreaterThan(40);
    }
  });

  test('adds no paragraph, list item or section id of its own, which the two editions would have to share', () => {
    // Only the shapes it defines for its own use carry ids (prefixed in the parallel view).
    expect(
      [...(figure?.querySelectorAll('[id]') ?? [])]
        .filter((el) => el.parentElement?.localName !== 'defs')
        .map((el) => el.id),
    ).toEqual([]);
  });

  test('defines each cell and each cluster once, and draws every one of them by reference', () => {
    const defined = [...(figure?.querySelectorAll('defs > [id]') ?? [])].map((el) => el.id);
    expect(new Set(defined).size).toBe(defined.length);
    const used = [...(figure?.querySelectorAll('use') ?? [])].map((use) => use.getAttribute('href')?.slice(1) ?? '');
    expect(used.filter((id) => !defined.includes(id))).toEqual([]);
    expect(defined.filter((id) => !used.includes(id))).toEqual([]);
    // Outside its definitions, the drawing has no cell of its own: each is a <use>.
    expect([...(figure?.querySelectorAll('.glance-cell') ?? [])].filter((cell) => !cell.closest('defs'))).toEqual([]);
  });

  test('shows five key numbers before the table of contents', () => {
    const items = [...(strip?.querySelectorAll('li') ?? [])];
    expect(items).toHaveLength(5);
    expect(strip?.compareDocumentPosition(document.querySelector('article .toc') as Node)).toBe(4); // DOCUMENT_POSITION_FOLLOWING
    expect(items.map((li) => normalizeText(li.querySelector('.key-figure')?.textContent ?? ''))).toEqual(
      lang === 'ja' ? ['3-5%', '5種類', '1%未満', '約90種類', '1週間後'] : ['3-5%', '5', '<1%', 'about90', '1week'],
    );
  });

  // Every label and number names the block it restates: the key's entries, which link nowhere, in
  // data-restates; the steps and key numbers by their link to it. What each shows must be there.
  const traced = [
    ...[...document.querySelectorAll('article [data-restates]')].map(
      (el) => [el.getAttribute('data-restates') ?? '', el] as const,
    ),
    ...[...document.querySelectorAll('article :is(.glance-step, .key-numbers li)')].map(
      (el) => [el.querySelector('a.source-link')?.getAttribute('href')?.slice(1) ?? '', el] as const,
    ),
  ];

  test('traces every item of the drawing and every key number to a block of the text', () => {
    expect(traced.length).toBe(4 + 5 + 5);
  });

  test.each(traced.map(([id, el]) => [id, el.textContent.trim().slice(0, 30), el]))(
    '"%s" exists and holds the numbers of "%s…"',
    (id, _, element) => {
      const block = document.getElementById(id);
      expect(block, `no block #${id}`).not.toBeNull();
      const source = element.querySelector('a.source-link');
      if (source) expect(source.getAttribute('href')).toBe(`#${id}`);
      // What the item says, without its badge number or its link, whose paragraph number is no claim.
      const claim = element.cloneNode(true) as Element;
      for (const aside of claim.querySelectorAll('.source-link, text[aria-hidden]')) aside.remove();
      const shown = [claim.textContent];
      const inBlock = new Set(numbersIn(block?.textContent ?? ''));
      for (const n of shown.flatMap(numbersIn)) expect(inBlock, `${n} is not in #${id}`).toContain(n);
    },
  );

  test('links every key number to its sentence, out of the tab order, each paragraph a keyboard stop after the contents', () => {
    const links = [...(strip?.querySelectorAll('a[href^="#"]') ?? [])];
    expect(links).toHaveLength(5);
    const toc = document.querySelector('article .toc') as Element;
    for (const link of links) {
      expect(link.textContent.trim()).toMatch(lang === 'ja' ? /^本文：/ : /^Source: /);
      expect(link.getAttribute('tabindex')).toBe('-1');
      // A link in the tab order past the contents leads to the paragraph, or the contents' link to
      // its section, which the paragraph opens.
      const id = link.getAttribute('href')?.slice(1) ?? '';
      const section = document.getElementById(id)?.closest('section[id]');
      const opens = [...(section?.querySelectorAll('[id]') ?? [])].find((el) => !/^h\d$/.test(el.localName))?.id === id;
      const after = [...document.querySelectorAll(`article a[href="#${id}"]:not([tabindex="-1"])`)].filter(
        (a) => toc.compareDocumentPosition(a) === 4,
      );
      expect(after.length > 0 || (opens && toc.querySelector(`a[href="#${section?.id}"]`) !== null), `#${id}`).toBe(
        true,
      );
    }
  });
});
