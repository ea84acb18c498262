import { describe, expect, test } from 'vitest';
import { excerpt } from '../../src/glossary/excerpt';

describe('excerpt', () => {
  test('keeps whole sentences that fit', () => {
    expect(excerpt('One two. Three four. Five six seven.', 22, 'en')).toBe('One two. Three four.');
  });

  test('keeps a text that fits whole', () => {
    expect(excerpt('短い。文です。', 20, 'ja')).toBe('短い。文です。');
  });

  test('cuts a first sentence that is too long, with an ellipsis, within the limit', () => {
    const short = excerpt('あいうえおかきくけこさしすせそ。', 10, 'ja');
    expect(short).toBe('あいうえおかきくけ…');
    expect(Array.from(short)).toHaveLength(10);
  });
});
