// For component tests: a stand-in for the network that answers by method and path and records
// each call.
import { vi } from "vitest";

export interface Call {
  readonly method: string;
  readonly path: string;
  /** What was sent: parsed when it is JSON text, as it was otherwise (e.g. FormData). */
  readonly body: unknown;
}

type Reply = { status: number; body?: unknown };
type Answer = Reply | (() => Reply);

const NOT_FOUND: Reply = { status: 404, body: { title: "Not Found", status: 404 } };

/**
 * Replaces `fetch`; `routes` maps "GET /api/…" to an answer, a JSON body or none (unknown routes
 * answer 404). Undo with vi.unstubAllGlobals().
 */
export function mockFetch(routes: Record<string, Answer>): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn((input: RequestInfo | URL, init: RequestInit = {}) => {
      const href = input instanceof Request ? input.url : input instanceof URL ? input.href : input;
      const path = new URL(href, "http://localhost").pathname;
      const method = init.method ?? "GET";
      const sent = typeof init.body === "string" ? (JSON.parse(init.body) as unknown) : init.body;
      calls.push({ method, path, body: sent });
      const found = routes[`${method} ${path}`];
      const answer = typeof found === "function" ? found() : (found ?? NOT_FOUND);
      const body =
        answer.body === undefined || answer.status === 204 ? null : JSON.stringify(answer.body);
      return Promise.resolve(
        new Response(body, {
          status: answer.status,
          headers: { "content-type": "application/json" },
        }),
      );
    }),
  );
  return calls;
}
