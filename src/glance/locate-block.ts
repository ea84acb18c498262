/** Names a block of the text in words a reader can follow, for the links at a glance to its sources. */

/** Where a block of the text is, in words a reader can follow: its section and its place there. */
export interface BlockPlace {
  /** Title of the section the block is in. */
  section: string;
  /** Position of the block among the section's blocks of the same kind, from 1. */
  n: number;
  /** A list item (the key points) or a paragraph. */
  kind: 'item' | 'paragraph';
}

/**
 * Finds a block by id among sections, to name it in a link: "Overview, paragraph 3".
 * @param sections Each section's title and blocks, as the content model stored them.
 * @throws When no section has the block (the content loader reports that earlier, naming the file).
 * @example locateBlock([{ title: 'Overview', blocks: [{ id: 'a', element: 'p' }, { id: 'b', element: 'p' }] }], 'b') // { section: 'Overview', n: 2, kind: 'paragraph' }
 */
export function locateBlock(
  sections: ReadonlyArray<{ title: string; blocks: ReadonlyArray<{ id: string; element: string }> }>,
  id: string,
): BlockPlace {
  for (const { title, blocks } of sections) {
    const block = blocks.find((b) => b.id === id && (b.element === 'p' || b.element === 'li'));
    if (block) {
      const kind = block.element === 'li' ? 'item' : 'paragraph';
      return {
        section: title,
        n: blocks.filter((b) => b.element === block.element).findIndex((b) => b.id === id) + 1,
        kind,
      };
    }
  }
  throw new Error(`No paragraph or list item "${id}" in the text.`);
}
