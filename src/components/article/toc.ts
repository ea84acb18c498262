export interface TocItem {
  id: string;
  title: string;
  children: TocItem[];
}

/**
 * Nests sections under their parents, keeping reading order.
 * @example tocTree([{ id: 'a', title: 'A' }, { id: 'b', title: 'B', parent: 'a' }])
 * // [{ id: 'a', title: 'A', children: [{ id: 'b', title: 'B', children: [] }] }]
 */
export function tocTree(
  sections: ReadonlyArray<{ id: string; title: string; parent?: string | undefined }>,
): TocItem[] {
  const items = new Map(sections.map((s) => [s.id, { id: s.id, title: s.title, children: [] as TocItem[] }]));
  const roots: TocItem[] = [];
  for (const s of sections) {
    const item = items.get(s.id) as TocItem;
    const parent = s.parent ? items.get(s.parent) : undefined;
    (parent ? parent.children : roots).push(item);
  }
  return roots;
}
