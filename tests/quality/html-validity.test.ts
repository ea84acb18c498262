import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { HtmlValidate, StaticConfigLoader, type Report } from 'html-validate';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtPages, distDir } from '../support/site';

const run = promisify(execFile);
const vnu = 'node_modules/vnu-jar/build/dist/vnu.jar';

const pages = builtPages();
const fileOf = (page: string) => resolve(distDir, `.${page}`, page.endsWith('/') ? 'index.html' : '');

/** A page with errors each validator must catch, so a checker that reports nothing fails the test. */
const controlHtml =
  '<!doctype html><html lang="en"><head><title>Control</title></head><body><span><div>x</div></span><p id="a">1</p><p id="a">2</p><a href="#" foo="1">y</a></body></html>';

/**
 * Errors the checkers report on markup this site uses on purpose, before the standard has it:
 * `interestfor` makes each glossary marker open its card on hover and focus without JavaScript.
 * @see https://github.com/whatwg/html/pull/11006
 */
const ahead = [/^Attribute “interestfor” not allowed on element “a” at this point\.$/];

/**
 * The Nu Html Checker also checks the CSS of `<style>` elements, which the pages inline, against
 * its own CSS profile, which lags behind what the pages use and Chromium renders (anchor
 * positioning, `calc-size()`, `text-overflow` in a page margin box): its "CSS:" messages are left
 * out, as they were while the CSS was in files. This test checks the HTML.
 */
const cssMessage = /^CSS: /;

describe('every built page is valid HTML (html-validate, the rules the HTML standard sets)', () => {
  const validator = new HtmlValidate(
    new StaticConfigLoader({ extends: ['html-validate:standard'], elements: ['html5'] }),
  );
  const errors = async (report: Promise<Report>) =>
    (await report).results.flatMap((result) => result.messages).map((m) => `line ${m.line}: ${m.ruleId}: ${m.message}`);

  test('the validator runs and reports a broken control page', async () => {
    const found = (await errors(validator.validateString(controlHtml))).join('\n');
    expect(found).toMatch(/<div> element is not permitted as content under <span>/);
    expect(found).toMatch(/Duplicate ID "a"/);
  });

  test.each(pages)('%s has no errors', async (page) => {
    expect(await errors(validator.validateFile(fileOf(page)))).toEqual([]);
  });
});

/** Whether Java runs here: the Nu Html Checker needs it. */
const java = spawnSync('java', ['-version']).status === 0;
// CI installs Java (.ci/run): there, a missing Java is an error, never a skipped checker.
if (!java && process.env['CI'])
  throw new Error(
    'CI is set but Java does not run: the Nu Html Checker cannot check the pages. .ci/run installs a JRE.',
  );

/** One message of the Nu Html Checker's JSON output. */
interface Message {
  type: 'error' | 'info' | 'non-document-error';
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

describe.runIf(java)('every built page is valid HTML (Nu Html Checker, where Java runs)', () => {
  const control = resolve('tests/.tmp/html-validity/control.html');
  let messages: Message[] = [];

  beforeAll(async () => {
    mkdirSync(join(control, '..'), { recursive: true });
    writeFileSync(control, controlHtml);
    // One Java start for every page: the checker exits non-zero when it reports errors, so read its
    // output rather than its status.
    const files = [...pages.map(fileOf), control];
    const result = await run('java', ['-jar', vnu, '--format', 'json', '--stdout', '--exit-zero-always', ...files], {
      maxBuffer: 64 * 1024 * 1024,
    });
    messages = (JSON.parse(result.stdout) as { messages: Message[] }).messages;
  }, 120_000);

  const errorsIn = (file: string) =>
    messages
      .filter((m) => m.type !== 'info' && m.url !== undefined && new URL(m.url).pathname === file)
      .filter((m) => ![...ahead, cssMessage].some((pattern) => pattern.test(m.message)))
      .map((m) => `line ${m.lastLine}: ${m.message}\n    ${m.extract ?? ''}`);

  test('the checker runs and reports a broken control page', () => {
    expect(messages.filter((m) => m.type === 'non-document-error')).toEqual([]);
    expect(errorsIn(control).join('\n')).toMatch(/Attribute “foo” not allowed/);
  });

  test.each(pages)('%s has no errors', (page) => {
    expect(existsSync(fileOf(page))).toBe(true);
    expect(errorsIn(fileOf(page))).toEqual([]);
  });
});
