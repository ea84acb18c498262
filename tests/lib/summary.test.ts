import { describe, expect, test } from 'vitest';
import { summarize } from '../../src/lib/summary';

describe('summarize', () => {
  test('keeps whole sentences that fit', () => {
    expect(summarize('One two. Three four. Five six seven.', 22, 'en')).toBe('One two. Three four.');
  });

  test('keeps a text that fits whole', () => {
    expect(summarize('短い。文です。', 20, 'ja')).toBe('短い。文です。');
  });

  test('cuts a first sentence that is too long, with an ellipsis, within the limit', () => {
    const summary = summarize('あいうえおかきくけこさしすせそ。', 10, 'ja');
    expect(summary).toBe('あいうえおかきくけ…');
    expect([...summary]).toHaveLength(10);
  });
});
