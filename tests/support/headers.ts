import { readFileSync } from 'node:fs';

/** One rule of a `_headers` file: a URL pattern and the headers sent for URLs it matches. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/**
 * Reads a `_headers` file as Netlify and Cloudflare Pages do: an unindented line is a URL pattern
 * (`*` matches anything), the indented `Name: value` lines under it are its headers, `#` starts a
 * comment.
 */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0)
      throw new Error(`_headers line ${index + 1} is neither a URL pattern nor an indented "Name: value" header.`);
    rule.headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The headers a host sends for a URL path: those of every rule that matches it, later rules winning. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const matches = (pattern: string) => new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`).test(path);
  return Object.fromEntries(
    rules.filter((rule) => matches(rule.pattern)).flatMap((rule) => Object.entries(rule.headers)),
  );
}

export function readHeaders(dir: string): HeaderRule[] {
  return parseHeaders(readFileSync(`${dir}/_headers`, 'utf8'));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
