import { describe, expect, test } from 'vitest';
import { institutionAddress } from '../../src/lib/contact-address';

const contacts = (address: string) => [
  { id: 'overview', body: '<p id="overview-1">Text.</p>' },
  { id: 'contacts', body: `<address id="contact-research-address">A Division, An Institute<br />A Person<br />${address}<br />Tel: <a href="tel:+81335200111">+81-3-3520-0111</a></address>` },
];

describe('institutionAddress', () => {
  test.each([
    ['3-8-31 Ariake, Koto-ku, Tokyo 135-8550, Japan', '3-8-31 Ariake, Koto-ku, Tokyo 135-8550, Japan'],
    ['〒135-8550 東京都江東区有明3-8-31', '〒135-8550 東京都江東区有明3-8-31'],
  ])('reads the line with the postal code, not the telephone: %s', (line, expected) => {
    expect(institutionAddress(contacts(line), 'en')).toBe(expected);
  });

  test('names the file and block when the address has no postal code', () => {
    expect(() => institutionAddress(contacts('Ariake, Tokyo'), 'en')).toThrow('content/en/contacts.mdx: <address id="contact-research-address"> has no line with a postal code');
  });

  test('names the folder when no section has the address', () => {
    expect(() => institutionAddress(contacts('x').slice(0, 1), 'ja')).toThrow('content/ja/: no section has <address id="contact-research-address">');
  });
});
