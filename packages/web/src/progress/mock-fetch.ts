// A stand-in for the network in component tests: answers by method and path, records each call.
import { vi } from "vitest";

export interface Call {
  readonly method: string;
  readonly path: string;
  readonly body: BodyInit | null | undefined;
}

type Answer = { status: number; body?: unknown } | (() => { status: number; body?: unknown });

/** Replaces `fetch`; `routes` maps "GET /api/…" to an answer (unknown routes answer 404). */
export function mockFetch(routes: Record<string, Answer>): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn((input: RequestInfo | URL, init: RequestInit = {}) => {
      const href = input instanceof Request ? input.url : input instanceof URL ? input.href : input;
      const url = new URL(href, "http://localhost");
      const method = init.method ?? "GET";
      calls.push({ method, path: url.pathname, body: init.body });
      const found = routes[`${method} ${url.pathname}`];
      const answer =
        typeof found === "function"
          ? found()
          : (found ?? { status: 404, body: { title: "Not Found" } });
      const body = answer.body === undefined ? null : JSON.stringify(answer.body);
      return Promise.resolve(
        new Response(answer.status === 204 ? null : body, {
          status: answer.status,
          headers: { "content-type": "application/json" },
        }),
      );
    }),
  );
  return calls;
}
