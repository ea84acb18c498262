import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { drawCard, fontsFor, renderShareImage } from '../../src/share-image/draw';
import { cardText, type ShareCard } from '../../src/share-image/card';

const card: ShareCard = {
  lang: 'ja',
  kicker: '用語解説',
  title: 'GSK3阻害剤',
  body: ['セリン・スレオニンキナーゼの阻害剤。'],
  footer: ['がん研究会', '2022年3月17日'],
};
const cache = mkdtempSync(join(tmpdir(), 'share-images-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('renderShareImage', () => {
  test('draws the same card to the same bytes every time, so a build can reuse what it drew', async () => {
    const fonts = fontsFor(cardText(card));
    expect(Buffer.from(await drawCard(card, fonts)).equals(Buffer.from(await drawCard(card, fonts)))).toBe(true);
  });

  test('keeps what it drew, and gives it back for the same card instead of drawing it again', async () => {
    const drawn = await renderShareImage(card, cache);
    const [file] = readdirSync(cache);
    expect(readdirSync(cache)).toHaveLength(1);
    // A stand-in for the kept image: only a lookup, not a drawing, can return it.
    writeFileSync(join(cache, file!), 'kept');
    expect(Buffer.from(await renderShareImage(card, cache)).toString()).toBe('kept');
    expect(drawn.length).toBeGreaterThan(1000);
  });

  test('draws a card again when anything it shows changes', async () => {
    await renderShareImage({ ...card, title: 'GSK3阻害薬' }, cache);
    expect(readdirSync(cache)).toHaveLength(2);
  });
});
