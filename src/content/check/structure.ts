/**
 * Checks how the sections fit together, on the content model: each language's sections have one
 * order each, name existing parents and link to ids the page has; and a translation has the same structure as its original,
 * so that nothing differs between the languages but the words: the same order, parent and shown
 * content in each section's frontmatter, the same element for each block, the same links from the
 * same blocks, the same components after the same blocks.
 */
import { at, where, type ContentProblem } from '../problem';
import type { LanguageContent } from '../model';
import type { SectionFile } from '../read/section-file';

/**
 * Checks the order and the parents of one language's sections, and the ids their links to the page name.
 * Expects files that were read without problems (see `sectionProblems`).
 * @param content One language, as the model reads it.
 */
export function checkStructure(content: LanguageContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byOrder = new Map<number, SectionFile>();
  const ids = content.sections.map((s) => s.section);
  for (const section of content.sections) {
    const { order, parent } = section.data ?? {};
    if (order === undefined) continue;
    const first = byOrder.get(order);
    if (first)
      problems.push({
        ...at(section.file, section.lines.order),
        message: `order ${order} is also the order of "${first.section}" (${first.file}): each section has its own. Give "${section.section}" a free one; the orders now are ${content.sections.map((s) => `${s.section} ${s.data?.order}`).join(', ')}.`,
      });
    else byOrder.set(order, section);
    if (parent === undefined) continue;
    const target = content.sections.find((s) => s.section === parent);
    if (!target || target === section)
      problems.push({
        ...at(section.file, section.lines.parent),
        message: `parent "${parent}" names no ${target ? 'other ' : ''}section of this language. Write the id of a section (its file's name without .mdx): ${ids.filter((id) => id !== section.section).join(', ')}.`,
      });
    else if (target.data?.parent)
      problems.push({
        ...at(section.file, section.lines.parent),
        message: `parent "${parent}" is itself a subsection (of "${target.data.parent}"): sections nest one level deep. Name a top-level section.`,
      });
  }
  const anchors = new Set([
    ...ids,
    ...content.blocks.map((block) => block.id),
    ...content.glossary.map((entry) => entry.id),
  ]);
  for (const section of content.sections)
    for (const link of section.links)
      if (link.url.startsWith('#') && !anchors.has(link.url.slice(1)))
        problems.push({
          ...at(section.file, link.line),
          message: `the link to "${link.url}" names no section, block or glossary entry of this language. Write "#" and the id of one, e.g. "#${content.blocks[0]?.id ?? ids[0]}".`,
        });
  return problems;
}

/**
 * The structure of a section and its translation: their frontmatter but for the words, each block's
 * element, their links and their components.
 * @param a The section in the original.
 * @param b The same section in the translation.
 */
export function compareStructure(a: SectionFile, b: SectionFile): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const field of ['order', 'parent', 'shows'] as const) {
    const [expected, found] = [a.data?.[field], b.data?.[field]];
    if (expected !== found)
      problems.push({
        ...at(b.file, b.lines[field] ?? b.lines.order),
        message: `${field} is ${shown(found)}, but ${shown(expected)} in ${a.file}. Both languages give a section the same ${field}.`,
      });
  }
  for (const block of b.blocks) {
    const original = a.blocks.find((x) => x.id === block.id);
    if (original && original.element !== block.element)
      problems.push({
        ...at(b.file, block.position.start.line),
        message: `"${block.id}" is a <${block.element}>, but a <${original.element}> in ${where({ file: a.file, line: original.position.start.line })}. Both languages use the same element for a block.`,
      });
  }
  const links = (s: SectionFile) => s.links.map((l) => ({ key: `a link to "${l.url}"`, block: l.block, line: l.line }));
  const components = (s: SectionFile) =>
    s.components.map((c) => ({ key: `<${c.name} />`, block: c.after, line: c.line }));
  for (const [of, there, here] of [
    [links, a, b],
    [links, b, a],
    [components, a, b],
    [components, b, a],
  ] as const) {
    const [expected, found] = [of(there), of(here)];
    for (const [index, item] of expected.entries()) {
      const same = (x: { key: string; block: string | undefined }) => x.key === item.key && x.block === item.block;
      if (expected.findIndex(same) === index && expected.filter(same).length > found.filter(same).length)
        problems.push({
          ...at(here.file, here.blocks.find((x) => x.id === item.block)?.position.start.line),
          message:
            `${item.key} ${item.block ? `${of === links ? 'in' : 'after'} "${item.block}"` : ''} is missing here but present in ${where({ file: there.file, line: item.line })}. Both languages link and show the same things in the same places.`.replace(
              '  ',
              ' ',
            ),
        });
    }
  }
  return problems;
}

/** A frontmatter value as a message shows it. */
function shown(value: string | number | undefined): string {
  if (value === undefined) return 'not set';
  return typeof value === 'number' ? String(value) : `"${value}"`;
}
