/**
 * The attributes whose value names other elements of the same page by id, in one list: the
 * parallel view prefixes them along with the ids they name, and the link checker resolves them.
 * Two lists would drift apart, and an id reference one of them forgot would break unnoticed.
 */

/**
 * Attributes whose value is an id, or a list of ids separated by white space, of elements of the
 * same page: those of HTML (labels, table headers, popovers, invokers, interest invokers), of
 * WAI-ARIA, and the site's own `data-term-ref` (a glossary marker's card, read by its script).
 * `for` names an element only on `<label>` and `<output>`.
 * @example idReferenceAttributes.includes('aria-labelledby') // true
 */
export const idReferenceAttributes = [
  'for',
  'list',
  'headers',
  'popovertarget',
  'interestfor',
  'commandfor',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-details',
  'aria-errormessage',
  'aria-activedescendant',
  'aria-flowto',
  'data-term-ref',
] as const;

export type IdReferenceAttribute = (typeof idReferenceAttributes)[number];
