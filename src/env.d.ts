/**
 * Interest invokers (`interestfor`) are newer than Astro's HTML typings.
 * @see https://html.spec.whatwg.org/multipage/interactive-elements.html#attr-interestfor
 */
declare namespace astroHTML.JSX {
  interface AnchorHTMLAttributes {
    interestfor?: string | undefined | null;
  }
  interface ButtonHTMLAttributes {
    interestfor?: string | undefined | null;
  }
}
