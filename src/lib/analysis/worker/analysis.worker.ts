/// <reference lib="webworker" />
/**
 * The analysis worker: runs the tasks of ./tasks.ts off the page's main thread, one message at a time.
 */
import { dispatch } from './protocol';
import { createTasks } from './tasks';

const tasks = createTasks();
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent) => scope.postMessage(dispatch(tasks, event.data));
