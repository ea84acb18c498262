/**
 * Id of a section's heading, which names the section for assistive technology.
 * @example headingId('overview') // 'overview-heading'
 */
export function headingId(section: string): string {
  return `${section}-heading`;
}
