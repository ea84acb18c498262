/**
 * Holds a section's MDX to the content model, so that content can carry no active or styled markup
 * and nothing the pages do not know how to show: only the elements and components listed here, only
 * their attributes, links only to https, mailto and tel addresses (or a fragment of the page), no
 * code (expressions, imports), every block with an id. Each problem is at its
 * line and column and says what to write instead.
 */
import { at, type ContentProblem } from '../problem';
import type { MdxNode } from '../read/mdx-section';
import { idSchema } from '../schema';
import { attributeValue, isJsxElement } from '../../markdown/jsx';

/** The HTML elements the content may use: those that stand alone as blocks (each with an id), the lists, and phrasing inside them. */
const blockElements = new Set(['p', 'h3', 'h4', 'address']);
const listElements = new Set(['ul', 'ol']);
const phrasingElements = new Set(['a', 'abbr', 'br', 'cite', 'em', 'q', 'span', 'strong', 'sub', 'sup']);

/** The components the content may use, each with the attributes it takes. */
const components: Record<string, readonly string[]> = { Term: ['id'], AtAGlance: [] };

/** Attributes every element may carry, and those only some may. */
const globalAttributes = ['id', 'lang', 'dir'];
const elementAttributes: Record<string, readonly string[]> = { a: ['href'], abbr: ['title'] };

/** The Markdown the content may write inside a block: words, emphasis, code, line breaks, links. */
const phrasingNodes = new Set([
  'text',
  'emphasis',
  'strong',
  'inlineCode',
  'break',
  'link',
  'linkReference',
  'paragraph',
]);

/** Why an element that runs, embeds or styles is refused, beyond its not being in the model. */
const dangerous: Record<string, string> = {
  script: "runs code in every reader's browser; the content carries no scripts (client code belongs in src/scripts/)",
  iframe: 'embeds another page; the content embeds nothing: link to it with <a href="https://…">',
  object: 'embeds a plug-in or another page; the content embeds nothing: link to it with <a href="https://…">',
  embed: 'embeds a plug-in or another page; the content embeds nothing: link to it with <a href="https://…">',
  style: 'styles the page from the content; styles belong in src/styles/',
};

/** What Markdown the content model has no place for is, and what to write instead. */
const markdownNodes: Record<string, string> = {
  paragraph: 'text outside a block with an id; wrap it in <p id="…">…</p>, with the same id in both languages',
  heading: 'a Markdown heading; write <h3 id="…">…</h3>, with the same id in both languages',
  list: 'a Markdown list; write <ul> with an <li id="…"> for each item',
  image: 'an image; the content model has no images',
  code: 'a code block; the content model has none',
  blockquote: 'a Markdown quotation; write <p id="…"> with <q> for quoted words',
  thematicBreak: 'a Markdown rule (---); the sections are separated by the layout',
  table: 'a table; the content model has none',
  footnoteReference: 'a Markdown footnote; mark a glossary term with <Term id="…" />',
  footnoteDefinition: 'a Markdown footnote; mark a glossary term with <Term id="…" />',
  mdxjsEsm: 'an import or export: code, which the content cannot carry; <Term> and <AtAGlance /> need no import',
  mdxFlowExpression: 'an expression in braces: code, which the content cannot carry; write the text itself',
  mdxTextExpression: 'an expression in braces: code, which the content cannot carry; write the text itself',
};

/** A link of the section, for comparing languages: its address and the block it stands in. */
export interface Link {
  url: string;
  block: string | undefined;
  line: number;
}

/** What the check finds: the problems, and the links and components, for comparing languages. */
export interface MarkupReport {
  problems: ContentProblem[];
  links: Link[];
  /** Every component but `<Term>` (which `references` holds), with the block it follows. */
  components: Array<{ name: string; after: string | undefined; line: number }>;
}

/**
 * Checks a section's MDX tree.
 * @param root The tree, as `parseMdx` gives it.
 * @param file Path of the file, for problems.
 * @param httpLinks The `http:` addresses the frontmatter marks as intended (`httpLinks`).
 */
