/**
 * `interestfor`, the attribute of interest invokers, which Chromium supports and Astro's types do
 * not know yet: it names the popover that hovering or focusing the element opens.
 * @see https://github.com/whatwg/html/pull/11006
 */
declare namespace astroHTML.JSX {
  interface AnchorHTMLAttributes {
    interestfor?: string | undefined | null;
  }
}
