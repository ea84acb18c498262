import { declaredEntries, declaredIds, termReferences } from './content-source';

/** One section file of one language, as the content loader read it. */
export interface SectionSource {
  /** Path of the file, relative to the project root, as authors see it. */
  file: string;
  lang: string;
  /** Section id shared by both languages: the file name without extension. */
  section: string;
  /** Full text of the file, frontmatter included. */
  source: string;
  /** Glossary entries declared in the frontmatter, if this section is the glossary. */
  entries?: ReadonlyArray<{ id: string; term: string; definition: string }>;
}

/** A place in the content: a file, and the line when it is known. */
export interface Location {
  file: string;
  line?: number;
}

/** A problem an author must fix, located as precisely as the source allows. */
export interface ContentProblem extends Location {
  message: string;
}

/**
 * Formats a problem as `file:line: message`, the form editors and terminals link to.
 * @example formatProblem({ file: 'content/en/a.mdx', line: 3, message: 'x' }) // 'content/en/a.mdx:3: x'
 */
export function formatProblem(problem: ContentProblem): string {
  return `${where(problem)}: ${problem.message}`;
}

/**
 * Checks the whole edition, every language against the first: ids unique and shared, one glossary
 * whose entries all have a term and a definition, every reference resolvable, every entry
 * referenced, and the same references in the same blocks in every language.
 * @param sections Section files of every language, each language's in reading order.
 * @param langs Languages, the original first.
 * @returns The problems found, empty when the content is sound.
 */
export function checkEdition(sections: readonly SectionSource[], langs: readonly string[]): ContentProblem[] {
  const [original, ...translations] = langs.map((lang) => sections.filter((s) => s.lang === lang));
  if (!original) return [];
  return [
    ...[original, ...translations].flatMap(checkLanguage),
    ...translations.flatMap((translation) => checkParity(original, translation)),
  ];
}

/** An id the page will carry, and what declares it. */
interface Anchor extends Location {
  id: string;
  kind: 'section' | 'block' | 'glossary entry';
}

/** A glossary entry, located at its `id:` line. */
interface Entry extends Location {
  id: string;
  term: string;
  definition: string;
}

/** A `<Term>` reference, with the block it stands in (the section's id when it stands in none). */
interface Reference extends Location {
  term: string;
  block: string;
}

/** Checks one language on its own: ids, the glossary, references. */
function checkLanguage(sections: readonly SectionSource[]): ContentProblem[] {
  const entries = sections.flatMap(entriesOf);
  const references = sections.flatMap(referencesOf);
  const known = new Set(entries.map((entry) => entry.id));
  const referenced = new Set(references.map((ref) => ref.term));
  const glossaries = sections.filter((s) => s.entries);
  const problems: ContentProblem[] = [];
  const report = (place: Location, message: string) => problems.push({ ...locate(place), message });

  const seen = new Map<string, Anchor>();
  for (const anchor of sections.flatMap(anchorsOf)) {
    const first = seen.get(anchor.id);
    if (!first) seen.set(anchor.id, anchor);
    else report(anchor, `duplicate id "${anchor.id}": this ${anchor.kind} has the id of the ${first.kind} at ${where(first)}. Every id must be unique within a language.`);
  }

  if (glossaries.length !== 1) {
    const files = glossaries.map((s) => s.file).join(', ') || 'none';
    report({ file: glossaries[1]?.file ?? sections[0]?.file ?? '(no file)' }, `expected exactly one glossary section (a section with \`entries\` in its frontmatter), found ${glossaries.length}: ${files}.`);
  }
  for (const entry of entries) {
    if (!entry.term.trim()) report(entry, `glossary entry "${entry.id}" has an empty term.`);
    if (!entry.definition.trim()) report(entry, `glossary entry "${entry.id}" has an empty definition.`);
    if (!referenced.has(entry.id))
      report(entry, `glossary entry "${entry.id}" is referenced nowhere. Add <Term id="${entry.id}" /> where the release marks it, or remove the entry.`);
  }

  for (const ref of references) {
    if (!ref.term) report(ref, '<Term> without an id: write <Term id="…" /> naming a glossary entry.');
    else if (!known.has(ref.term)) report(ref, `<Term id="${ref.term}" /> names no glossary entry. Known ids: ${[...known].join(', ') || 'none'}.`);
  }
  return problems;
}

