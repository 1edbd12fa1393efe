/** A failure the CLI reports in one message, exiting non-zero. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** What the CLI reads of an answer, whichever way it was sent. */
export interface ApiResponse {
  status: number;
  contentType: string;
  text: string;
}

interface ProblemBody {
  detail?: string;
  title?: string;
  code?: string;
  errors?: { path: string; message: string }[];
}

/** The JSON body of a 2xx answer; a problem answer becomes a CliError listing its problems. */
export function bodyOf<T>(res: ApiResponse, what: string): T {
  if (res.status >= 200 && res.status < 300) return JSON.parse(res.text) as T;
  let problem: ProblemBody = {};
  try {
    problem = JSON.parse(res.text) as ProblemBody;
  } catch {
    // Not a problem body (a proxy's error page): report the status alone.
  }
  const lines = [`${what}: ${problem.title ?? `HTTP ${res.status}`}${problem.code ? ` (${problem.code}, ${res.status})` : ''}`];
  if (problem.errors && problem.errors.length > 0) {
    for (const e of problem.errors) lines.push(`  ${e.path.replace(/^\/body/, '') || '/'}: ${e.message}`);
  } else if (problem.detail) {
    lines.push(`  ${problem.detail}`);
  }
  throw new CliError(lines.join('\n'));
}
