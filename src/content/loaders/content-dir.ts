/** Where the content lives, for the collections and for the PDFs' metadata alike. */

/** The content directory, relative to the project root; tests point it at fixtures of broken content. */
export const contentDir = process.env['EDITION_CONTENT_DIR'] ?? './content';
