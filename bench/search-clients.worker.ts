/**
 * The benchmark's API clients, on a thread of their own: a browser's work of
 * sending a search and reading its answer is not done on the event loop of
 * the server it measures, which would then both serve and wait for itself.
 */
import { parentPort, workerData } from 'node:worker_threads';

import { ApiSearcher, runLevel, SEARCH } from './search-load.js';

export interface ClientsTask {
  baseUrl: string;
  memberToken: string;
  clients: number;
  seconds: number;
  document?: string;
}

const task = workerData as ClientsTask;
const api = new ApiSearcher(task.baseUrl, task.memberToken);
const run = await runLevel(task.clients, task.seconds, (entry) => api.search(entry, task.document ?? SEARCH));
api.agent.destroy();
parentPort!.postMessage(run);
