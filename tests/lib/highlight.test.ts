import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { highlight, styleClasses } from '../../src/metadata/highlight';

describe('highlight', () => {
  const code = '<a href="https://example.org/en/glossary/gsk3-inhibitor/" lang="en">GSK3 &amp; inhibitor</a>';

  test('keeps the code’s text exactly, to be selected and copied', async () => {
    const { document } = parseHTML(await highlight(code, 'html'));
    expect(document.querySelector('pre code')?.textContent).toBe(code);
  });

  test('colours tokens with classes, never with style attributes a strict CSP would block', async () => {
    const html = await highlight(code, 'html');
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('[style]')).toHaveLength(0);
    const classes = [...document.querySelectorAll('pre span[class]')].flatMap(
      (span) => span.getAttribute('class')?.split(' ') ?? [],
    );
    expect(new Set(classes)).toEqual(new Set(['line', 'hl-string-expression', 'hl-function', 'hl-keyword']));
  });

  test('highlights Markdown and HTTP headers the same way', async () => {
    for (const html of [
      await highlight('[GSK3](https://example.org/)', 'markdown'),
      await highlight("Content-Security-Policy: script-src 'self'", 'http'),
    ]) {
      expect(html).not.toMatch(/style=/);
      expect(html).toMatch(/class="hl-/);
    }
  });
});

describe('styleClasses', () => {
  test('maps roles and font styles to classes, and the foreground and punctuation to none', () => {
    expect(styleClasses('color:var(--hl-token-link);text-decoration:underline')).toEqual(['hl-link', 'hl-underline']);
    expect(styleClasses('color:var(--hl-foreground)')).toEqual([]);
    expect(styleClasses('color:var(--hl-token-punctuation)')).toEqual([]);
  });

  test('refuses a style it has no class for, rather than drop a colour silently', () => {
    for (const style of ['color:#ff0000', 'color:var(--hl-token-comment)', 'font-style:italic']) {
      expect(() => styleClasses(style)).toThrow(`Shiki wrote the style "${style}", which has no class`);
    }
  });
});
