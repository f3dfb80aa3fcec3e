// Serves the built site (build/) on the loopback interface with `sirv`, the static server Vite's own preview
// uses: it lists the folder's files once at start and serves only those, so no request can reach outside it.
// Every answer carries the security headers below; a malformed URL gets 400, an unknown path 404.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';

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
 * Serves a directory on 127.0.0.1. Directory URLs get their index.html, `/x` gets `x.html`; unknown paths get 404.
 * @param {string} root directory to serve
 * @param {number} port 0 for any free port
 * @returns {Promise<{ url: string, close: () => Promise<void>, requests: string[] }>}
 */
export async function serve(root, port = 0) {
	const base = resolve(root);
	const requests = [];
	const files = sirv(base, { dev: false, etag: true, extensions: ['html'], dotfiles: false, setHeaders });
	const server = createServer((req, res) => {
		try {
			const raw = (req.url ?? '/').split('?')[0];
			requests.push(raw);
			if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'method not allowed');
			// Refuse what cannot be decoded before any lookup: a bad escape is the client's error, not a crash.
			decodeURIComponent(raw);
			if (raw.includes('\0')) return plain(res, 400, 'bad request');
			files(req, res, () => plain(res, 404, 'not found'));
		} catch {
			if (!res.headersSent) plain(res, 400, 'bad request');
			else res.destroy();
		}
	});
	server.on('clientError', (_e, socket) => socket.destroy());
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
