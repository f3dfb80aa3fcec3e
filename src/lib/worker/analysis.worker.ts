/// <reference lib="webworker" />
/**
 * The analysis worker: runs the tasks of ./tasks.ts off the page's main thread, one message at a time (the page sends the next only after the answer).
 */
import { settle } from './protocol';
import { createTasks } from './tasks';

const tasks = createTasks();
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent) => scope.postMessage(await settle(tasks, event.data));
