// TypeScript alone does not know `.astro` modules (editors and `astro check` learn them from Astro's
// language tools), so that the linter's type information sees a component a test imports as any
// component; `astro check` still checks each one's props.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
