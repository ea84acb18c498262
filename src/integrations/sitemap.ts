/**
 * The sitemap: Astro's own `@astrojs/sitemap`, configured with the edition's languages so that
 * each page lists its counterparts as `xhtml:link rel="alternate" hreflang`, as Google documents
 * for localized versions, with the original as `x-default`, exactly as each page's own `<head>`
 * does (src/layouts/Page.astro). It writes `sitemap-index.xml` and `sitemap-0.xml` under the
 * base; robots.txt names the index (src/pages/robots.txt.ts).
 * @see https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap
 */
import sitemap, { type LinkItem, type SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { languages, originalLang } from '../site/languages.ts';

/**
 * `@astrojs/sitemap` with `i18n`, and the site's root (origin and base) made known to the links'
 * correction below when Astro's configuration is resolved.
 */
export function siteSitemap(): AstroIntegration {
  let root: URL | undefined;
  const inner = sitemap({
    i18n: { defaultLocale: originalLang, locales: Object.fromEntries(languages.map((lang) => [lang, lang])) },
    // Only the alternates' namespace: the site has no news, image or video sitemap entries.
    namespaces: { xhtml: true, news: false, image: false, video: false },
    serialize: (item) => {
      if (!root) throw new Error('The sitemap was written before Astro’s configuration was resolved.');
      return withAlternates(item, root);
    },
  });
  return {
    name: 'site-sitemap',
    hooks: {
      ...inner.hooks,
      'astro:config:done': async (options) => {
        root = new URL(options.config.base, options.config.site);
        await inner.hooks['astro:config:done']?.(options);
      },
    },
  };
}

/**
 * The language folder a URL is in, under the site's root, if any.
 * @example languageOf('https://example.org/b/en/glossary/', new URL('https://example.org/b/')) // 'en'
 */
export function languageOf(url: string, root: URL): string | undefined {
  if (!url.startsWith(root.href)) return undefined;
  const folder = url.slice(root.href.length).split('/')[0] ?? '';
  return (languages as readonly string[]).includes(folder) ? folder : undefined;
}

/**
 * Corrects the alternates `@astrojs/sitemap` found and adds `x-default`. Its `i18n` option reads
 * a URL outside every language folder as the default language's, so it pairs the bilingual entry
 * page (`/`) with `/ja/` and `/en/`; the entry page has no counterparts, and is no one's.
 * @param root The site's origin and base, e.g. `https://example.org/alk-gsk3/`.
 */
export function withAlternates(item: SitemapItem, root: URL): SitemapItem {
  const { links, ...rest } = item;
  const inFolder = (link: LinkItem) => languageOf(link.url, root) === link.lang;
  const kept = languageOf(item.url, root) ? (links ?? []).filter(inFolder) : [];
  const original = kept.find((link) => link.lang === originalLang);
  if (kept.length < 2 || !original) return rest;
  return { ...rest, links: [...kept, { lang: 'x-default', url: original.url }] };
}
