import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtPages, distDir } from '../support/site';

const run = promisify(execFile);
const vnu = 'node_modules/vnu-jar/build/dist/vnu.jar';

/** One message of the Nu Html Checker's JSON output. */
interface Message {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const pages = builtPages();
const fileOf = (page: string) => resolve(distDir, `.${page}`, page.endsWith('/') ? 'index.html' : '');

/** A page with two errors a validator must catch, so a checker that reports nothing fails the test. */
const control = resolve('tests/.tmp/html-validity/control.html');
let messages: Message[] = [];

beforeAll(async () => {
  mkdirSync(join(control, '..'), { recursive: true });
  writeFileSync(control, '<!doctype html><html lang="en"><title>Control</title><p><div>x</div><a href="#" foo="1">y</a>');
  // One Java start for every page: the checker exits non-zero when it reports errors, so read its
  // output rather than its status.
  const files = [...pages.map(fileOf), control];
  const result = await run('java', ['-jar', vnu, '--format', 'json', '--stdout', '--exit-zero-always', ...files], { maxBuffer: 64 * 1024 * 1024 });
  messages = (JSON.parse(result.stdout) as { messages: Message[] }).messages;
}, 120_000);

/**
 * Errors the checker reports on markup this site uses on purpose, before the standard has it:
 * `interestfor` makes each glossary marker open its card on hover and focus without JavaScript.
 * @see https://github.com/whatwg/html/pull/11006
 */
const ahead = [/^Attribute “interestfor” not allowed on element “a” at this point\.$/];

const errorsIn = (file: string) =>
  messages
    .filter((m) => m.type !== 'info' && m.url !== undefined && new URL(m.url).pathname === file)
    .filter((m) => !ahead.some((pattern) => pattern.test(m.message)))
    .map((m) => `line ${m.lastLine}: ${m.message}\n    ${m.extract ?? ''}`);

describe('every built page is valid HTML (Nu Html Checker)', () => {
  test('the checker runs and reports a broken control page', () => {
    expect(messages.filter((m) => m.type === 'non-document-error')).toEqual([]);
    expect(errorsIn(control).join('\n')).toMatch(/Attribute “foo” not allowed/);
  });

  test.each(pages)('%s has no errors', (page) => {
    expect(existsSync(fileOf(page))).toBe(true);
    expect(errorsIn(fileOf(page))).toEqual([]);
  });
});