export function checkMarkup(root: MdxNode, file: string, httpLinks: readonly string[] = []): MarkupReport {
  const report: MarkupReport = { problems: [], links: [], components: [] };
  const problem = (node: MdxNode, message: string): void =>
    void report.problems.push({ ...at(file, node.position?.start.line, node.position?.start.column), message });
  let lastBlock: string | undefined;

  const visit = (node: MdxNode, context: 'top' | 'list' | 'block', block: string | undefined): void => {
    if (node.type === 'yaml' || isComment(node)) return;
    if (node.type === 'text') {
      // The parser drops the indentation before the words: their line is known, not their column.
      if (context === 'list' && String(node.value).trim())
        report.problems.push({
          ...at(
            file,
            (node.position?.start.line ?? 1) + (/^\s*/.exec(String(node.value))?.[0].split('\n').length ?? 1) - 1,
          ),
          message: 'text directly in a list; put it in an <li id="…">.',
        });
      return;
    }
    if (node.type === 'link' || node.type === 'definition') {
      checkUrl(String(node.url), node, block);
      for (const child of node.children ?? []) visit(child, 'block', block);
      return;
    }
    if (!isJsxElement(node)) {
      const allowed =
        (context === 'block' && phrasingNodes.has(node.type)) || (context === 'list' && node.type === 'paragraph');
      if (!allowed)
        return problem(
          node,
          `${markdownNodes[node.type] ?? `Markdown the content model does not know (${node.type})`}.`,
        );
      for (const child of node.children ?? []) visit(child, context, block);
      return;
    }
    const name = node.name ?? '';
    const component = Object.hasOwn(components, name) ? name : undefined;
    const known =
      component ??
      (blockElements.has(name) || listElements.has(name) || phrasingElements.has(name) || name === 'li'
        ? name
        : undefined);
    if (!known) return problem(node, unknownElement(name));
    checkAttributes(node, known);
    const id = attributeValue(node, 'id');
    if (component) {
      if (component !== 'Term')
        report.components.push({ name: component, after: block ?? lastBlock, line: node.position?.start.line ?? 1 });
      return;
    }
    // An href written as an expression is refused with the attributes.
    const href = attributeValue(node, 'href');
    if (name === 'a' && typeof href !== 'object') checkUrl(typeof href === 'string' ? href : '', node, block);
    const placed =
      context === 'top'
        ? blockElements.has(name) || listElements.has(name)
        : context === 'list'
          ? name === 'li'
          : phrasingElements.has(name);
    if (!placed) return problem(node, misplaced(name, context));
    if ((blockElements.has(name) || name === 'li') && typeof id !== 'string')
      problem(
        node,
        `<${name}> without an id: every block carries one, the same in both languages, e.g. <${name} id="${name === 'li' ? 'points-1' : 'overview-1'}">.`,
      );
    if (typeof id === 'string' && !idSchema.safeParse(id).success)
      problem(
        node,
        `<${name} id="${id}">: ids are lowercase letters and digits joined by single hyphens, readable in a URL; write id="${suggestId(id)}", the same in both languages.`,
      );
    const inner = typeof id === 'string' && (blockElements.has(name) || name === 'li') ? id : block;
    if (inner) lastBlock = inner;
    for (const child of node.children ?? []) visit(child, listElements.has(name) ? 'list' : 'block', inner);
  };

  /** Refuses an address that is not https, mailto, tel or a fragment; `http:` only when marked. */
  const checkUrl = (url: string, node: MdxNode, block: string | undefined) => {
    const line = node.position?.start.line ?? 1;
    report.links.push({ url, block, line });
    // Browsers ignore tabs, line breaks and leading control characters in a URL's scheme: so must this.
    // eslint-disable-next-line no-control-regex -- those control characters are what it strips
    const plain = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
    const scheme = /^([a-z][a-z\d+.-]*):/i.exec(plain)?.[1]?.toLowerCase();
    if (
      scheme === 'https' ||
      scheme === 'mailto' ||
      scheme === 'tel' ||
      (!scheme && plain.startsWith('#') && plain.length > 1)
    )
      return;
    if (scheme === 'http') {
      if (!httpLinks.includes(url))
        problem(
          node,
          `the link to "${url}" is plain http, which readers' browsers warn about. Link to its https:// address; if it has none, list the address under \`httpLinks\` in the frontmatter to mark it as intended.`,
        );
      return;
    }
    problem(
      node,
      `the link to "${url}" ${scheme ? `uses "${scheme}:", which` : 'is not an absolute address, which'} the content may not link to. Link to an https:// address, a mailto: or tel: address, or a "#id" of the page.`,
    );
  };

  /** Refuses attributes the element does not take, and says why for those that run or style. */
  const checkAttributes = (node: MdxNode, name: string) => {
    const allowed = Object.hasOwn(components, name)
      ? (components[name] ?? [])
      : [...globalAttributes, ...(elementAttributes[name] ?? [])];
    for (const attr of node.attributes ?? []) {
      const place = { position: attr.position ?? node.position } as MdxNode;
      if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
        problem(
          place,
          `<${name} {${String(attr.value)}}> spreads an expression into attributes: code, which the content cannot carry. Write each attribute as name="value".`,
        );
        continue;
      }
      const attrName = attr.name;
      if (/^on/i.test(attrName))
        problem(
          place,
          `<${name} ${attrName}>: an event handler runs code in every reader's browser; the content carries no scripts. Remove it.`,
        );
      else if (attrName.toLowerCase() === 'style')
        problem(
          place,
          `<${name} style>: the content carries no styles, which the site's Content-Security-Policy blocks anyway. Remove it; styles belong in src/styles/.`,
        );
      else if (!allowed.includes(attrName))
        problem(
          place,
          `<${name} ${attrName}>: ${Object.hasOwn(components, name) ? `<${name}>` : `<${name}> in the content`} takes ${allowed.length ? allowed.join(', ') : 'no attributes'}, not "${attrName}". Remove it.`,
        );
      else if (attr.value !== null && typeof attr.value === 'object')
        problem(
          place,
          `<${name} ${attrName}={…}>: an expression, which is code; write the value itself, ${attrName}="…".`,
        );
      else if (attrName === 'lang' && !isLanguageTag(attr.value))
        problem(
          place,
          `<${name} lang="${String(attr.value)}">: not a language tag, which screen readers and hyphenation follow; write one such as lang="ja" or lang="en".`,
        );
      else if (attrName === 'dir' && !['ltr', 'rtl', 'auto'].includes(String(attr.value)))
        problem(place, `<${name} dir="${String(attr.value)}">: write dir="ltr", dir="rtl" or dir="auto".`);
    }
  };

  for (const child of root.children ?? []) visit(child, 'top', undefined);
  return report;
}

