import { describe, expect, it } from "vitest";
import { createTestApp } from "../test/test-app.js";
import { ROUTES } from "./routes.js";

type Json = Record<string, unknown>;

async function fetchDocument(): Promise<Json> {
  const response = await createTestApp().app.inject("/openapi.json");
  expect(response.statusCode).toBe(200);
  return response.json<Json>();
}

/** Every `$ref` in a value, with where it was found. */
function findRefs(value: unknown, at = "#"): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => findRefs(item, `${at}/${i}`));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]): [string, string][] =>
    key === "$ref" && typeof inner === "string" ? [[inner, at]] : findRefs(inner, `${at}/${key}`),
  );
}

/** Follows a local JSON pointer (`#/components/schemas/Course`) in the document. */
function resolvePointer(document: Json, ref: string): unknown {
  return ref
    .slice(2)
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], document);
}

describe("GET /openapi.json", () => {
  it("is an OpenAPI 3.1 document", async () => {
    const document = await fetchDocument();
    expect(document.openapi).toBe("3.1.0");
    expect(document.info).toMatchObject({ title: "Microneedling Planner API", version: "0.1.0" });
  });

  it("describes every route of the table, and /openapi.json itself", async () => {
    const paths = (await fetchDocument()).paths as Record<string, Json>;
    const described = Object.entries(paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const routes = ROUTES.map((r) => `${r.method} ${r.url.replace(/:([A-Za-z]+)/g, "{$1}")}`);
    expect(described.sort()).toEqual([...routes, "GET /openapi.json"].sort());
  });

  it("gives each operation a unique id, its path parameters, a success and its problems", async () => {
    const paths = (await fetchDocument()).paths as Record<string, Record<string, Json>>;
    const ids = new Set<string>();
    for (const [path, item] of Object.entries(paths)) {
      for (const operation of Object.values(item)) {
        ids.add(operation.operationId as string);
        const declared = ((operation.parameters ?? []) as Json[])
          .filter((p) => p.in === "path")
          .map((p) => p.name);
        expect(declared).toEqual([...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
        const statuses = Object.keys(operation.responses as Json);
        expect(statuses.some((s) => s.startsWith("2"))).toBe(true);
        if (path.includes("{")) expect(statuses).toContain("404");
        if (operation.requestBody)
          expect(statuses).toEqual(expect.arrayContaining(["400", "413", "415"]));
      }
    }
    expect(ids.size).toBe(ROUTES.length + 1);
  });

  it("resolves every $ref to a schema", async () => {
    const document = await fetchDocument();
    const refs = findRefs(document);
    expect(refs.length).toBeGreaterThan(50);
    for (const [ref, at] of refs) {
      expect(ref, at).toMatch(/^#\/components\/schemas\/\w+/);
      const target = resolvePointer(document, ref);
      expect(typeof target === "object" && target !== null, `${ref} at ${at}`).toBe(true);
    }
  });

  it("keeps the schemas' constraints, with no JSON Schema headers inside components", async () => {
    const document = await fetchDocument();
    const schemas = (document.components as { schemas: Record<string, Json> }).schemas;
    for (const schema of Object.values(schemas)) {
      expect(schema).not.toHaveProperty("$schema");
      expect(schema).not.toHaveProperty("$id");
    }
    expect(schemas.PlanRequest).toMatchObject({
      type: "object",
      additionalProperties: false,
      required: expect.arrayContaining(["concerns", "age", "fitzpatrick", "setting"]) as unknown,
    });
    expect(JSON.stringify(schemas.PerformedSessionInput)).toContain('"maximum":3');
  });
});

describe("GET /docs", () => {
  it("serves a browsable page whose assets are all local", async () => {
    const { app } = createTestApp();
    const page = await app.inject("/docs/");
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toMatch(/^text\/html/);
    const assets = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? "");
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(asset).not.toMatch(/^(https?:)?\/\//);
    const initializer = await app.inject("/docs/static/swagger-initializer.js");
    expect(initializer.statusCode).toBe(200);
    expect(initializer.body).not.toMatch(/cdn|unpkg|jsdelivr|validator\.swagger/);
    const json = await app.inject("/docs/json");
    expect(json.json<Json>().openapi).toBe("3.1.0");
  });
});