/** Compares a translation with the original: the same sections, the same ids in the same order, the same references per block. */
function checkParity(original: readonly SectionSource[], translation: readonly SectionSource[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const counterpart = (section: SectionSource, other: readonly SectionSource[]) => other.find((s) => s.section === section.section);
  for (const [sections, other] of [[original, translation], [translation, original]] as const) {
    const lang = other[0]?.lang ?? '(other language)';
    for (const section of sections)
      if (!counterpart(section, other))
        problems.push({ file: section.file, message: `section "${section.section}" has no counterpart in language "${lang}": add content/${lang}/${section.section}.mdx.` });
  }
  for (const a of original) {
    const b = counterpart(a, translation);
    if (b) problems.push(...compareIds(a, b), ...compareReferences(a, b));
  }
  return problems;
}

/** The ids of a section and its translation: each present in both, in the same order. */
function compareIds(a: SectionSource, b: SectionSource): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const [idsA, idsB] = [anchorsOf(a), anchorsOf(b)];
  for (const [ids, others, file] of [[idsA, idsB, b.file], [idsB, idsA, a.file]] as const) {
    const present = new Set(others.map((x) => x.id));
    for (const x of ids) if (!present.has(x.id)) problems.push({ file, message: `id "${x.id}" is missing here but present in ${where(x)}.` });
  }
  /** Ids also in `others`, each once (a duplicate is reported on its own). */
  const shared = (ids: Anchor[], others: Anchor[]) =>
    ids.filter((x, index) => others.some((y) => y.id === x.id) && ids.findIndex((y) => y.id === x.id) === index);
  const [orderA, orderB] = [shared(idsA, idsB), shared(idsB, idsA)];
  const i = orderB.findIndex((x, index) => x.id !== orderA[index]?.id);
  const [expected, found] = [orderA[i], orderB[i]];
  if (expected && found)
    problems.push({ ...locate(found), message: `ids are in a different order than in ${a.file}: "${found.id}" stands where "${expected.id}" does there (${where(expected)}).` });
  return problems;
}

/** The references of a section and its translation: in every block, the same terms in the same order. */
function compareReferences(a: SectionSource, b: SectionSource): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const [refsA, refsB] = [referencesOf(a), referencesOf(b)];
  const inBoth = new Set(anchorsOf(a).map((x) => x.id)).intersection(new Set(anchorsOf(b).map((x) => x.id)));
  // A block missing from one language is reported by compareIds already.
  const blocks = new Set([...refsA, ...refsB].map((ref) => ref.block)).intersection(inBoth);
  for (const block of blocks) {
    const [inA, inB] = [refsA.filter((r) => r.block === block), refsB.filter((r) => r.block === block)];
    const missing = [...missingReferences(b, block, inA, inB), ...missingReferences(a, block, inB, inA)];
    const order = (refs: Reference[]) => refs.map((r) => r.term).join(', ');
    problems.push(...missing);
    if (!missing.length && order(inA) !== order(inB))
      problems.push({ ...locate(inB[0] ?? b), message: `"${block}" references its terms in the order ${order(inB)}, but ${a.file} in the order ${order(inA)}.` });
  }
  return problems;
}

/**
 * The references one language has in a block and the other lacks there.
 * @param section The section that lacks them.
 * @param block Id of the block.
 * @param present References in the block of the language that has them.
 * @param found References in the block of `section`.
 */
function missingReferences(section: SectionSource, block: string, present: Reference[], found: Reference[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const term of new Set(present.map((r) => r.term))) {
    const [first, ...more] = present.filter((r) => r.term === term);
    const count = found.filter((r) => r.term === term).length;
    if (!first || more.length + 1 <= count) continue;
    const times = more.length ? ` ${more.length + 1} times, here ${count}` : '';
    problems.push({
      ...at(section.file, lineOfBlock(section, block)),
      message: `<Term id="${term}" /> is missing from "${block}": ${where(first)} references it there${times}. Both languages mark the same terms in the same places.`,
    });
  }
  return problems;
}

/** Every id a section's page will carry, in reading order: the section, its blocks, its glossary entries. */
function anchorsOf(section: SectionSource): Anchor[] {
  return [
    { id: section.section, kind: 'section', file: section.file },
    ...declaredIds(section.source).map(({ id, line }): Anchor => ({ id, kind: 'block', file: section.file, line })),
    ...entriesOf(section).map((entry): Anchor => ({ id: entry.id, kind: 'glossary entry', ...locate(entry) })),
  ];
}

/** A section's glossary entries, each at the line of its `id:`. */
function entriesOf(section: SectionSource): Entry[] {
  const declared = declaredEntries(section.source);
  return (section.entries ?? []).map((entry, index) => {
    const line = (declared[index]?.id === entry.id ? declared[index] : declared.find((d) => d.id === entry.id))?.line;
    return { id: entry.id, term: entry.term, definition: entry.definition, ...at(section.file, line) };
  });
}

function referencesOf(section: SectionSource): Reference[] {
  return termReferences(section.source).map(({ term, line, block }) => ({ term, block: block ?? section.section, file: section.file, line }));
}

function lineOfBlock(section: SectionSource, block: string): number | undefined {
  return declaredIds(section.source).find((d) => d.id === block)?.line;
}

/** `file:line`, or the file alone when the line is unknown. */
function where({ file, line }: Location): string {
  return line ? `${file}:${line}` : file;
}

/** Just the location of something located. */
function locate(place: Location): Location {
  return at(place.file, place.line);
}

/** A location; the line is left out when unknown. */
function at(file: string, line: number | undefined): Location {
  return line ? { file, line } : { file };
}
