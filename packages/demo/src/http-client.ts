import { createThreshold, ok, ProblemError, type Threshold, type ThresholdAuth } from '@threshold/sdk';

// The platform is called through the typed SDK (`sdkAs`, docs/sdk.md); the small JSON client here is for the
// devices' control API (docs/devices.md), which is not the platform's. Node's fetch keeps connections alive, so a run
// of requests reuses one socket.

/** Who is calling: a session token, an organisation's API key, or nobody. */
export type Credential = { bearer: string } | { apiKey: string } | null;

export interface Reply<T = unknown> {
  status: number;
  body: T;
}

export interface RequestOptions {
  as?: Credential;
  body?: unknown;
  headers?: Record<string, string>;
}

function authorization(as: Credential | undefined): Record<string, string> {
  if (!as) return {};
  return 'bearer' in as ? { authorization: `Bearer ${as.bearer}` } : { authorization: `ApiKey ${as.apiKey}` };
}

export class ApiClient {
  constructor(readonly baseUrl: string) {}

  /** Any status is an answer; only an unreachable server throws (fetch's own TypeError). */
  async request<T = unknown>(method: string, path: string, o: RequestOptions = {}): Promise<Reply<T>> {
    const headers: Record<string, string> = { ...authorization(o.as), ...o.headers };
    if (o.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(new URL(path, this.baseUrl), {
      method,
      headers,
      ...(o.body === undefined ? {} : { body: JSON.stringify(o.body) }),
    });
    const text = await res.text();
    return { status: res.status, body: (text === '' ? null : parseJson(text)) as T };
  }

  get<T = unknown>(path: string, as?: Credential): Promise<Reply<T>> {
    return this.request<T>('GET', path, { as: as ?? null });
  }

  post<T = unknown>(
    path: string,
    body?: unknown,
    as?: Credential,
    headers?: Record<string, string>,
  ): Promise<Reply<T>> {
    return this.request<T>('POST', path, { as: as ?? null, body, ...(headers ? { headers } : {}) });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A step that did not answer as the demo expects; the CLI prints it and exits non-zero. */
export class StepFailed extends Error {
  override name = 'StepFailed';
}

/** The body of a reply with the expected status, else a StepFailed naming the step and the answer. */
export function expectStatus<T>(reply: Reply<T>, status: number, step: string): T {
  if (reply.status !== status) {
    throw new StepFailed(`${step}: expected HTTP ${status}, got ${reply.status} ${JSON.stringify(reply.body)}`);
  }
  return reply.body;
}

/** The typed SDK calling the platform at `baseUrl` as `as`. */
export function sdkAs(baseUrl: string, as: Credential): Threshold {
  const auth: ThresholdAuth = !as
    ? { kind: 'none' }
    : 'bearer' in as
      ? { kind: 'bearer', token: as.bearer }
      : { kind: 'apiKey', key: as.apiKey };
  return createThreshold({ baseUrl, auth });
}

type Answer<T> = Promise<{ data?: T; error?: unknown; response: Response }>;

/** The data of a typed SDK call, else a StepFailed naming the step and the problem the platform answered. */
export async function expectOk<T>(call: Answer<T>, step: string): Promise<T> {
  const outcome = await settle(call);
  if (outcome instanceof ProblemError) throw refused(step, outcome);
  return outcome.value;
}

/** The step failed because the platform refused it with `problem`. */
export const refused = (step: string, problem: ProblemError) =>
  new StepFailed(`${step}: HTTP ${problem.status} ${problem.code}: ${problem.detail}`);

/** The data of a typed SDK call, or the problem the platform refused it with (a step that expects refusals). */
export async function settle<T>(call: Answer<T>): Promise<{ value: T } | ProblemError> {
  try {
    return { value: await ok(call) };
  } catch (error) {
    if (error instanceof ProblemError) return error;
    throw error;
  }
}
