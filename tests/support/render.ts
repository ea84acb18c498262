/**
 * Renders a component or layout with Astro's Container API, outside any build, and gives the HTML
 * a reader gets as a DOM to query (the dev-only source attributes do not matter to assertions).
 */
import { experimental_AstroContainer as AstroContainer, type ContainerRenderOptions } from 'astro/container';
import { parseHTML } from 'linkedom';
import { withBase } from '../../src/site/urls';

/** The site the container renders for, as astro.config's `site` is at build time: absolute URLs start with it. */
export const site = 'https://example.org';

const container = await AstroContainer.create({ astroConfig: { site } });

type Component = Parameters<AstroContainer['renderToString']>[0];

/** The component rendered with these props (and slots), as a document fragment's container. */
export async function render(component: Component, options: ContainerRenderOptions = {}): Promise<HTMLElement> {
  const html = await container.renderToString(component, options);
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;
}

/** A layout that renders a whole `<html>` element, rendered with these props and slots, as a document. */
export async function renderDocument(layout: Component, options: ContainerRenderOptions = {}): Promise<Document> {
  const html = await container.renderToString(layout, options);
  return parseHTML(`<!doctype html>${html}`).document;
}

/**
 * The href a rendered link gives a site-relative path: under the base (`/` unless BASE_PATH is set).
 * @example href('/ja/glossary/') // '/ja/glossary/'
 */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/**
 * The absolute URL of a site-relative path, as canonical links and share tags give it.
 * @example absolute('/ja/') // 'https://example.org/ja/'
 */
export function absolute(path: string): string {
  return new URL(href(path), site).href;
}
