/**
 * The page's side of the analysis worker: typed calls to the tasks of a task table, one at a time, each with
 * cancellation, and a busy signal once work has run longer than {@link PROGRESS_AFTER_MS} (for a progress
 * indicator). Cancelling a task that is running stops the worker and starts a fresh one, replaying the "sticky"
 * tasks (such as sending the loaded data) first: a synchronous computation cannot be interrupted any other way.
 */
import { PROGRESS_AFTER_MS } from '../limits';
import { settle, type TaskResponse, type TaskTable } from './protocol';

/** The part of a Worker the client uses (a real Worker, or {@link inProcessWorker}). */
export interface WorkerLike {
	postMessage(message: unknown, transfer?: Transferable[]): void;
	terminate(): void;
	onmessage: ((event: MessageEvent) => void) | null;
	onerror: ((event: Event) => void) | null;
}

/** Rejection reason of a cancelled or superseded task. */
export class TaskCancelled extends Error {
	constructor() {
		super('cancelled');
	}
}

/** A task started by {@link TaskClient.run}. */
export interface Job<R> {
	promise: Promise<R>;
	/** Stops the task: a queued one is dropped, a running one stops the worker. The promise rejects with TaskCancelled. */
	cancel(): void;
}

interface Pending {
	id: number;
	task: string;
	args: unknown[];
	transfer: Transferable[];
	resolve(value: unknown): void;
	reject(reason: unknown): void;
}

/** Options of {@link TaskClient}. */
export interface TaskClientOptions<T extends TaskTable> {
	/** Called with true when work has been running longer than `busyAfterMs`, and with false when it is done. */
	onBusy?: (busy: boolean) => void;
	busyAfterMs?: number;
	/** Tasks whose last call is replayed on a fresh worker (after a cancellation or a crash). */
	sticky?: (keyof T & string)[];
}

/** Runs the tasks of a table in a worker, typed from the table. */
export class TaskClient<T extends TaskTable> {
	readonly #spawn: () => WorkerLike;
	readonly #options: TaskClientOptions<T>;
	readonly #sticky = new Map<string, unknown[]>();
	#worker: WorkerLike | null = null;
	/** Whether a worker has been started before (a new one then needs the sticky tasks replayed). */
	#restarted = false;
	#queue: Pending[] = [];
	#running: Pending | null = null;
	#nextId = 1;
	#busyTimer: ReturnType<typeof setTimeout> | undefined;
	#busy = false;

	/**
	 * @param spawn - makes a worker (called lazily, and again after a cancellation)
	 * @param options - busy signal and sticky tasks
	 */
	constructor(spawn: () => WorkerLike, options: TaskClientOptions<T> = {}) {
		this.#spawn = spawn;
		this.#options = options;
	}

	/**
	 * Queues a task.
	 *
	 * @param task - the task's name in the table
	 * @param args - its arguments (structured-cloneable)
	 * @param transfer - buffers to hand over rather than copy
	 * @returns the job: its promise and a cancel function
	 * @example
	 * const job = client.run('corridorStats', [line, { bufferKm: 5 }]); const stats = await job.promise;
	 */
	run<K extends keyof T & string>(task: K, args: Parameters<T[K]>, transfer: Transferable[] = []): Job<Awaited<ReturnType<T[K]>>> {
		if ((this.#options.sticky ?? []).includes(task)) this.#sticky.set(task, args);
		let pending!: Pending;
		const promise = new Promise<Awaited<ReturnType<T[K]>>>((resolve, reject) => {
			pending = { id: this.#nextId++, task, args, transfer, resolve: resolve as (v: unknown) => void, reject };
		});
		this.#queue.push(pending);
		this.#pump();
		return { promise, cancel: () => this.#cancel(pending) };
	}

	/** Whether work has been running longer than the busy threshold. */
	get busy(): boolean {
		return this.#busy;
	}

	/** Cancels everything and stops the worker. */
	dispose(): void {
		for (const p of this.#queue.splice(0)) p.reject(new TaskCancelled());
		this.#running?.reject(new TaskCancelled());
		this.#running = null;
		this.#stopWorker();
		this.#setBusy(false);
	}

	#cancel(p: Pending): void {
		const i = this.#queue.indexOf(p);
		if (i >= 0) {
			this.#queue.splice(i, 1);
			p.reject(new TaskCancelled());
		} else if (this.#running === p) {
			this.#running = null;
			p.reject(new TaskCancelled());
			this.#stopWorker();
		}
		this.#pump();
	}

	#stopWorker(): void {
		if (!this.#worker) return;
		this.#worker.onmessage = null;
		this.#worker.onerror = null;
		this.#worker.terminate();
		this.#worker = null;
	}

	#ensureWorker(): WorkerLike {
		if (this.#worker) return this.#worker;
		const w = this.#spawn();
		w.onmessage = (e) => this.#answer(e.data as TaskResponse);
		w.onerror = (e) => {
			// A crashed worker fails the running task and is replaced for the next one.
			const p = this.#running;
			this.#running = null;
			this.#stopWorker();
			p?.reject(new Error(`analysis worker failed: ${(e as ErrorEvent).message ?? 'error'}`));
			this.#pump();
		};
		this.#worker = w;
		// Sticky tasks run first on a replacement worker; their answers carry id 0 and are ignored.
		if (this.#restarted) for (const [task, args] of this.#sticky) w.postMessage({ id: 0, task, args });
		this.#restarted = true;
		return w;
	}

	#answer(r: TaskResponse): void {
		const p = this.#running;
		if (!p || r.id !== p.id) return;
		this.#running = null;
		if (r.ok) p.resolve(r.value);
		else p.reject(new Error(r.error));
		this.#pump();
	}

	#pump(): void {
		if (this.#running) return;
		const next = this.#queue.shift();
		if (!next) {
			this.#setBusy(false);
			return;
		}
		this.#running = next;
		if (this.#busyTimer === undefined && !this.#busy)
			this.#busyTimer = setTimeout(() => {
				this.#busyTimer = undefined;
				if (this.#running || this.#queue.length) this.#setBusy(true);
			}, this.#options.busyAfterMs ?? PROGRESS_AFTER_MS);
		try {
			this.#ensureWorker().postMessage({ id: next.id, task: next.task, args: next.args }, next.transfer);
		} catch (e) {
			this.#running = null;
			next.reject(e);
			this.#pump();
		}
	}

	#setBusy(busy: boolean): void {
		if (!busy) {
			clearTimeout(this.#busyTimer);
			this.#busyTimer = undefined;
		}
		if (busy === this.#busy) return;
		this.#busy = busy;
		this.#options.onBusy?.(busy);
	}
}

/**
 * A stand-in for a worker that runs a task table in this thread on a later turn (where no Worker exists: node,
 * tests). Terminating it drops any answer still to come.
 *
 * @param makeTasks - builds the task table
 * @returns a worker-like object
 * @example
 * new TaskClient(() => inProcessWorker(createTasks));
 */
export function inProcessWorker(makeTasks: () => TaskTable | Promise<TaskTable>): WorkerLike {
	let alive = true;
	const tasks = Promise.resolve(makeTasks());
	const w: WorkerLike = {
		onmessage: null,
		onerror: null,
		postMessage(message: unknown) {
			void tasks.then((t) =>
				setTimeout(async () => {
					if (!alive) return;
					const answer = await settle(t, message);
					if (alive) w.onmessage?.({ data: answer } as MessageEvent);
				}, 0)
			);
		},
		terminate() {
			alive = false;
		}
	};
	return w;
}
