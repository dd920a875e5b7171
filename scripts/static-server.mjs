// A small static server for the production build: gzip like a real host, correct MIME types
// (application/wasm for QuickJS), Docusaurus-style clean URLs, and loopback only.
// Used by the browser tests, the bench and `npm run serve:build`.
import {createReadStream, existsSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize, resolve, sep} from 'node:path';
import {pathToFileURL} from 'node:url';
import {createGzip} from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.xml', '.wasm', '.ttf', '.map']);

function resolveFile(root, urlPath) {
  let pathname;
  try {
    pathname = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return undefined;
  }
  const candidate = normalize(join(root, pathname));
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined; // no ../ escapes
  const tries = [candidate, join(candidate, 'index.html'), `${candidate}.html`];
  return tries.find((file) => existsSync(file) && statSync(file).isFile());
}

/** Starts the server; resolves to {url, close}. Port 0 picks a free port. */
export function startStaticServer(rootDir, port = 0) {
  const root = resolve(rootDir);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`no build found in ${root}: run \`npm run build\` first`);
  }
  const server = createServer((req, res) => {
    let file = resolveFile(root, req.url ?? '/');
    let status = 200;
    if (!file) {
      file = join(root, '404.html');
      status = 404;
      if (!existsSync(file)) {
        res.writeHead(404, {'content-type': 'text/plain'}).end('not found');
        return;
      }
    }
    const ext = extname(file);
    const headers = {'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache'};
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (gzip) headers['content-encoding'] = 'gzip';
    else headers['content-length'] = statSync(file).size;
    headers.vary = 'accept-encoding';
    res.writeHead(status, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${address.port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

// `node scripts/static-server.mjs [dir] [port]` serves a build by hand.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const {url} = await startStaticServer(process.argv[2] ?? 'build', Number(process.argv[3] ?? 3000));
  console.log(`Serving ${process.argv[2] ?? 'build'} at ${url} (gzip on). Ctrl+C to stop.`);
}
