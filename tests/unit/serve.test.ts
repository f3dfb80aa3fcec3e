import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { connect } from 'node:net';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, SECURITY_HEADERS } from '../../scripts/serve.mjs';

/** A raw GET: the path goes on the wire exactly as written (no URL normalisation by a client library). */
function get(
	base: string,
	path: string
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
	const { hostname, port } = new URL(base);
	return new Promise((resolve, reject) => {
		const req = request({ hostname, port, path, method: 'GET' }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (c) => (body += c));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
		});
		req.on('error', reject);
		req.end();
	});
}

let root: string;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'wuling-serve-'));
	mkdirSync(join(root, 'build', 'about'), { recursive: true });
	writeFileSync(join(root, 'build', 'index.html'), '<!doctype html><title>atlas</title>');
	writeFileSync(join(root, 'build', 'about.html'), '<!doctype html><title>about</title>');
	writeFileSync(join(root, 'build', 'data.geojson'), '{"type":"FeatureCollection","features":[]}');
	// A sibling folder whose name starts with the build folder's name, and a file beside the build folder.
	mkdirSync(join(root, 'build-secret'));
	writeFileSync(join(root, 'build-secret', 'secret.txt'), 'SIBLING SECRET');
	writeFileSync(join(root, 'secret.txt'), 'PARENT SECRET');
	server = await serve(join(root, 'build'), 0);
});

afterAll(async () => {
	await server?.close();
	rmSync(root, { recursive: true, force: true });
});

describe('the local server (scripts/serve.mjs)', () => {
	it('serves the site with its security headers', async () => {
		const r = await get(server.url, '/');
		expect(r.status).toBe(200);
		expect(r.body).toContain('<title>atlas</title>');
		for (const [k, v] of Object.entries(SECURITY_HEADERS as Record<string, string>)) expect(r.headers[k.toLowerCase()]).toBe(v);
		expect(r.headers['x-content-type-options']).toBe('nosniff');
		expect(String(r.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
		expect((await get(server.url, '/about')).body).toContain('<title>about</title>');
		expect((await get(server.url, '/data.geojson')).headers['content-type']).toContain('application/geo+json');
	});

	it('malformed percent-encoding: answers 400 and keeps serving', async () => {
		for (const path of ['/%', '/%E0%A4%A', '/%zz', '/index.html%', '/%C0%AF']) {
			const r = await get(server.url, path);
			expect([400, 404], path).toContain(r.status);
		}
		expect((await get(server.url, '/')).status).toBe(200);
	});

	it('traversal: never serves a file outside the folder, a sibling folder with the same prefix included', async () => {
		const attempts = [
			'/../secret.txt',
			'/..%2fsecret.txt',
			'/%2e%2e/secret.txt',
			'/%2e%2e%2fsecret.txt',
			'/../build-secret/secret.txt',
			'/..%2fbuild-secret%2fsecret.txt',
			'/%2e%2e/build-secret/secret.txt',
			'/..\\build-secret\\secret.txt',
			'/%5c..%5cbuild-secret%5csecret.txt',
			'//../build-secret/secret.txt',
			'/./../../build-secret/secret.txt',
			'/secret.txt%00.html',
			'/%00'
		];
		for (const path of attempts) {
			const r = await get(server.url, path);
			expect(r.body, path).not.toContain('SECRET');
			expect([400, 403, 404], path).toContain(r.status);
		}
		expect((await get(server.url, '/')).status).toBe(200);
	});

	it('refuses methods other than GET and HEAD', async () => {
		const { hostname, port } = new URL(server.url);
		const status = await new Promise<number>((resolve, reject) => {
			const req = request({ hostname, port, path: '/', method: 'POST' }, (res) => {
				res.resume();
				resolve(res.statusCode ?? 0);
			});
			req.on('error', reject);
			req.end('x');
		});
		expect(status).toBe(405);
	});
});

/**
 * Sends raw bytes on a fresh connection (bounded in size and time, loopback only) and reads the answer: its status
 * line, its body, or the error the connection ended with.
 */
function raw(
	base: string,
	head: string,
	extra?: { bytes: number; chunk: string }
): Promise<{ status: number; body: string; error: string | null }> {
	const { hostname, port } = new URL(base);
	return new Promise((resolve) => {
		const socket = connect(Number(port), hostname);
		let data = '';
		let error: string | null = null;
		const done = () => {
			const m = /^HTTP\/1\.1 (\d{3})/.exec(data);
			const body = data.split('\r\n\r\n').slice(1).join('\r\n\r\n');
			resolve({ status: m ? Number(m[1]) : 0, body, error });
		};
		socket.setTimeout(15_000, () => {
			error = 'timeout';
			socket.destroy();
		});
		socket.on('data', (c) => (data += c.toString('latin1')));
		socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? String(e)));
		socket.on('close', done);
		socket.on('connect', async () => {
			socket.write(head);
			if (extra) {
				// Sends up to `bytes` more, stopping as soon as the server has answered.
				for (let sent = 0; sent < extra.bytes && !data && !socket.destroyed; sent += extra.chunk.length)
					if (!socket.write(extra.chunk)) await new Promise((ok) => socket.once('drain', ok));
			}
		});
	});
}

