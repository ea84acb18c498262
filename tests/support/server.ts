import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream/promises';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Response headers: the same for every response, or chosen by the requested URL path. */
export type ResponseHeaders = Record<string, string> | ((path: string) => Record<string, string>);

/**
 * Serves a folder on a free loopback port the way static hosts do: `dir/` serves `dir/index.html`,
 * unknown paths get `404.html` with status 404. `base` mounts the folder under a sub-path.
 * @param options.gzip Compress what a browser accepts compressed, as hosts do (default: not).
 */
export async function serveStatic(
  root: string,
  base = '/',
  headers: ResponseHeaders = {},
  { gzip = false } = {},
): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) path = '/__missing__';
    path = normalize(path.slice(base.length - 1)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    if (!found) file = join(root, '404.html');
    const extra = typeof headers === 'function' ? headers(url.pathname) : headers;
    const compress = gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(found ? 200 : 404, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      ...(compress && { 'content-encoding': 'gzip' }),
      ...extra,
    });
    // pipeline closes the file when the browser gives up on the response, as it may for a 404.
    (compress
      ? pipeline(createReadStream(file), createGzip(), response)
      : pipeline(createReadStream(file), response)
    ).catch(() => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    // The browser outlives this server (one for the whole run) and keeps its connections alive:
    // end them, or close() waits for them for good.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
