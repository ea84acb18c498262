/**
 * The parts of citation-js this project calls, which ship without TypeScript declarations.
 * @see https://citation.js.org/api/0.7/
 */
declare module '@citation-js/core' {
  /** A bibliography: CSL-JSON items, read from any format a plugin parses, written to any it formats. */
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    /** Reads data asynchronously, as parsers that may look things up require. */
    static async(data: unknown, options?: { forceType?: string }): Promise<Cite>;
    /** The items, as CSL-JSON. */
    data: Array<Record<string, unknown>>;
    /** The items in another format: `bibtex`, `ris`, `data` (CSL-JSON), `bibliography`… */
    format(format: string, options?: Record<string, unknown>): unknown;
  }
  export const plugins: {
    config: { get(name: string): unknown };
  };
}

declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