describe('the local server at its edges: only regular files inside the folder, and a status for every refusal', () => {
	let edgeRoot: string;
	let edge: { url: string; close(): Promise<void> };

	beforeAll(async () => {
		edgeRoot = mkdtempSync(join(tmpdir(), 'wuling-serve-edge-'));
		const b = join(edgeRoot, 'build');
		mkdirSync(join(b, 'inner'), { recursive: true });
		writeFileSync(join(b, 'index.html'), '<!doctype html><title>edge</title>');
		writeFileSync(join(b, 'data.txt'), '0123456789');
		writeFileSync(join(edgeRoot, 'outside.txt'), 'OUTSIDE SECRET');
		symlinkSync(join(edgeRoot, 'outside.txt'), join(b, 'out-link.txt'));
		symlinkSync('/etc/passwd', join(b, 'passwd.txt'));
		symlinkSync(edgeRoot, join(b, 'parent-dir'));
		symlinkSync(join(b, 'data.txt'), join(b, 'in-link.txt'));
		symlinkSync(join(edgeRoot, 'missing.txt'), join(b, 'dangling.txt'));
		execFileSync('mkfifo', [join(b, 'pipe.txt')]);
		edge = await serve(b, 0);
	});

	afterAll(async () => {
		await edge?.close();
		rmSync(edgeRoot, { recursive: true, force: true });
	});

	it('starts with a dangling link in the folder, and answers it 404', async () => {
		expect((await get(edge.url, '/')).status).toBe(200);
		expect((await get(edge.url, '/dangling.txt')).status).toBe(404);
	});

	it('a link pointing outside the folder (a file, /etc/passwd, a parent folder) answers 404; one inside is served', async () => {
		for (const path of ['/out-link.txt', '/passwd.txt', '/parent-dir/outside.txt']) {
			const r = await get(edge.url, path);
			expect(r.status, path).toBe(404);
			expect(r.body, path).not.toMatch(/SECRET|root:/);
		}
		expect((await get(edge.url, '/in-link.txt')).body).toBe('0123456789');
	});

	it('a FIFO and a folder are not files: 404 at once', async () => {
		expect((await get(edge.url, '/pipe.txt')).status).toBe(404);
		expect((await get(edge.url, '/inner')).status).toBe(404);
	});

	it('a 100 KB path answers 414 and a 1 MB query 414, with a short body', async () => {
		const long = await raw(edge.url, `GET /${'a'.repeat(100 * 1024)} HTTP/1.1\r\nHost: x\r\n\r\n`);
		expect(long.error).toBeNull();
		expect(long.status).toBe(414);
		expect(long.body.length).toBeLessThan(200);
		const query = await raw(edge.url, `GET /?q=${'b'.repeat(1024 * 1024)} HTTP/1.1\r\nHost: x\r\n\r\n`);
		expect(query.status).toBe(414);
		const mid = await get(edge.url, `/?q=${'c'.repeat(10_000)}`);
		expect(mid.status).toBe(414);
	});

	it('a 10 MB header answers 431 with a short body, not a reset', async () => {
		const r = await raw(edge.url, 'GET / HTTP/1.1\r\nHost: x\r\nX-Big: ', { bytes: 10 * 1024 * 1024, chunk: 'z'.repeat(64 * 1024) });
		expect(r.status).toBe(431);
		expect(r.body.length).toBeLessThan(200);
	});

	it('a Range: served when it can be, 416 when unsatisfiable or absurd', async () => {
		const send = (range: string) => raw(edge.url, `GET /data.txt HTTP/1.1\r\nHost: x\r\nRange: ${range}\r\nConnection: close\r\n\r\n`);
		const part = await send('bytes=2-4');
		expect(part.status).toBe(206);
		expect(part.body).toBe('234');
		const suffix = await send('bytes=-3');
		expect(suffix.status).toBe(206);
		expect(suffix.body).toBe('789');
		for (const range of [
			'bytes=-99999999999999999999999999',
			'bytes=10-',
			'bytes=5-2',
			'bytes=x-y',
			'bytes=-',
			`bytes=0-${'9'.repeat(5000)}`
		]) {
			const r = await send(range);
			expect(r.status, range).toBe(416);
			expect(r.body.length, range).toBeLessThan(200);
		}
		// Several ranges or another unit: the whole file.
		expect((await send('bytes=0-1,3-4')).status).toBe(200);
		expect((await send('items=0-1')).status).toBe(200);
	});
});
