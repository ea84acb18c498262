import { describe, expect, test } from 'vitest';
import { institutionAddress } from '../../src/lib/contact-address';

/** Two sections of one language as the content model stores them, the second with the address's `line`. */
const contacts = (line: string) => [
  { file: 'content/en/overview.mdx', dir: 'content/en', blocks: [{ id: 'overview-1', element: 'p', text: 'Text.' }] },
  {
    file: 'content/en/contacts.mdx',
    dir: 'content/en',
    blocks: [{ id: 'contact-research-address', element: 'address', text: `A Division, An Institute\nA Person\n${line}\nTel: +81-3-3520-0111` }],
  },
];

describe('institutionAddress', () => {
  test.each([
    ['3-8-31 Ariake, Koto-ku, Tokyo 135-8550, Japan', '3-8-31 Ariake, Koto-ku, Tokyo 135-8550, Japan'],
    ['〒135-8550 東京都江東区有明3-8-31', '〒135-8550 東京都江東区有明3-8-31'],
  ])('reads the line with the postal code, not the telephone: %s', (line, expected) => {
    expect(institutionAddress(contacts(line))).toBe(expected);
  });

  test('names the file the model recorded, and the block, when the address has no postal code', () => {
    const elsewhere = contacts('Ariake, Tokyo').map((s) => ({ ...s, file: s.file.replace('content/', 'site/content/') }));
    expect(() => institutionAddress(elsewhere)).toThrow('site/content/en/contacts.mdx: <address id="contact-research-address"> has no line with a postal code');
  });

  test("names the language's folder when no section has the address", () => {
    expect(() => institutionAddress(contacts('x').slice(0, 1))).toThrow('content/en/: no section has <address id="contact-research-address">');
  });
});
