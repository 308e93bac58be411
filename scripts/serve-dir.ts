// A static server for the built site, as a newsroom's host would serve it (gzip where the browser accepts it), and
// open to other origins (CORS), as the <story-map> element needs when news pages load it from another origin.
// The tests and the bench point it at dist/, beside other folders: it serves the regular files under its folder
// and nothing else, and a hostile address gets an error status rather than stopping the server.
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
// Already compressed: gzip would only cost time.
const STORED = new Set(['.png']);

export interface Served {
  url: string;
  close: () => Promise<void>;
}

type Lookup = { file: string; size: number } | { status: 400 | 403 | 404 };

/** The file itself when it is a regular file reached through no symbolic link (`path` is absolute and real). */
function regularFile(path: string): { file: string; size: number } | null {
  try {
    // realpath differs from the path exactly when some part of it is a symbolic link.
    if (realpathSync(path) !== path) return null;
    const stats = statSync(path);
    return stats.isFile() ? { file: path, size: stats.size } : null;
  } catch {
    return null;
  }
}

/** What a request for `url` gets from the folder `root` (absolute, with no symbolic link in it). */
function lookup(root: string, url: string): Lookup {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return { status: 400 };
  }
  if (path.includes('\0')) return { status: 400 };
  // Decoding can make new separators and dot segments (%2f, %5c, %2e): the joined path is checked after it, and
  // against the folder's name with its separator, so a sibling folder sharing the prefix (dist-bench) is outside.
  const file = resolve(root, `.${path.replaceAll('\\', '/')}`);
  if (file !== root && !file.startsWith(root + sep)) return { status: 403 };
  return regularFile(file) ?? regularFile(join(file, 'index.html')) ?? { status: 404 };
}

function respond(
  root: string,
  headers: Record<string, string>,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return void res.writeHead(405, { Allow: 'GET, HEAD' }).end();
  const found = lookup(root, req.url ?? '/');
  if ('status' in found) return void res.writeHead(found.status).end();
  const ext = extname(found.file);
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'])) && !STORED.has(ext);
  res.writeHead(200, {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    'Access-Control-Allow-Origin': '*',
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : { 'Content-Length': String(found.size) }),
    ...headers,
  });
  if (req.method === 'HEAD') return void res.end();
  // A read that fails half-way (the file removed meanwhile) ends this response, not the server.
  const done = (error: Error | null) => error && res.destroy();
  if (gzip) pipeline(createReadStream(found.file), createGzip(), res, done);
  else pipeline(createReadStream(found.file), res, done);
}

export function serveDir(root: string, port = 0, headers: Record<string, string> = {}): Promise<Served> {
  const real = realpathSync(resolve(root));
  const server: Server = createServer((req, res) => respond(real, headers, req, res));
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      done({
        url: `http://127.0.0.1:${actual}`,
        close: () =>
          new Promise((closed) => {
            server.close(() => closed());
            // Keep-alive sockets of a finished test would hold close() open.
            server.closeAllConnections();
          }),
      });
    });
  });
}
