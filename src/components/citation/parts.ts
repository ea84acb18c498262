/** How the parallel view cuts the citation components into its rows, part by part. */
import type { Lang } from '../../site/languages';

/**
 * The props of each citation component: its language; the one part to show, by its place in the
 * component's list below, for the parallel view (undefined for all); and what to put before every
 * id, and every reference to one, so that both languages can share a page.
 */
export interface PartProps {
  lang: Lang;
  part?: number | undefined;
  prefix?: string;
}

/**
 * The parts of "Cite the paper" (CiteThePaper.astro), each by its id: heading, lead, reference,
 * files. Child by child, so that the languages' headings, leads and references line up; the
 * component's test holds it to this list.
 */
export const citeThePaperParts: ReadonlyArray<string | undefined> = [
  'cite-paper-title',
  undefined,
  undefined,
  'cite-files',
];

/** The parts of "Cite this page" (CiteThisPage.astro), each by its id: heading, lead, reference. */
export const citeThisPageParts: ReadonlyArray<string | undefined> = ['cite-page-title', undefined, undefined];

/** The parts of the citation (Citation.astro): the paper's details, then the parts of both. */
export const citationParts: ReadonlyArray<string | undefined> = [undefined, ...citeThePaperParts, ...citeThisPageParts];

/**
 * Which part of a component to show, given the part of its container selected and where the
 * component's parts start among the container's: undefined to show all, null to show none.
 * @example partWithin(3, 1, 4) // 2
 */
export function partWithin(part: number | undefined, from: number, count: number): number | undefined | null {
  if (part === undefined) return undefined;
  return part >= from && part < from + count ? part - from : null;
}
