// Runs a job's handler in this process, now: what the worker does with each job it takes, and
// what tests call to play a queued job through without a worker.
import { jobHandlers } from './handlers';
import type { JobName } from './queue';

export async function runJob(name: JobName, data: unknown): Promise<void> {
  await jobHandlers[name](data);
}
