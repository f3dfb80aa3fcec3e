/**
 * The analysis worker for the page: corridor statistics, corridor buffers and file imports off the main thread.
 * Where no Worker exists (node, tests, prerendering) the same tasks run in-process on a later turn.
 */
import { inProcessWorker, TaskClient, type WorkerLike } from './client';
import type { AnalysisTasks } from './tasks';

export { TaskCancelled, TaskClient, type Job } from './client';
export type { AnalysisTasks, CorridorData } from './tasks';

/**
 * A client of the analysis worker; the loaded data sent with `setCorridorData` survives a cancellation.
 *
 * @param onBusy - called with true once work has run longer than the progress threshold, false when done
 * @returns the client
 * @example
 * const analysis = createAnalysisClient((busy) => (computing = busy));
 */
export function createAnalysisClient(onBusy?: (busy: boolean) => void): TaskClient<AnalysisTasks> {
	const spawn =
		typeof Worker !== 'undefined'
			? () =>
					new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'wuling-analysis' }) as unknown as WorkerLike
			: () => inProcessWorker(async () => (await import('./tasks')).createTasks());
	return new TaskClient<AnalysisTasks>(spawn, { onBusy, sticky: ['setCorridorData'] });
}
