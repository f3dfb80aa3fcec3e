/**
 * The one message interface between the page and the analysis worker: a request names a task of a task table and
 * carries its arguments; the answer carries the task's value or a message. Pure: the same dispatch runs in the
 * worker, in node tests and in-process where no Worker exists.
 */

/** A table of tasks: named functions of plain, structured-cloneable arguments and results. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type TaskTable = Record<string, (...args: any[]) => unknown>;

/** A request to run one task. */
export interface TaskRequest {
	id: number;
	task: string;
	args: unknown[];
}

/** The answer to a {@link TaskRequest}. */
export type TaskResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/**
 * Runs the task a request names, looking it up as an own property only (a request for `toString` or
 * `__proto__` is an unknown task), and turns any throw into an error answer.
 *
 * @param tasks - the task table
 * @param request - the request (anything: it is checked)
 * @returns the answer, never a throw
 * @example
 * dispatch({ add: (a: number, b: number) => a + b }, { id: 1, task: 'add', args: [1, 2] }); // { id: 1, ok: true, value: 3 }
 */
export function dispatch(tasks: TaskTable, request: unknown): TaskResponse {
	const r = request as Partial<TaskRequest> | null;
	const id = typeof r?.id === 'number' ? r.id : -1;
	if (typeof r?.task !== 'string' || !Object.prototype.hasOwnProperty.call(tasks, r.task) || typeof tasks[r.task] !== 'function')
		return { id, ok: false, error: `unknown task ${String(r?.task).slice(0, 40)}` };
	try {
		return { id, ok: true, value: tasks[r.task](...(Array.isArray(r.args) ? r.args : [])) };
	} catch (e) {
		return { id, ok: false, error: e instanceof Error ? e.message : String(e) };
	}
}

/**
 * Like {@link dispatch}, for tasks that may answer later: a task's promise is awaited, and its rejection becomes an
 * error answer, so what crosses back to the page is always a plain answer.
 *
 * @param tasks - the task table
 * @param request - the request (anything: it is checked)
 * @returns the answer, never a rejection
 * @example
 * await settle({ later: async () => 1 }, { id: 1, task: 'later', args: [] }); // { id: 1, ok: true, value: 1 }
 */
export async function settle(tasks: TaskTable, request: unknown): Promise<TaskResponse> {
	const answer = dispatch(tasks, request);
	if (!answer.ok || !(answer.value instanceof Promise)) return answer;
	try {
		return { id: answer.id, ok: true, value: await answer.value };
	} catch (e) {
		return { id: answer.id, ok: false, error: e instanceof Error ? e.message : String(e) };
	}
}
