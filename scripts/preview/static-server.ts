import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A page or script served at a fixed path instead of a file (tests use it for host shims). */
export interface ExtraRoute {
  type: string;
  body: string | Buffer;
}

export interface StaticServerOptions {
  /** The folder served (dist/). */
  root: string;
  /** 0 (default): any free port. */
  port?: number;
  /** Extra routes by URL path ("/excel-host.html"), served before files. */
  routes?: Record<string, ExtraRoute | (() => ExtraRoute)>;
}

export interface StaticServer {
  /** http://localhost:<port>/ */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

/** The file under root for a URL path, or null when the path leaves root or names no file. */
function fileFor(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/**
 * A small static file server on 127.0.0.1 (GET and HEAD only, no directory
 * listings, nothing outside root). It makes no outgoing requests.
 */
export function serveStatic(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
      return;
    }
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = options.routes?.[urlPath];
    if (route) {
      const { type, body } = typeof route === 'function' ? route() : route;
      send(res, 200, type, req.method === 'HEAD' ? '' : body);
      return;
    }
    // The pane's page at "/", and its icon for the browser's tab.
    const file = fileFor(root, urlPath === '/' ? '/taskpane.html' : urlPath)
      ?? (urlPath === '/favicon.ico' ? fileFor(root, '/assets/icon-32.png') : null);
    if (!file) {
      send(res, 404, 'text/plain; charset=utf-8', 'Not found');
      return;
    }
    const size = statSync(file).size;
    res.writeHead(200, { 'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'Content-Length': size, 'Cache-Control': 'no-store' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };
  const server = createServer(handle);
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://localhost:${port}/`,
        port,
        close: () => new Promise<void>((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}
