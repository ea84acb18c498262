/**
 * The institution's postal address as an edition's contacts write it, for the structured data:
 * read from the text, so that the address is typed once, where readers see it.
 */
import { parseMdx } from './mdx-section';

/** The contacts' block whose postal address is the institution's (its id is a public anchor, kept for good). */
export const addressBlock = 'contact-research-address';

/**
 * The line of the research contact's address that holds a postal code, e.g. `〒135-8550 東京都…`
 * or `3-8-31 Ariake, Koto-ku, Tokyo 135-8550, Japan`.
 * @param sections Section sources (MDX) of one language, by section id.
 * @param lang The sections' language, for the error's file name.
 */
export function institutionAddress(sections: ReadonlyArray<{ id: string; body: string }>, lang: string): string {
  for (const section of sections) {
    const block = parseMdx(section.body).blocks.find((b) => b.id === addressBlock);
    if (!block) continue;
    const line = block.text.split('\n').find((l) => /(?:^|\D)\d{3}-\d{4}(?:\D|$)/.test(l));
    if (!line) throw new Error(`content/${lang}/${section.id}.mdx: <address id="${addressBlock}"> has no line with a postal code (such as 135-8550); the structured data gives that line as the institution's address.`);
    return line.trim();
  }
  throw new Error(`content/${lang}/: no section has <address id="${addressBlock}">, whose postal address the structured data gives as the institution's.`);
}
