import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';

/** Pages under /en/ are English: their <html lang> says so, without JavaScript. */
export const handle: Handle = ({ event, resolve }) => {
	if (!event.url.pathname.startsWith(`${base}/en/`)) return resolve(event);
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('<html lang="zh-Hans">', '<html lang="en">') });
};
