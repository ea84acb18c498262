import { declaredIds, termReferences, type TermReference } from './content-source';

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

/** A problem an author must fix, located as precisely as the source allows. */
export interface ContentProblem {
  file: string;
  line?: number | undefined;
  message: string;
}

/**
 * Formats a problem as `file:line: message`, the form editors and terminals link to.
 * @example formatProblem({ file: 'content/en/a.mdx', line: 3, message: 'x' }) // 'content/en/a.mdx:3: x'
 */
export function formatProblem({ file, line, message }: ContentProblem): string {
  return `${line ? `${file}:${line}` : file}: ${message}`;
}

interface Anchor {
  id: string;
  file: string;
  line?: number | undefined;
}

/** Every id a language's page will carry, in reading order: section ids, block ids, glossary entry ids. */
function anchorsOf(sections: readonly SectionSource[]): Anchor[] {
  return sections.flatMap((s) => [
    { id: s.section, file: s.file },
    ...declaredIds(s.source).map(({ id, line }) => ({ id, file: s.file, line })),
    ...(s.entries ?? []).map(({ id }) => ({ id, file: s.file, line: lineOfEntry(s.source, id) })),
  ]);
}

function lineOfEntry(source: string, id: string): number | undefined {
  const index = source.search(new RegExp(`^\\s*-?\\s*id:\\s*${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'm'));
  return index < 0 ? undefined : source.slice(0, index).split('\n').length;
}

function checkLanguage(sections: readonly SectionSource[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, Anchor>();
  for (const anchor of anchorsOf(sections)) {
    const first = seen.get(anchor.id);
    if (first) {
      problems.push({
        file: anchor.file,
        ...(anchor.line ? { line: anchor.line } : {}),
        message: `duplicate id "${anchor.id}", already used in ${formatProblem({ ...first, message: '' }).slice(0, -2)}. Every id must be unique within a language.`,
      });
    } else seen.set(anchor.id, anchor);
  }

  const glossary = sections.filter((s) => s.entries);
  const entries = glossary.flatMap((s) => (s.entries ?? []).map((entry) => ({ ...entry, file: s.file, source: s.source })));
  if (glossary.length !== 1) {
    problems.push({
      file: sections[0]?.file ?? '(no file)',
      message: `expected exactly one glossary section with \`entries\` in its frontmatter, found ${glossary.length}.`,
    });
  }
  const known = new Set(entries.map((e) => e.id));
  const references = sections.flatMap((s) => termReferences(s.source).map((ref) => ({ ...ref, file: s.file })));
  for (const ref of references) {
    if (!ref.term) problems.push({ file: ref.file, line: ref.line, message: '<Term> without an id: write <Term id="…" /> naming a glossary entry.' });
    else if (!known.has(ref.term))
      problems.push({
        file: ref.file,
        line: ref.line,
        message: `<Term id="${ref.term}" /> names no glossary entry. Known ids: ${[...known].join(', ')}.`,
      });
  }
  const referenced = new Set(references.map((r) => r.term));
  for (const entry of entries) {
    const at = lineOfEntry(entry.source, entry.id);
    const where = { file: entry.file, ...(at ? { line: at } : {}) };
    if (!referenced.has(entry.id))
      problems.push({ ...where, message: `glossary entry "${entry.id}" is referenced nowhere. Add <Term id="${entry.id}" /> where the release marks it, or remove the entry.` });
    if (!entry.definition.trim()) problems.push({ ...where, message: `glossary entry "${entry.id}" has an empty definition.` });
  }
  return problems;
}

function describeRefs(refs: readonly TermReference[]): string {
  return refs.length ? refs.map((r) => r.term).join(', ') : 'none';
}

/** Compares two languages: the same sections, the same ids in the same order, the same references per block. */
function checkParity(original: readonly SectionSource[], translation: readonly SectionSource[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const pairs: Array<[SectionSource | undefined, SectionSource | undefined]> = [];
  const bySection = new Map(translation.map((s) => [s.section, s]));
  for (const s of original) pairs.push([s, bySection.get(s.section)]);
  for (const s of translation) if (!original.some((o) => o.section === s.section)) pairs.push([undefined, s]);

  for (const [a, b] of pairs) {
    if (!a || !b) {
      const present = (a ?? b) as SectionSource;
      const missingLang = a ? translation[0]?.lang : original[0]?.lang;
      problems.push({
        file: present.file,
        message: `section "${present.section}" has no counterpart in language "${missingLang}": add content/${missingLang}/${present.section}.mdx.`,
      });
      continue;
    }
    const idsA = anchorsOf([a]);
    const idsB = anchorsOf([b]);
    const inB = new Set(idsB.map((x) => x.id));
    const inA = new Set(idsA.map((x) => x.id));
    for (const x of idsA) if (!inB.has(x.id)) problems.push({ file: b.file, message: `id "${x.id}" is missing here but present in ${formatProblem({ ...x, message: '' }).slice(0, -2)}.` });
    for (const x of idsB) if (!inA.has(x.id)) problems.push({ file: a.file, message: `id "${x.id}" is missing here but present in ${formatProblem({ ...x, message: '' }).slice(0, -2)}.` });
    const orderA = idsA.map((x) => x.id).filter((id) => inB.has(id));
    const orderB = idsB.map((x) => x.id).filter((id) => inA.has(id));
    if (orderA.join() !== orderB.join())
      problems.push({ file: b.file, message: `ids are in a different order than in ${a.file}: expected ${orderA.join(', ')}.` });

    const refsA = termReferences(a.source);
    const refsB = termReferences(b.source);
    const blocks = new Set([...refsA, ...refsB].map((r) => r.block ?? a.section));
    for (const block of blocks) {
      const inBlockA = refsA.filter((r) => (r.block ?? a.section) === block);
      const inBlockB = refsB.filter((r) => (r.block ?? b.section) === block);
      if (describeRefs(inBlockA) !== describeRefs(inBlockB)) {
        const line = inBlockB[0]?.line ?? declaredIds(b.source).find((d) => d.id === block)?.line;
        problems.push({
          file: b.file,
          ...(line ? { line } : {}),
          message: `"${block}" references glossary terms [${describeRefs(inBlockB)}] but ${a.file} references [${describeRefs(inBlockA)}] there. Both languages must mark the same terms in the same places.`,
        });
      }
    }
  }
  return problems;
}

/**
 * Checks the whole edition, every language against the first: ids unique and shared, glossary
 * references resolvable, every entry used, references present in both languages.
 * @returns The problems found, empty when the content is sound.
 */
export function checkEdition(sections: readonly SectionSource[], langs: readonly string[]): ContentProblem[] {
  const byLang = langs.map((lang) => sections.filter((s) => s.lang === lang));
  const [original, ...translations] = byLang;
  if (!original) return [];
  return [
    ...byLang.flatMap(checkLanguage),
    ...translations.flatMap((translation) => checkParity(original, translation)),
  ];
}
