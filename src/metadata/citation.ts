/**
 * Citations made from the content with citation-js: the paper as CSL-JSON, BibTeX and RIS files
 * that reference managers import, and its reference in the Vancouver style (the style medicine
 * uses), set by citeproc-js through citation-js's CSL plugin. An edition's page is cited by
 * page-citation.ts.
 * Pure: the content comes in as arguments (see citations.ts for where it is read).
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { PaperData } from '../content/schema';

export type CslName = { family: string; given: string };

/** The fields of a CSL-JSON item this site fills. */
export interface CslItem {
  id: string;
  /** The label BibTeX files give the item. */
  'citation-key'?: string;
  type: 'article-journal';
  title: string;
  author: CslName[];
  issued: { 'date-parts': [[number, number, number]] };
  URL: string;
  'container-title'?: string;
  publisher?: string;
  DOI?: string;
}

/** A citation file of the paper: its format, the file's name under the site, its media type and text. */
export interface CitationFile {
  kind: 'bibtex' | 'ris' | 'csl';
  /** The file's path under the site's base, for ever (tests/url-contract.txt). */
  path: string;
  mediaType: string;
  text: string;
}

/**
 * A person's name split for a reference: the last word is the family name, as in every name of
 * the paper's author list ("Yuki Shimizu").
 * @param where The file and field the name comes from, for the error.
 * @example personName('Yuki Shimizu', 'content/paper.yaml: authors[0]') // { family: 'Shimizu', given: 'Yuki' }
 */
export function personName(name: string, where: string): CslName {
  const space = name.lastIndexOf(' ');
  if (space < 1)
    throw new Error(
      `${where}: "${name}" needs a given and a family name, given first ("Yuki Shimizu"), so that references can list it as "Shimizu Y".`,
    );
  return { family: name.slice(space + 1), given: name.slice(0, space) };
}

/**
 * The day of a date as CSL's date parts, read in UTC as the content's dates are.
 * @example dateParts(new Date('2022-03-17')) // { 'date-parts': [[2022, 3, 17]] }
 */
export function dateParts(date: Date): CslItem['issued'] {
  return { 'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]] };
}

/**
 * The paper as a CSL-JSON item, every author in order. Its id, the first author's family name and
 * the year, is short enough for RIS, which cuts IDs at 20 characters.
 */
export function paperItem(paper: PaperData): CslItem {
  const author = paper.authors.map((name, index) => personName(name, `content/paper.yaml: authors[${index}]`));
  const first = author[0];
  const key = `${first?.family ?? 'paper'}${paper.published.getUTCFullYear()}`;
  return {
    id: key,
    'citation-key': key,
    type: 'article-journal',
    title: paper.title,
    author,
    'container-title': paper.journal,
    publisher: paper.publisher,
    issued: dateParts(paper.published),
    DOI: paper.doi,
    URL: doiUrl(paper.doi),
  };
}

/**
 * The URL a DOI resolves at.
 * @example doiUrl('10.1038/s41698-022-00260-0') // 'https://doi.org/10.1038/s41698-022-00260-0'
 */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}

/** The paper's citation files: BibTeX, RIS and CSL-JSON, each ending with a newline. */
export function citationFiles(paper: PaperData): CitationFile[] {
  const cite = new Cite([paperItem(paper)]);
  return [
    {
      kind: 'bibtex',
      path: 'paper.bib',
      mediaType: 'application/x-bibtex',
      text: `${String(cite.format('bibtex', { format: 'text' })).trim()}\n`,
    },
    { kind: 'ris', path: 'paper.ris', mediaType: 'application/x-research-info-systems', text: risText(cite) },
    {
      kind: 'csl',
      path: 'paper.json',
      mediaType: 'application/vnd.citationstyles.csl+json',
      text: `${String(cite.format('data', { format: 'text' })).trim()}\n`,
    },
  ];
}

/**
 * RIS with one line per field. citation-js's own text output breaks values every 70 characters,
 * mid-word, and importers (citation-js's too) join the pieces with a space: "resistan ce".
 */
function risText(cite: Cite): string {
  const records = cite.format('ris', { format: 'object' }) as Array<Record<string, string | string[]>>;
  const lines = records.flatMap(({ TY, ...fields }) => [
    `TY  - ${String(TY)}`,
    ...Object.entries(fields).flatMap(([tag, value]) => [value].flat().map((v) => `${tag}  - ${v}`)),
    'ER  - ',
  ]);
  return `${lines.join('\n')}\n`;
}

/**
 * A reference in the Vancouver style (NLM's Citing Medicine), as plain text.
 * @example vancouver(paperItem(paper)) // 'Shimizu Y, Okada K, … et al. GSK3 inhibition … npj Precision Oncology. 2022 Mar 17. doi:10.1038/…'
 */
export function vancouver(item: CslItem): string {
  const text = String(
    new Cite([item]).format('bibliography', { template: 'vancouver', lang: 'en-US', format: 'text' }),
  );
  // The style numbers the entries of a reference list; a reference on its own needs no "1.".
  return text.trim().replace(/^1\.\s+/, '');
}
