/**
 * What the content model and the MDX plugins read of a JSX element, in one place: both read
 * Sätteri's mdast, so an element is an HTML element, or has an id, by the same rule in both.
 */

/** The fields of a node these helpers read; Sätteri's nodes and the model's have them. */
export interface JsxNode {
  type: string;
  name?: string | null | undefined;
  attributes?: ReadonlyArray<{ type: string; name?: string | undefined; value?: unknown }> | undefined;
}

/** Whether a node is a JSX element (`<p …>`, `<Term />`), in flow or in text. */
export function isJsxElement(node: Pick<JsxNode, 'type'>): boolean {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/**
 * Whether a JSX name is an HTML element's (`p`, `li`) rather than a component's (`Term`) or a fragment's.
 * @example isHtmlElement('li') // true
 */
export function isHtmlElement(name: string | null | undefined): name is string {
  const first = name?.[0];
  return first !== undefined && first >= 'a' && first <= 'z';
}

/** The value of an attribute: a string, an expression object, `null` when written bare, undefined when absent. */
export function attributeValue(node: JsxNode, name: string): unknown {
  return node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
}

/** The value of an attribute written as a string (`id="x"`); undefined when absent or an expression. */
export function literalAttribute(node: JsxNode, name: string): string | undefined {
  const value = attributeValue(node, name);
  return typeof value === 'string' ? value : undefined;
}

/**
 * The id written on an HTML element (`<p id="x">`); undefined for anything else, and for a
 * component (`<Term id>` names a glossary entry, not an element of the page).
 */
export function elementId(node: JsxNode): string | undefined {
  return isJsxElement(node) && isHtmlElement(node.name) ? literalAttribute(node, 'id') : undefined;
}
