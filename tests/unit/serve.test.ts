import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, SECURITY_HEADERS } from '../../scripts/serve.mjs';

/** A raw GET: the path goes on the wire exactly as written (no URL normalisation by a client library). */
function get(base: string, path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
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
