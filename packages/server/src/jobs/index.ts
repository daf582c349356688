export { DEFAULT_RETRY, type RetryPolicy, retryDelayMs } from './backoff.js';
export {
  type BatchedJob,
  type BatchJobHandler,
  batchJobHandler,
  createJobRunner,
  type JobContext,
  type JobHandler,
  type JobLog,
  type JobRunner,
  type JobRunnerOptions,
  startJobRunner,
} from './runner.js';
export { cancelJob, type JobSchedule, scheduleJob, scheduleJobsOnce } from './schedule.js';