/** Why an element is refused, and what was likely meant. */
function unknownElement(name: string): string {
  const meant = Object.keys(components).find((component) => component.toLowerCase() === name.toLowerCase());
  if (meant)
    return `<${name}> is not a component: components start with a capital letter. Write <${meant}${meant === 'Term' ? ' id="…" /' : ' /'}>.`;
  if (dangerous[name.toLowerCase()]) return `<${name}> ${dangerous[name.toLowerCase()]}.`;
  const allowed = `The content may use ${[...blockElements, ...listElements, 'li', ...phrasingElements].map((e) => `<${e}>`).join(', ')}, <Term id="…" /> and <AtAGlance />.`;
  return `<${name || '>…</'}> is not part of the content model. ${allowed}`;
}

/**
 * The id an author most likely meant.
 * @example suggestId('Overview_1') // 'overview-1'
 */
function suggestId(id: string): string {
  return (
    id
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'overview-1'
  );
}

/** Why an element known to the model is refused where it stands. */
function misplaced(name: string, context: 'top' | 'list' | 'block'): string {
  if (context === 'top')
    return `<${name}> stands outside a block; put it inside a <p id="…"> or another block with an id.`;
  if (context === 'list') return `<${name}> stands directly in a list; a list holds <li id="…"> items only.`;
  return `<${name}> stands inside another block; blocks are not nested (a list's items excepted).`;
}

/** Whether a value is a well-formed BCP 47 language tag, as `lang` takes. */
function isLanguageTag(value: unknown): boolean {
  if (typeof value !== 'string' || !value) return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/** An MDX expression that holds only a comment, `{/* … *\/}`: no code, nothing rendered. */
function isComment(node: MdxNode): boolean {
  if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return false;
  return (
    String(node.value)
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .trim() === ''
  );
}
