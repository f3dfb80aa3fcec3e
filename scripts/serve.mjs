// Serves the built site (build/) on the loopback interface with `sirv`, the static server Vite's own preview
// uses. Before sirv answers, the path is resolved here to a regular file whose real path (symbolic links followed)
// lies inside the folder, so a link pointing outside it, a dangling link or a device is a plain 404, and whatever
// the folder holds the server starts. Every answer carries the security headers below; a malformed URL gets 400,
// an unknown path 404, a request line or path over 8 KB 414, headers over 16 KB 431, an unsatisfiable or absurd
// Range 416, each with a short body, never a dropped connection.
import { realpathSync, statSync } from 'node:fs';
import { createServer, STATUS_CODES } from 'node:http';
import { join, relative, resolve, sep } from 'node:path';
import sirv from 'sirv';

/** Longest request target (path and query) answered, characters; longer gets 414. */
export const MAX_URL_CHARS = 8 * 1024;
/** Largest request head (request line and headers), bytes; larger gets 431 (414 when the request line is what is long). */
export const MAX_HEADER_BYTES = 16 * 1024;

/**
 * Headers sent with every answer. The page's own Content-Security-Policy travels in a meta tag (so it holds on any
 * static host); `frame-ancestors` only works as a header, so it is here, with directives that never loosen the meta.
 */
export const SECURITY_HEADERS = {
	'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'none'; form-action 'self'",
	'X-Content-Type-Options': 'nosniff',
	'X-Frame-Options': 'DENY',
	'Referrer-Policy': 'no-referrer',
	'Cross-Origin-Opener-Policy': 'same-origin',
	// The nearby tool may use the device's location, on the site itself only.
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(self), payment=(), usb=()'
};

const EXTRA_TYPES = {
	'.geojson': 'application/geo+json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.md': 'text/plain; charset=utf-8'
};

function setHeaders(res, pathname) {
	for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
	const ext = /\.[a-z0-9]+$/i.exec(pathname)?.[0]?.toLowerCase();
	if (ext && EXTRA_TYPES[ext]) res.setHeader('Content-Type', EXTRA_TYPES[ext]);
	// Revalidate everything: the service worker decides what is kept offline.
	res.setHeader('Cache-Control', 'no-cache');
}

function plain(res, status, text) {
	for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
	res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(text);
}

/**
 * The file a path names, as sirv would look it up (the path, then `.html`, then `/index.html`), if it is a regular
 * file whose real path lies inside the folder; otherwise null.
 * @param {string} base the served folder, resolved
 * @param {string} realBase its real path
 * @param {string} pathname decoded path
 * @returns {{ rel: string, size: number } | null} its path relative to the folder, and its size
 */
function lookup(base, realBase, pathname) {
	const p = pathname.replace(/\/+$/, '');
	for (const candidate of [p, `${p}.html`, `${p}/index.html`]) {
		if (!candidate) continue;
		const abs = join(base, candidate);
		if (!abs.startsWith(base + sep)) continue;
		try {
			const real = realpathSync(abs);
			if (!real.startsWith(realBase + sep)) continue;
			const stats = statSync(real);
			if (stats.isFile()) return { rel: relative(base, abs).split(sep).join('/'), size: stats.size };
		} catch {
			// Missing, or a dangling link: not a file to serve.
		}
	}
	return null;
}

/**
 * What to do with a Range header against a file of `size` bytes: pass one plain range on to sirv (a suffix range is
 * rewritten as start-end), drop forms sirv does not serve correctly (several ranges, another unit: the whole file is
 * sent), or refuse an unsatisfiable or absurd one with 416.
 * @param {string} header the Range header
 * @param {number} size the file's size
 * @returns {{ range: string } | { drop: true } | { refuse: true }}
 */
export function readRange(header, size) {
	const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
	if (!/^bytes=/.test(header.trim()) || (!m && header.includes(','))) return { drop: true };
	if (!m || (m[1] === '' && m[2] === '') || m[1].length > 15 || m[2].length > 15) return { refuse: true };
	if (m[1] === '') {
		const n = Number(m[2]);
		if (n === 0 || size === 0) return { refuse: true };
		return { range: `bytes=${Math.max(0, size - n)}-${size - 1}` };
	}
	const start = Number(m[1]);
	const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
	if (start >= size || start > end) return { refuse: true };
	return { range: `bytes=${start}-${end}` };
}

