// A minimal static file server for the built site (build/), on the loopback interface only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json; charset=utf-8',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.webmanifest': 'application/manifest+json',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/plain; charset=utf-8'
};

/**
 * Serves a directory on 127.0.0.1. Directory URLs get their index.html; unknown paths get 404.
 * @param {string} root directory to serve
 * @param {number} port 0 for any free port
 * @returns {Promise<{ url: string, close: () => Promise<void>, requests: string[] }>}
 */
export async function serve(root, port = 0) {
	const base = resolve(root);
	const requests = [];
	const server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		requests.push(url.pathname);
		let path = normalize(join(base, decodeURIComponent(url.pathname)));
		if (!path.startsWith(base)) {
			res.writeHead(403).end();
			return;
		}
		try {
			let s = await stat(path).catch(() => null);
			if (s?.isDirectory()) {
				path = join(path, 'index.html');
				s = await stat(path).catch(() => null);
			}
			if (!s) {
				const html = `${path}.html`;
				if (await stat(html).catch(() => null)) path = html;
				else {
					res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
					return;
				}
			}
			const body = await readFile(path);
			res.writeHead(200, {
				'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
				'cache-control': 'no-cache'
			});
			res.end(body);
		} catch (e) {
			res.writeHead(500).end(String(e));
		}
	});
	await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	return {
		url: `http://127.0.0.1:${actualPort}`,
		requests,
		close: () => new Promise((ok) => server.close(() => ok()))
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(process.env.PORT ?? 4173);
	const dir = process.argv[2] ?? 'build';
	const s = await serve(dir, port);
	console.log(`Wuling Atlas: serving ${dir}/ at ${s.url}/ (Ctrl+C to stop)`);
}
