/**
 * Reads one section file, `<lang>/<section>.mdx`, once: its MDX parsed with Sätteri, its frontmatter
 * read with `yaml` and checked against the section schema, every problem at its line.
 */
import { at, type ContentProblem } from '../problem';
import { checkMarkup, type MarkupReport } from '../check/markup';
import { MdxSyntaxError, parseMdx, type Block, type ParsedMdx, type TermReference } from './mdx-section';
import { characterProblems } from '../check/text';
import { readYaml, validateYaml } from './yaml';
import { sectionSchema, type SectionData } from '../schema';

/** Where a block or reference stands: its section and the file it is written in. */
export interface Placed {
  /** Id of the section, shared by both languages: the file's name without `.mdx`. */
  section: string;
  /** Path of the file, relative to the project root. */
  file: string;
}

/** A glossary entry as the frontmatter declares it, at the line of its `id`. */
export interface DeclaredEntry {
  id: string;
  term: string;
  definition: string;
  file: string;
  line: number;
}

/** One section file of one language, read. */
export interface SectionFile extends Placed {
  lang: string;
  /** The frontmatter; undefined when the file does not parse or the frontmatter is invalid. */
  data: SectionData | undefined;
  blocks: Array<Block & Placed>;
  references: Array<TermReference & Placed>;
  /** The glossary entries of the frontmatter (only the glossary section has any). */
  entries: DeclaredEntry[];
  /** Lines of the frontmatter's fields that other sections' checks name (those present). */
  lines: Partial<Record<'order' | 'parent' | 'shows', number>>;
  /** Its links, and its components but `<Term>`, to compare languages. */
  links: MarkupReport['links'];
  components: MarkupReport['components'];
  /** What keeps the file from being read: an MDX syntax error, invalid frontmatter. */
  problems: ContentProblem[];
}

/**
 * Reads one section file.
 * @param file Path of the file, relative to the project root, as problems name it.
 * @example readSection('content/en/a.mdx', 'en', '---\ntitle: A\norder: 1\n---\n<p id="a-1">x</p>').blocks[0]?.id // 'a-1'
 */
export function readSection(file: string, lang: string, source: string): SectionFile {
  const section = sectionName(file);
  const empty = {
    file,
    lang,
    section,
    data: undefined,
    blocks: [],
    references: [],
    entries: [],
    links: [],
    components: [],
    lines: {},
  };
  // A character that does not belong comes first: it may be why an id or the syntax looks wrong.
  const characters = characterProblems(file, source);
  const parsed = tryParse(source);
  if (parsed instanceof MdxSyntaxError)
    return {
      ...empty,
      problems: [
        ...characters,
        { ...at(file, parsed.line, parsed.column), message: `the MDX does not parse: ${parsed.reason}` },
      ],
    };
  const place = { section, file };
  const blocks = parsed.blocks.map((block) => ({ ...block, ...place }));
  const references = parsed.references.map((reference) => ({ ...reference, ...place }));
  if (!parsed.frontmatter)
    return {
      ...empty,
      blocks,
      references,
      problems: [
        ...characters,
        {
          ...at(file, 1),
          message: 'the file has no frontmatter: start it with `---`, a `title` and an `order`, and `---`.',
        },
      ],
    };

  const yaml = readYaml(parsed.frontmatter.yaml, file, parsed.frontmatter.line);
  const { data, problems } = yaml.problems.length
    ? { data: undefined, problems: yaml.problems }
    : validateYaml(sectionSchema, yaml, file, 'frontmatter');
  const entries = (data?.entries ?? []).map((entry, i) => ({
    ...entry,
    file,
    line: yaml.lineOf(['entries', i, 'id']),
  }));
  const markup = checkMarkup(parsed.tree, file, data?.httpLinks);
  const lines = Object.fromEntries(
    (['order', 'parent', 'shows'] as const)
      .filter((key) => data?.[key] !== undefined)
      .map((key) => [key, yaml.lineOf([key])]),
  );
  const unused = (data?.httpLinks ?? []).flatMap((url, i) =>
    markup.links.some((link) => link.url === url)
      ? []
      : [
          {
            ...at(file, yaml.lineOf(['httpLinks', i])),
            message: `httpLinks lists "${url}", which the text does not link to; remove it from the list.`,
          },
        ],
  );
  return {
    ...empty,
    data,
    blocks,
    references,
    entries,
    lines,
    links: markup.links,
    components: markup.components,
    problems: [...characters, ...problems, ...markup.problems, ...unused],
  };
}

/** The parsed MDX, or the syntax error that keeps it from parsing. */
function tryParse(source: string): ParsedMdx | MdxSyntaxError {
  try {
    return parseMdx(source);
  } catch (error) {
    if (error instanceof MdxSyntaxError) return error;
    throw error;
  }
}

/**
 * The section id of a file: its name without `.mdx`.
 * @example sectionName('content/ja/overview.mdx') // 'overview'
 */
export function sectionName(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return name.endsWith('.mdx') ? name.slice(0, -'.mdx'.length) : name;
}
