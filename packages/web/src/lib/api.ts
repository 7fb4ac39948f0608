// The one way the app talks to the server: JSON in, JSON out, and every refusal turned into an
// ApiError carrying the problem document's title, its `errors` (each with the field's path) and
// any other members it has (e.g. `allowedFrom` when a session is too soon after the last one).
export interface ProblemIssue {
  readonly code: string;
  readonly path: string;
  readonly message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly issues: readonly ProblemIssue[],
    /** The problem document's members beyond the standard ones and `errors`. */
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(title);
    this.name = "ApiError";
  }
}

const STANDARD_MEMBERS = new Set(["type", "title", "status", "detail", "instance", "errors"]);

async function problemFrom(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as Record<string, unknown>;
    const title = typeof body.title === "string" ? body.title : response.statusText;
    const issues = Array.isArray(body.errors) ? (body.errors as ProblemIssue[]) : [];
    const extensions = Object.fromEntries(
      Object.entries(body).filter(([member]) => !STANDARD_MEMBERS.has(member)),
    );
    return new ApiError(response.status, title, issues, extensions);
  } catch {
    return new ApiError(response.status, response.statusText, []);
  }
}

/** Sends a request to the API; the parsed JSON answer (undefined for 204), or throws ApiError. */
export async function apiFetch<T>(
  path: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  let body: BodyInit | undefined;
  if (init.body instanceof FormData) body = init.body;
  else if (init.body !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(init.body);
  }
  const response = await fetch(path, {
    method: init.method ?? (body === undefined ? "GET" : "POST"),
    headers,
    ...(body === undefined ? {} : { body }),
    ...(init.signal ? { signal: init.signal } : {}),
  });
  if (!response.ok) throw await problemFrom(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