/**
 * Answers a request the HTTP parser refused (a head too large, a malformed request) on the raw socket, with a status
 * and a short body, then reads what the client still sends for a moment before closing, so the answer is read
 * rather than cut off by a reset.
 */
function refuseRaw(socket, status) {
	if (!socket.writable) return socket.destroy();
	const body = `${STATUS_CODES[status]?.toLowerCase() ?? 'bad request'}\n`;
	const head = [
		`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Bad Request'}`,
		'Content-Type: text/plain; charset=utf-8',
		`Content-Length: ${Buffer.byteLength(body)}`,
		'Connection: close'
	];
	for (const [k, v] of Object.entries(SECURITY_HEADERS)) head.push(`${k}: ${v}`);
	socket.on('data', () => {});
	socket.on('error', () => socket.destroy());
	socket.setTimeout(5000, () => socket.destroy());
	socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
}

/**
 * Serves a directory on 127.0.0.1. Directory URLs get their index.html, `/x` gets `x.html`; unknown paths get 404.
 * @param {string} root directory to serve
 * @param {number} port 0 for any free port
 * @returns {Promise<{ url: string, close: () => Promise<void>, requests: string[] }>}
 */
export async function serve(root, port = 0) {
	const base = resolve(root);
	const realBase = realpathSync(base);
	const requests = [];
	// Looked up per request (no listing at start, which a dangling link would stop); only what lookup() allowed
	// reaches it, under its exact name.
	const files = sirv(base, { dev: true, etag: true, extensions: [], dotfiles: false, setHeaders });
	const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
		try {
			const url = req.url ?? '/';
			if (url.length > MAX_URL_CHARS) return plain(res, 414, 'uri too long');
			const q = url.indexOf('?');
			const raw = q < 0 ? url : url.slice(0, q);
			requests.push(raw);
			if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'method not allowed');
			// Refuse what cannot be decoded before any lookup: a bad escape is the client's error, not a crash.
			const pathname = decodeURIComponent(raw);
			if (pathname.includes('\0')) return plain(res, 400, 'bad request');
			if (!pathname.startsWith('/') || pathname.split(/[\\/]/).some((part) => part === '..' || part.startsWith('.')))
				return plain(res, 404, 'not found');
			const found = lookup(base, realBase, pathname);
			if (!found) return plain(res, 404, 'not found');
			const range = req.headers.range;
			if (range !== undefined) {
				const r = readRange(String(range), found.size);
				if ('refuse' in r) {
					res.setHeader('Content-Range', `bytes */${found.size}`);
					return plain(res, 416, 'range not satisfiable');
				}
				if ('drop' in r) delete req.headers.range;
				else req.headers.range = r.range;
			}
			req.url = `/${encodeURI(found.rel)}`;
			files(req, res, () => plain(res, 404, 'not found'));
		} catch {
			if (!res.headersSent) plain(res, 400, 'bad request');
			else res.destroy();
		}
	});
	// How long the first request line of a connection is, to tell a long URL (414) from long headers (431) when the
	// parser refuses a head that is too large.
	server.on('connection', (socket) => {
		let length = 0;
		const onData = (chunk) => {
			const nl = chunk.indexOf(10);
			length += nl < 0 ? chunk.length : nl;
			if (nl >= 0 || length > MAX_URL_CHARS) {
				socket.requestLineLong = length > MAX_URL_CHARS || nl < 0;
				socket.removeListener('data', onData);
			}
		};
		// Before the server's own listener, which parses the chunk and may refuse it at once.
		socket.prependListener('data', onData);
	});
	server.on('clientError', (e, socket) => {
		const code = /** @type {{ code?: string }} */ (e).code;
		if (code === 'ECONNRESET' || !socket.writable) return socket.destroy();
		if (code === 'HPE_HEADER_OVERFLOW') return refuseRaw(socket, socket.requestLineLong === false ? 431 : 414);
		if (code === 'HPE_URI_TOO_LONG') return refuseRaw(socket, 414);
		return refuseRaw(socket, 400);
	});
	await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	return {
		url: `http://127.0.0.1:${actualPort}`,
		requests,
		close: () =>
			new Promise((ok) => {
				server.close(() => ok());
				server.closeAllConnections?.();
			})
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(process.env.PORT ?? 4173);
	const dir = process.argv[2] ?? 'build';
	const s = await serve(dir, port);
	console.log(`Wuling Atlas: serving ${dir}/ at ${s.url}/ (Ctrl+C to stop)`);
}
