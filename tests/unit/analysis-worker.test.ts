// Regression tests for the class "work on the main thread that grows with the input": the analysis worker's
// message interface, its cancellation and progress signal, and tasks that call the analysis functions as they are.
import { describe, expect, it, vi } from 'vitest';
import type { Feature, LineString } from 'geojson';
import { dispatch, settle, type TaskTable } from '../../src/lib/worker/protocol';
import { inProcessWorker, TaskCancelled, TaskClient, type WorkerLike } from '../../src/lib/worker/client';
import { createTasks } from '../../src/lib/worker/tasks';
import { corridorBuffer, corridorStats } from '../../src/lib/analysis/corridor';
import { CORRIDOR_MAX_VERTICES } from '../../src/lib/limits';
import { fixturePlaces } from '../fixtures/analysis/load';

const line: Feature<LineString> = {
	type: 'Feature',
	properties: {},
	geometry: {
		type: 'LineString',
		coordinates: [
			[108.77478, 29.53284],
			[108.7702, 29.30309]
		]
	}
};

describe('the worker message interface', () => {
	const tasks: TaskTable = {
		add: (a: number, b: number) => a + b,
		boom: () => {
			throw new Error('bad input');
		}
	};

	it('runs a named task and answers with its value', () => {
		expect(dispatch(tasks, { id: 3, task: 'add', args: [1, 2] })).toEqual({ id: 3, ok: true, value: 3 });
	});

	it('turns a throw into an error answer and refuses unknown or prototype-named tasks', () => {
		expect(dispatch(tasks, { id: 1, task: 'boom', args: [] })).toEqual({ id: 1, ok: false, error: 'bad input' });
		for (const task of ['toString', '__proto__', 'constructor', 'nope', 42, null])
			expect(dispatch(tasks, { id: 2, task, args: [] })).toMatchObject({ ok: false, error: expect.stringContaining('unknown task') });
		expect(dispatch(tasks, null)).toMatchObject({ id: -1, ok: false });
	});

	it('awaits a task that answers later, and turns its rejection into an error answer', async () => {
		const later: TaskTable = {
			later: async (v: number) => v * 2,
			fails: async () => {
				throw new Error('no tile');
			}
		};
		expect(await settle(later, { id: 4, task: 'later', args: [21] })).toEqual({ id: 4, ok: true, value: 42 });
		expect(await settle(later, { id: 5, task: 'fails', args: [] })).toEqual({ id: 5, ok: false, error: 'no tile' });
		expect(await settle(tasks, { id: 6, task: 'add', args: [1, 2] })).toEqual({ id: 6, ok: true, value: 3 });
		expect(await settle(tasks, { id: 7, task: 'toString', args: [] })).toMatchObject({ ok: false });
	});

	it('an in-process worker answers a task that answers later with its value, not a promise', async () => {
		const client = new TaskClient<TaskTable>(() => inProcessWorker(() => ({ later: async (v: number) => v + 1 })));
		expect(await client.run('later', [1]).promise).toBe(2);
		client.dispose();
	});
});

describe('the worker client', () => {
	/** A fake worker whose answers the test releases by hand. */
	function manualWorker() {
		const sent: { id: number; task: string; args: unknown[] }[] = [];
		let terminated = 0;
		const make = (): WorkerLike => {
			const w: WorkerLike = {
				onmessage: null,
				onerror: null,
				postMessage: (m) => void sent.push(m as (typeof sent)[number]),
				terminate: () => void terminated++
			};
			workers.push(w);
			return w;
		};
		const workers: WorkerLike[] = [];
		const answer = (id: number, value: unknown) =>
			workers[workers.length - 1].onmessage?.({ data: { id, ok: true, value } } as MessageEvent);
		return { make, sent, workers, answer, terminated: () => terminated };
	}

	it('runs tasks one at a time, in order', async () => {
		const client = new TaskClient(() => inProcessWorker(() => ({ double: (x: number) => 2 * x })));
		const a = client.run('double', [2]);
		const b = client.run('double', [5]);
		expect(await Promise.all([a.promise, b.promise])).toEqual([4, 10]);
	});

	it('cancelling a queued task drops it; cancelling a running one stops the worker and replays sticky tasks', async () => {
		const m = manualWorker();
		const client = new TaskClient<TaskTable>(m.make, { sticky: ['setData'] });
		client.run('setData', [{ places: 1 }]);
		m.answer(1, true);
		const running = client.run('slow', [1]);
		const queued = client.run('slow', [2]);
		queued.cancel();
		await expect(queued.promise).rejects.toBeInstanceOf(TaskCancelled);
		expect(m.sent.map((s) => s.task)).toEqual(['setData', 'slow']);
		running.cancel();
		await expect(running.promise).rejects.toBeInstanceOf(TaskCancelled);
		expect(m.terminated()).toBe(1);
		const after = client.run('slow', [3]);
		// A fresh worker: the sticky data first (id 0), then the new task.
		expect(m.workers).toHaveLength(2);
		expect(m.sent.slice(2).map((s) => [s.id, s.task])).toEqual([
			[0, 'setData'],
			[after === undefined ? -1 : 4, 'slow']
		]);
		m.answer(4, 'done');
		expect(await after.promise).toBe('done');
	});

	it('signals busy only after the threshold, and idle when done', async () => {
		vi.useFakeTimers();
		try {
			const m = manualWorker();
			const busy: boolean[] = [];
			const client = new TaskClient<TaskTable>(m.make, { busyAfterMs: 200, onBusy: (b) => busy.push(b) });
			const quick = client.run('t', []);
			m.answer(1, 1);
			await quick.promise;
			vi.advanceTimersByTime(500);
			expect(busy).toEqual([]);
			const slow = client.run('t', []);
			vi.advanceTimersByTime(199);
			expect(busy).toEqual([]);
			vi.advanceTimersByTime(2);
			expect(busy).toEqual([true]);
			m.answer(2, 2);
			await slow.promise;
			expect(busy).toEqual([true, false]);
		} finally {
			vi.useRealTimers();
		}
	});
});

describe('the analysis tasks', () => {
	it('corridorStats passes the options through and adds the data sent once', () => {
		const tasks = createTasks();
		const places = fixturePlaces();
		tasks.setCorridorData({ places });
		expect(tasks.corridorStats(line, { bufferKm: 5 })).toEqual(corridorStats(line, { bufferKm: 5, places }));
		expect(tasks.corridorBuffer(line, 3)).toEqual(corridorBuffer(line, 3));
	});

	it('importCorridors reads bytes (KML included, with the worker-side XML parser) and fits lines to the budget', () => {
		const tasks = createTasks();
		const kml = new TextEncoder().encode(
			'<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>线</name><LineString><coordinates>108.77,29.53 108.8,29.4</coordinates></LineString></Placemark></kml>'
		);
		const r = tasks.importCorridors('a.kml', kml, []);
		expect(r.ok && r.lines.map((l) => l.coords)).toEqual([
			[
				[108.77, 29.53],
				[108.8, 29.4]
			]
		]);
		const long = Array.from({ length: CORRIDOR_MAX_VERTICES * 3 }, (_, i) => [108 + i * 1e-4, 29 + (i % 2) * 1e-3]);
		const big = tasks.importCorridors('b.geojson', new TextEncoder().encode(JSON.stringify({ type: 'LineString', coordinates: long })), []);
		expect(big.ok && big.lines[0].coords.length).toBeLessThanOrEqual(CORRIDOR_MAX_VERTICES);
	});
});
