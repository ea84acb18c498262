/**
 * Id of the hover card that defines a glossary term on a page.
 * @example cardId('gsk3-inhibitor') // 'card-gsk3-inhibitor'
 */
export function cardId(term: string): string {
  return `card-${term}`;
}

/**
 * Id of a section's heading, which names the section for assistive technology.
 * @example headingId('overview') // 'overview-heading'
 */
export function headingId(section: string): string {
  return `${section}-heading`;
}
