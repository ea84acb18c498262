import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { idReferenceAttributes } from '../../src/site/id-references';

/** A reference from one built file to a URL. */
export interface Link {
  /** Site-relative path of the file that holds the reference, e.g. `/ja/` or `/_astro/a.css`. */
  from: string;
  url: string;
}

export interface LinkReport {
  /** Internal references that lead nowhere, each with the reason. */
  broken: string[];
  /** References to other origins or to other schemes (mailto:, tel:), listed, never fetched. */
  external: Link[];
  /** How many internal references were checked, so that a check of nothing cannot pass unnoticed. */
  checked: number;
}

/** Attributes whose value is a URL, by the elements that carry them. */
const urlAttributes: Array<[selector: string, attribute: string]> = [
  ['a[href], area[href], link[href], base[href]', 'href'],
  [
    'img[src], script[src], iframe[src], source[src], audio[src], video[src], track[src], embed[src], input[src]',
    'src',
  ],
  ['video[poster]', 'poster'],
  ['object[data]', 'data'],
  ['form[action]', 'action'],
  ['blockquote[cite], q[cite], ins[cite], del[cite]', 'cite'],
];

/** Every file of a built site, as site-relative paths with forward slashes. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .map((file) => relative(dir, join(dir, file)).split(sep).join('/'));
}

/** The references in one HTML document: URLs of links and assets, and meta URLs such as og:image. */
function urlsInHtml(document: Document): string[] {
  const urls = urlAttributes.flatMap(([selector, attribute]) =>
    [...document.querySelectorAll(selector)].map((element) => element.getAttribute(attribute) ?? ''),
  );
  const srcsets = [...document.querySelectorAll('img[srcset], source[srcset]')].flatMap((element) =>
    (element.getAttribute('srcset') ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''),
  );
  const metas = [...document.querySelectorAll('meta[content]')]
    .map((meta) => meta.getAttribute('content') ?? '')
    .filter((content) => /^(https?:)?\/\//.test(content));
  return [...urls, ...srcsets, ...metas].filter(Boolean);
}

/** The references in a stylesheet: `url(…)` and `@import "…"`. */
function urlsInCss(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2] ?? '');
  const imports = [...css.matchAll(/@import\s+(['"])([^'"]+)\1/g)].map((m) => m[2] ?? '');
  return [...urls, ...imports].filter((url) => !url.startsWith('data:') && !url.startsWith('#'));
}

/**
 * Checks every internal reference of a built site: each URL must lead to a built file under the
 * site's base path, each `#fragment` to an element of the page it names, each id reference
 * (`aria-labelledby`, `popovertarget`, `for`, …) to an element of the same page.
 * @param dir Folder of the build.
 * @param site Where the build is hosted: its origin and base path, e.g. `https://example.org/alk-gsk3/`.
 */
export function checkLinks(dir: string, site: URL): LinkReport {
  const files = filesOf(dir);
  const base = site.pathname;

  const documents = new Map<string, Document>();
  const documentOf = (file: string) => {
    if (!documents.has(file)) documents.set(file, parseHTML(readFileSync(join(dir, file), 'utf8')).document);
    return documents.get(file)!;
  };
  /** The built file a URL path under the base serves, as a static host finds it. */
  const fileFor = (path: string) => {
    const inside = decodeURIComponent(path.slice(base.length));
    const candidate = inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
    return files.includes(candidate) ? candidate : undefined;
  };
  const hasId = (document: Document, id: string) =>
    Boolean(document.getElementById(id)) ||
    [...document.querySelectorAll('a[name]')].some((a) => a.getAttribute('name') === id);

  const report: LinkReport = { broken: [], external: [], checked: 0 };
  for (const file of files) {
    const isHtml = file.endsWith('.html');
    if (!isHtml && !file.endsWith('.css')) continue;
    const from = `/${file}`.replace(/index\.html$/, '');
    const fileUrl = new URL(base + file.replace(/index\.html$/, ''), site);
    const document = isHtml ? documentOf(file) : undefined;
    const references = document ? urlsInHtml(document) : urlsInCss(readFileSync(join(dir, file), 'utf8'));

    for (const reference of references) {
      const url = new URL(reference, fileUrl);
      if (url.protocol === 'data:') continue;
      if (url.origin !== site.origin) {
        report.external.push({ from, url: url.href });
        continue;
      }
      report.checked++;
      const problem = (reason: string) => report.broken.push(`${from}: ${reference} ${reason}`);
      if (!url.pathname.startsWith(base)) {
        problem(`is outside the base path ${base}`);
        continue;
      }
      const target = fileFor(url.pathname);
      if (!target) {
        problem('leads to no built file');
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      // An empty fragment and "top" scroll to the start of the page, as HTML defines.
      if (!fragment || fragment.toLowerCase() === 'top') continue;
      if (!target.endsWith('.html')) problem('has a fragment but does not lead to a page');
      else if (!hasId(documentOf(target), fragment)) problem(`names no element with id "${fragment}" in /${target}`);
    }

    for (const attribute of document ? idReferenceAttributes : []) {
      for (const element of document!.querySelectorAll(`[${attribute}]`)) {
        // `for` is an id reference on <label> and <output> only.
        if (attribute === 'for' && !['label', 'output'].includes(element.localName)) continue;
        for (const id of (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean)) {
          report.checked++;
          if (!document!.getElementById(id))
            report.broken.push(`${from}: ${attribute}="${id}" on <${element.localName}> names no element of the page`);
        }
      }
    }
  }
  return report;
}

/** The external-link report: each URL once, with the pages that link to it. */
export function formatExternal(links: Link[]): string {
  const byUrl = new Map<string, Set<string>>();
  for (const { from, url } of links) byUrl.set(url, (byUrl.get(url) ?? new Set()).add(from));
  return [...byUrl]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([url, pages]) =>
        `${url}\n${[...pages]
          .sort()
          .map((page) => `  ${page}`)
          .join('\n')}`,
    )
    .join('\n');
}
