/**
 * What the content checks report: a problem an author must fix, located by file and line, and the
 * `file:line: message` form editors and terminals link to.
 */

/** A place in the content: a file (relative to the project root), and the line and column when known. */
export interface Location {
  file: string;
  line?: number;
  column?: number;
}

/** A problem an author must fix, located as precisely as the source allows. */
export interface ContentProblem extends Location {
  message: string;
}

/**
 * `file:line`, `file:line:column`, or the file alone, as much as is known.
 * @example where({ file: 'content/en/a.mdx', line: 3 }) // 'content/en/a.mdx:3'
 */
export function where({ file, line, column }: Location): string {
  if (!line) return file;
  return column ? `${file}:${line}:${column}` : `${file}:${line}`;
}

/**
 * Formats a problem as `file:line: message`.
 * @example formatProblem({ file: 'content/en/a.mdx', line: 3, message: 'x' }) // 'content/en/a.mdx:3: x'
 */
export function formatProblem(problem: ContentProblem): string {
  return `${where(problem)}: ${problem.message}`;
}

/**
 * A location with the unknown parts left out, so that it compares and spreads cleanly.
 * @example at('a.mdx', undefined) // { file: 'a.mdx' }
 */
export function at(file: string, line?: number, column?: number): Location {
  if (!line) return { file };
  return column ? { file, line, column } : { file, line };
}
