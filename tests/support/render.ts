/**
 * Renders a component or layout with Astro's Container API, outside any build, and gives the HTML
 * a reader gets as a DOM to query (the dev-only source attributes do not matter to assertions).
 */
import { experimental_AstroContainer as AstroContainer, type ContainerRenderOptions } from 'astro/container';
import { parseHTML } from 'linkedom';

const container = await AstroContainer.create();

/** The component rendered with these props (and slots), as a document fragment's container. */
export async function render(component: Parameters<AstroContainer['renderToString']>[0], options: ContainerRenderOptions = {}): Promise<HTMLElement> {
  const html = await container.renderToString(component, options);
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as HTMLElement;
}
