/**
 * oEmbed (https://oembed.com) responses for term pages: a CMS given a term page's URL finds the
 * response through the page's discovery link and embeds a card with the term and its definition.
 */
import { shareImageSize } from '../share-image/card';

/** What a term's card shows and where it points. */
export interface EmbedTerm {
  lang: string;
  term: string;
  /** The ※ marker as the release prints it, e.g. `※1`. */
  marker: string;
  definition: string;
  /** Absolute URL of the term's page. */
  url: string;
}

export interface Provider {
  name: string;
  /** Absolute URL of the site's home page in the term's language. */
  url: string;
  /** Absolute URL of the term page's share image (1200×630). */
  thumbnail: string;
}

/** Size the card is laid out for, in CSS pixels: tall enough for the longest definition. */
const cardSize = { width: 480, height: 360 };

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for HTML content and attribute values.
 * @example escapeHtml('<a href="x">') // '&lt;a href=&quot;x&quot;&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapes[char] ?? char);
}

/**
 * The card's HTML: a quotation of the definition, citing and linking the term page. Plain HTML
 * without script or style, so it reads the same in any CMS, and survives any sanitiser.
 */
export function embedHtml(term: EmbedTerm, provider: Provider): string {
  const url = escapeHtml(term.url);
  return [
    `<blockquote lang="${escapeHtml(term.lang)}" cite="${url}">`,
    `<p><strong>${escapeHtml(term.term)}</strong> ${escapeHtml(term.marker)}</p>`,
    `<p>${escapeHtml(term.definition)}</p>`,
    `<footer><a href="${url}">${escapeHtml(provider.name)}</a></footer>`,
    '</blockquote>',
  ].join('');
}

/** The static oEmbed response of one term page: type `rich`, version 1.0. */
export function termOembed(term: EmbedTerm, provider: Provider) {
  return {
    version: '1.0',
    type: 'rich',
    title: term.term,
    provider_name: provider.name,
    provider_url: provider.url,
    html: embedHtml(term, provider),
    ...cardSize,
    thumbnail_url: provider.thumbnail,
    thumbnail_width: shareImageSize.width,
    thumbnail_height: shareImageSize.height,
  };
}
