import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { highlight } from '../../src/metadata/highlight';

describe('highlight, for the citation files', () => {
  const ris = 'TY  - JOUR\nAU  - Shimizu, Yuki\nTI  - GSK3 inhibition\nER  - ';

  test('colours RIS tags and values with classes, keeping the text to copy exactly', async () => {
    const { document } = parseHTML(await highlight(ris, 'ris'));
    expect(document.querySelector('pre code')?.textContent).toBe(ris);
    expect(document.querySelectorAll('[style]')).toHaveLength(0);
    const tag = [...document.querySelectorAll('span[class^="hl-"]')].find((span) => span.textContent === 'AU');
    const value = [...document.querySelectorAll('span[class^="hl-"]')].find(
      (span) => span.textContent === ' Shimizu, Yuki',
    );
    expect(tag?.getAttribute('class')).not.toBe(value?.getAttribute('class'));
  });

  test.each([
    ['bibtex', '@article{Shimizu2022,\n\ttitle = {GSK3},\n}'],
    ['json', '[{"id": "Shimizu2022", "issued": {"date-parts": [[2022, 3, 17]]}}]'],
  ] as const)('highlights %s with classes only', async (lang, code) => {
    const html = await highlight(code, lang);
    expect(html).not.toMatch(/style=/);
    expect(html).toMatch(/class="hl-/);
    expect(parseHTML(html).document.querySelector('pre code')?.textContent).toBe(code);
  });
});
