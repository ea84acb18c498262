import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astro, astroEnv } from '../support/build';
import { copyEdition, editionConfig, loadEdition, type Change } from '../support/content';

/** Starting `astro dev` takes a few seconds alone, longer on two busy cores. */
const devTimeout = 120_000;

/** The same broken content as the loaders' case "an unknown term". */
const unknownTerm: Change = ['ja/overview.mdx', (t) => t.replace('term-one', 'term-two')];
/** A page the fixture renders in full once its content is sound. */
const page = '/en/glossary/term-one/';

/** What Astro's overlay shows of an error, as its websocket sends it. */
interface OverlayError {
  message: string;
  hint: string;
  loc: { file: string; line: number; column: number };
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0);
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** The overlay's text: Astro sends the message as HTML. */
function plain(html: string): string {
  return html
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

describe('`astro dev` on broken content', () => {
  let dir: string;
  let server: ChildProcess | undefined;
  let origin: string;
  let output = '';

  /** Resolves as soon as the dev server prints `text`, from now on; rejects if it exits first. */
  function serverPrints(text: string): Promise<void> {
    const from = output.length;
    const child = server;
    if (!child) throw new Error('astro dev is not running.');
    return new Promise((done, fail) => {
      const listen = () => {
        if (!output.slice(from).includes(text)) return;
        stop();
        done();
      };
      const exit = (code: number | null) => {
        stop();
        fail(new Error(`astro dev exited (${String(code)}):\n${output}`));
      };
      const stop = () => {
        child.stdout?.off('data', listen);
        child.stderr?.off('data', listen);
        child.off('exit', exit);
      };
      child.stdout?.on('data', listen);
      child.stderr?.on('data', listen);
      child.on('exit', exit);
    });
  }

  beforeAll(async () => {
    dir = copyEdition(unknownTerm);
    const port = await freePort();
    origin = `http://localhost:${port}`;
    const child = spawn(process.execPath, [astro, 'dev', '--port', String(port), '--config', editionConfig(dir)], {
      env: astroEnv({ EDITION_CONTENT_DIR: dir }),
    });
    server = child;
    child.stdout.on('data', (chunk: Buffer) => (output += String(chunk)));
    child.stderr.on('data', (chunk: Buffer) => (output += String(chunk)));
    await serverPrints('watching for file changes');
  }, devTimeout);

  afterAll(() => {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Requests a page with the overlay's websocket open, as a browser does; resolves with the status and the error the overlay shows, if any. */
  async function visit(path: string): Promise<{ status: number; error: OverlayError | undefined }> {
    const socket = new WebSocket(origin.replace('http', 'ws'), 'vite-hmr');
    await new Promise((done, fail) => {
      socket.onopen = done;
      socket.onerror = fail;
    });
    const errors: OverlayError[] = [];
    socket.addEventListener('message', (event) => {
      const data = JSON.parse(String(event.data)) as { type: string; err?: OverlayError };
      if (data.type === 'error' && data.err) errors.push(data.err);
    });
    const { status } = await fetch(`${origin}${path}`);
    // Astro sends the error 200 ms after the response closes.
    for (let wait = 0; status === 500 && !errors.length && wait < 50; wait++)
      await new Promise((done) => setTimeout(done, 100));
    socket.close();
    return { status, error: errors[0] };
  }

  /** What the overlay shows once the page is requested again, its message as text. */
  const overlay = async () => {
    const { error } = await visit(page);
    return error && { ...error, message: plain(error.message) };
  };
  /** How long the dev server may take to see an edit, asked every 300 ms. */
  const edits = { interval: 300, timeout: 60_000 };

  test(
    'stays up, and every page shows in the overlay the message, hint, file and line the build fails with',
    async () => {
      const [built] = await loadEdition(unknownTerm);
      if (built === 'stored' || !built) throw new Error('The broken fixture loaded.');
      const { status, error } = await visit(page);
      expect(status).toBe(500);
      expect({
        message: plain(error?.message ?? '')
          .replaceAll(resolve(dir), '<dir>')
          .replaceAll(dir, '<dir>'),
        hint: error?.hint,
        location: `${error?.loc.file}:${error?.loc.line}:${error?.loc.column}`.replace(resolve(dir), '<dir>'),
      }).toEqual(built);
    },
    devTimeout,
  );

  test(
    'loads the content once an edit mends it, though saved twice in a moment, and shows the content error again when an edit breaks it',
    async () => {
      const file = join(dir, 'ja/overview.mdx');
      const mended = readFileSync(file, 'utf8').replace('term-two', 'term-one');
      // As an editor that empties a file before it writes it, or formats it as it saves: the second
      // save follows at once the dev server's verdict on the first, and is the one to judge.
      const judged = serverPrints("The edition's content has");
      writeFileSync(file, '');
      await judged;
      writeFileSync(file, mended);
      await expect.poll(async () => (await fetch(`${origin}${page}`)).status, edits).toBe(200);
      // Once an "Unhandled rejection" in src/glossary/references.ts, where the page first met the unknown id.
      writeFileSync(file, readFileSync(file, 'utf8').replace('term-one', 'term-two'));
      await expect.poll(overlay, edits).toMatchObject({
        loc: { file: resolve(file), line: 6, column: 1 },
        message: expect.stringContaining(
          '<Term id="term-two" /> names no glossary entry. Known ids: term-one.',
        ) as string,
      });
    },
    devTimeout,
  );

  test(
    'reports an edit the model refuses in its own words, not again as stored data that breaks the schema (`blocks.1.id`)',
    async () => {
      const file = join(dir, 'en/overview.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('overview-2', 'Overview-2'));
      await expect.poll(overlay, edits).toMatchObject({
        loc: { file: resolve(file) },
        message: expect.stringContaining(
          'overview.mdx:8:1: <p id="Overview-2">: ids are lowercase letters and digits joined by single hyphens',
        ) as string,
      });
      // The overlay reads the files as they are; Astro's loader reloads the file on its own time.
      await expect.poll(() => output, edits).toContain('[edition-sections] Reloaded data from en/overview.mdx');
      expect(output).not.toContain('does not match collection schema');
    },
    devTimeout,
  );
});
