/**
 * The institution's postal address as an edition's contacts write it, for the structured data:
 * read from the blocks the content model stored, so that the address is typed once, where readers
 * see it.
 */
import type { SectionEntryData } from '../content/schema';

/** The contacts' block whose postal address is the institution's (its id is a public anchor, kept for good). */
export const addressBlock = 'contact-research-address';

/**
 * The line of the research contact's address that holds a postal code, e.g. `〒135-8550 東京都…`
 * or `3-8-31 Ariake, Koto-ku, Tokyo 135-8550, Japan`.
 * @param sections The sections of one language as the content model stored them: each one's file,
 *   language folder and blocks.
 * @throws Naming the file, when the address has no postal code; naming the folder, when no section has it.
 */
export function institutionAddress(sections: ReadonlyArray<Pick<SectionEntryData, 'file' | 'dir' | 'blocks'>>): string {
  for (const section of sections) {
    const block = section.blocks.find((b) => b.id === addressBlock);
    if (!block) continue;
    const line = block.text.split('\n').find((l) => /(?:^|\D)\d{3}-\d{4}(?:\D|$)/.test(l));
    if (!line) throw new Error(`${section.file}: <address id="${addressBlock}"> has no line with a postal code (such as 135-8550); the structured data gives that line as the institution's address.`);
    return line.trim();
  }
  const where = sections[0] ? `${sections[0].dir}/: no` : 'No';
  throw new Error(`${where} section has <address id="${addressBlock}">, whose postal address the structured data gives as the institution's.`);
}
