// The console talks to the same /v1 API as every other client: JSON in, JSON or
// application/problem+json out.

/** An answer with status 4xx or 5xx; `problem` is its RFC 9457 body (or a stand-in). */
export class ProblemError extends Error {
  constructor(status, problem, retryAfterSeconds) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = 'ProblemError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The service could not be reached at all. */
export class NetworkError extends Error {
  constructor(cause) {
    super('network error', { cause });
    this.name = 'NetworkError';
  }
}

let apiKey = '';

/** The API key sent with every request (empty: none). Only needed when the service requires keys. */
export function setApiKey(key) {
  apiKey = key;
}

export async function callApi(path, { method = 'GET', body, signal } = {}) {
  const response = await send(path, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
    contentType: body === undefined ? undefined : 'application/json',
    accept: 'application/json',
    signal,
  });
  const type = response.headers.get('content-type') ?? '';
  return type.includes('json') ? await response.json().catch(() => null) : null;
}

/**
 * A request whose body or answer is not JSON (a CSV upload, a CSV export): the answer as a Blob.
 * Problems still come back as ProblemError.
 */
export async function callApiRaw(path, { method = 'GET', body, contentType, accept, signal } = {}) {
  return (await send(path, { method, body, contentType, accept, signal })).blob();
}

async function send(path, { method, body, contentType, accept, signal }) {
  const headers = { accept };
  if (contentType) headers['content-type'] = contentType;
  if (apiKey) headers.authorization = `Bearer ${apiKey}`;
  let response;
  try {
    response = await fetch(path, { method, headers, body, signal });
  } catch (error) {
    if (error?.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }
  if (!response.ok) {
    const type = response.headers.get('content-type') ?? '';
    const data = type.includes('json') ? await response.json().catch(() => null) : null;
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new ProblemError(
      response.status,
      data ?? { title: response.statusText, status: response.status },
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    );
  }
  return response;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * POST /v1/recommendations. A 429 or 503 that says when to come back is retried (at most
 * `retries` times, waiting what Retry-After asks); `onWait(seconds)` is told before each wait.
 */
export async function recommend(request, { retries = 2, onWait } = {}) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await callApi('/v1/recommendations', { method: 'POST', body: request });
    } catch (error) {
      const retriable = error instanceof ProblemError && (error.status === 429 || error.status === 503) && error.retryAfterSeconds !== undefined;
      if (!retriable || attempt >= retries) throw error;
      const seconds = Math.min(error.retryAfterSeconds, 60);
      onWait?.(seconds);
      await sleep(seconds * 1000);
    }
  }
}
