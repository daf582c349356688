export {
  ApiClient,
  type Credential,
  expectStatus,
  type Reply,
  type RequestOptions,
  StepFailed,
} from './http-client.js';
export { consoleReport, type Report } from './report.js';
export { DEMO_PEOPLE, loadSettings, type Settings } from './settings.js';
