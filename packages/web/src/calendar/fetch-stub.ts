// For tests: a stand-in for the network that answers by method and path and records each request.
import { vi } from "vitest";

export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly body: unknown;
}

type Answer = { status: number; body?: unknown };

/** Replaces fetch; `answers` maps "METHOD /path" to a status and JSON body. Undo with vi.unstubAllGlobals(). */
export function stubFetch(answers: Record<string, Answer>): SeenRequest[] {
  const seen: SeenRequest[] = [];
  vi.stubGlobal("fetch", (url: string, init: RequestInit = {}) => {
    const method = init.method ?? "GET";
    const body = typeof init.body === "string" ? (JSON.parse(init.body) as unknown) : undefined;
    seen.push({ method, url, body });
    const answer = answers[`${method} ${url}`] ?? {
      status: 404,
      body: { title: "Not found", status: 404 },
    };
    return Promise.resolve(
      answer.body === undefined
        ? new Response(null, { status: answer.status })
        : new Response(JSON.stringify(answer.body), {
            status: answer.status,
            headers: { "content-type": "application/json" },
          }),
    );
  });
  return seen;
}
