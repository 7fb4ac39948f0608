import { errorIssue, type Issue, type Result } from "@mnplan/core";
import type { FastifyRequest } from "fastify";
import type * as z from "zod";
import type { AppContext } from "./app-context.js";

/** A response a route documents: its description and its bodies by media type (a schema for JSON). */
export interface ResponseSpec {
  readonly description: string;
  readonly content?: Readonly<Record<string, z.ZodType | "text" | "binary" | "object">>;
}

/** How a route's body arrives: JSON parsed with a schema (or a parser built on one), or a multipart form. */
export type BodySpec<B> =
  | {
      readonly kind: "json";
      readonly schema: z.ZodType;
      /** Parses the body when a schema alone is not the whole check (a plan request, say). */
      readonly parse?: (raw: unknown, context: AppContext) => Result<B>;
    }
  | { readonly kind: "multipart"; readonly schema: z.ZodType };

/** What a handler answers, as a value; register-route.ts turns it into the HTTP response. */
export type Reply =
  | {
      readonly kind: "json";
      readonly status: number;
      readonly body: unknown;
      readonly headers?: Readonly<Record<string, string>>;
    }
  | {
      readonly kind: "raw";
      readonly status: number;
      readonly body: string | Uint8Array;
      readonly mediaType: string;
      readonly headers?: Readonly<Record<string, string>>;
    }
  | { readonly kind: "empty"; readonly status: 204 }
  | {
      readonly kind: "problem";
      readonly issues: readonly Issue[];
      readonly extensions?: Readonly<Record<string, unknown>>;
    };

export interface RouteInput<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly request: FastifyRequest;
}

/** One row of the route table: what registers the route, and what documents it. */
export interface RouteSpec<P = unknown, Q = unknown, B = unknown> {
  readonly method: "GET" | "POST" | "DELETE";
  /** Fastify's syntax: `/api/courses/:id`. */
  readonly url: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tag: string;
  readonly params?: z.ZodType<P, Record<string, string>>;
  readonly query?: z.ZodType<Q, Record<string, unknown>>;
  readonly body?: BodySpec<B>;
  readonly responses: Readonly<Record<number, ResponseSpec>>;
  /** Problem statuses beyond those its inputs imply (400, 404, 413, 415 and 500 are derived). */
  readonly problems?: readonly number[];
  handle(input: RouteInput<P, Q, B>, context: AppContext): Reply | Promise<Reply>;
}

/** A route of any input types, as the table holds it. */
export type Route = RouteSpec<never, never, never>;

/** Types a route's handler from its schemas, then erases them for the table. */
export function defineRoute<P = undefined, Q = undefined, B = undefined>(
  spec: RouteSpec<P, Q, B>,
): Route {
  return spec as unknown as Route;
}

export const json = (status: number, body: unknown, headers?: Record<string, string>): Reply =>
  headers === undefined ? { kind: "json", status, body } : { kind: "json", status, body, headers };

export const noContent = (): Reply => ({ kind: "empty", status: 204 });

export const problem = (
  issues: readonly Issue[],
  extensions?: Readonly<Record<string, unknown>>,
): Reply =>
  extensions === undefined ? { kind: "problem", issues } : { kind: "problem", issues, extensions };

export const notFound = (path: string, message: string): Reply =>
  problem([errorIssue("not-found", path, message)]);

export const courseNotFound = (): Reply => notFound("id", "No course with this id");
