/**
 * A small static file server on 127.0.0.1 for the browser tests and the benchmark: never cached, safe
 * against paths that climb out of their folder, with optional extra routes tried first. With `gzip`, text
 * files are sent gzipped to a client that accepts it, as a static host does (compressed once per file
 * version and kept in memory, so compressing does not count as the page's time).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServerOptions {
  /** URL prefix → folder, tried in order (e.g. "/fixtures/" before "/"). */
  readonly mounts: readonly { readonly prefix: string; readonly dir: string }[];
  /** Answers a request itself and returns true, or returns false to fall through to the files. */
  readonly route?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** Send text files (HTML, JS, CSS, JSON, CSV, SVG) gzipped when the client accepts it. */
  readonly gzip?: boolean;
}

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.csv', '.svg']);

function fileFor(urlPath: string, mounts: StaticServerOptions['mounts']): string | null {
  let path: string;
  try {
    path = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/'));
  } catch {
    return null;
  }
  const mount = mounts.find((m) => path.startsWith(m.prefix));
  if (!mount) return null;
  const file = join(mount.dir, path.slice(mount.prefix.length) || 'index.html');
  if (!(file + sep).startsWith(mount.dir + sep) || !existsSync(file) || !statSync(file).isFile()) return null;
  return file;
}

export async function serveStatic(options: StaticServerOptions): Promise<{ server: Server; url: string }> {
  const gzipped = new Map<string, { version: string; body: Buffer }>();
  const gzipOf = (file: string): Buffer => {
    const st = statSync(file);
    const version = `${st.mtimeMs}:${st.size}`;
    const hit = gzipped.get(file);
    if (hit?.version === version) return hit.body;
    const body = gzipSync(readFileSync(file), { level: 6 });
    gzipped.set(file, { version, body });
    return body;
  };
  const server = createServer((req, res) => {
    if (options.route?.(req, res)) return;
    const file = fileFor(req.url ?? '/', options.mounts);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (options.gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      const body = gzipOf(file);
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Encoding': 'gzip',
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
        Vary: 'Accept-Encoding',
      });
      res.end(body);
      return;
    }
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': statSync(file).size,
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  server.requestTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

/** The whole of one folder at "/". */
export function serveDir(dir: string, opts: { gzip?: boolean } = {}): Promise<{ server: Server; url: string }> {
  return serveStatic({ mounts: [{ prefix: '/', dir }], gzip: opts.gzip ?? false });
}
