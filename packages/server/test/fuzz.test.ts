// Throws malformed bodies, params, queries and headers at every route and checks the answer is
// never a 5xx, and every error is a problem+json document.
import fc from "fast-check";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { beforeEach, describe, expect, it } from "vitest";
import { ProblemSchema } from "../src/api-schemas.js";
import type { Route } from "../src/route.js";
import { ROUTES } from "../src/routes.js";
import { buildMultipart, jpegWithGps, PHOTO_FIELDS, photoFile } from "./photo-fixtures.js";
import { createTestApp, REQUEST, SESSION, startCourse } from "./test-app.js";

const RUNS_PER_ROUTE = 500;

const CHECK_IN = { date: "2027-01-10", redness: 1, swelling: 0, pain: 0, flaking: 0 };
const RATING = { date: "2027-02-01", concern: "acne-scars", score: 4 };

const VALID_BODIES: Readonly<Record<string, unknown>> = {
  "/api/plan": REQUEST,
  "/api/courses": { request: REQUEST, label: "Ann" },
  "/api/courses/:id/sessions": SESSION,
  "/api/courses/:id/check-ins": CHECK_IN,
  "/api/courses/:id/ratings": RATING,
};

const printable = (max: number) =>
  fc.string({
    unit: fc.constantFrom(..." !#$%&'()*+,-./0123456789:;<=>?@ABCxyz[]^_`{|}~\"\\"),
    maxLength: max,
  });
const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  printable(40),
);

/** A value put in place of a path segment: the real id, other ids, junk, encoded or not. */
const segment = (courseId: string, photoId: string) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(courseId) },
    fc.constant(photoId),
    fc.uuid().map(String),
    anyText.map(encodeURIComponent),
    fc.constantFrom(
      "%",
      "%E0%A4%A",
      "..%2F..%2Fetc",
      "%00",
      "a".repeat(300),
      "",
      "guideline",
      `${"A".repeat(43)}.ics`,
    ),
  );

/** Replaces one leaf of a valid value (or adds a field), so most of the body still parses. */
function mutate(
  value: unknown,
  pick: number,
  replacement: unknown,
  addKey: string | undefined,
): unknown {
  const leaves: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (typeof node !== "object" || node === null) return void leaves.push(path);
    leaves.push(path);
    for (const [key, inner] of Object.entries(node))
      walk(inner, [...path, Array.isArray(node) ? Number(key) : key]);
  };
  walk(value, []);
  const copy = structuredClone(value) as Record<string | number, unknown>;
  const path = leaves[pick % leaves.length] ?? [];
  if (path.length === 0) return replacement;
  const parent = path
    .slice(0, -1)
    .reduce<Record<string | number, unknown>>(
      (node, key) => node[key] as Record<string | number, unknown>,
      copy,
    );
  const last = path.at(-1) as string | number;
  if (addKey !== undefined && typeof parent === "object" && !Array.isArray(parent))
    parent[addKey] = replacement;
  else parent[last] = replacement;
  return copy;
}

type Body = { payload?: string | Buffer; headers: Record<string, string> };

const jsonType = fc.constantFrom(
  "application/json",
  "application/json; charset=utf-8",
  "APPLICATION/JSON",
  "application/json; charset=latin1",
);
const otherType = fc.oneof(
  fc.constantFrom(
    "text/plain",
    "application/xml",
    "multipart/form-data",
    "multipart/form-data; boundary=",
    "application/x-www-form-urlencoded",
    "",
    "*/*",
    "application/json+x",
  ),
  printable(30),
);

/** Objects JSON can carry that break string conversion: `${value}` or obj[value] throws on them. */
const HOSTILE_JSON = [
  '{"toString":""}',
  '{"valueOf":""}',
  '{"toString":1,"valueOf":1}',
  '{"toJSON":""}',
  '{"__proto__":{"toString":""}}',
  '{"constructor":"","length":1e9}',
  '[{"toString":""}]',
  '{"length":{"toString":""}}',
  '{"length":[{"valueOf":0}]}',
];

/** What a mutation puts in a valid body: any JSON, or values near the edges of the schemas. */
const REPLACEMENT = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    0,
    -1,
    1.5,
    3,
    4,
    10,
    11,
    121,
    1e308,
    -0,
    "",
    " ",
    "2027-02-29",
    "2028-02-29",
    "x".repeat(3000),
    null,
    [],
    {},
    true,
    "cheeks",
    "home",
    "UTC",
    "Mars/Olympus",
  ),
  fc.constantFrom(...HOSTILE_JSON).map((text) => JSON.parse(text) as unknown),
);

function bodies(route: Route): fc.Arbitrary<Body> {
  const valid = VALID_BODIES[route.url] ?? {};
  const asJson = (payload: string) =>
    jsonType.map((type): Body => ({ payload, headers: { "content-type": type } }));
  return fc.oneof(
    { weight: 2, arbitrary: asJson(JSON.stringify(valid)) },
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.nat(), REPLACEMENT, fc.option(fc.string({ maxLength: 10 }), { nil: undefined }))
        .chain(([pick, value, key]) =>
          asJson(JSON.stringify(mutate(valid, pick, value, key)) ?? "null"),
        ),
    },
    fc.jsonValue().chain((value) => asJson(JSON.stringify(value) ?? "null")),
    anyText.chain((text) => asJson(text)),
    fc.tuple(otherType, fc.uint8Array({ maxLength: 200 })).map(([type, bytes]): Body => ({
      payload: Buffer.from(bytes),
      headers: { "content-type": type },
    })),
    fc
      .record({
        fields: fc.dictionary(
          fc.constantFrom("date", "angle", "area", "consent", "notes", "x", "__proto__"),
          anyText,
        ),
        bytes: fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.constant(jpegWithGps())),
        withFile: fc.boolean(),
      })
      .map(({ fields, bytes, withFile }): Body => {
        const form = buildMultipart(
          { ...PHOTO_FIELDS, ...fields },
          withFile ? [photoFile(bytes)] : [],
        );
        return { payload: form.payload, headers: form.headers };
      }),
    fc.constant<Body>({ headers: {} }),
  );
}

function expectGoodAnswer(response: LightMyRequestResponse, what: string): void {
  expect(response.statusCode, what).toBeLessThan(500);
  if (response.statusCode < 400) return;
  expect(response.headers["content-type"], what).toMatch(/^application\/problem\+json/);
  const parsed = ProblemSchema.safeParse(response.json());
  expect(parsed.success, `${what}: ${response.body}`).toBe(true);
}

describe("fuzz: bad input is never a 5xx", () => {
  let app: FastifyInstance;
  let courseId = "";
  let photoId = "";
  beforeEach(async () => {
    app = createTestApp().app;
    courseId = await startCourse(app);
    const upload = await app.inject({
      method: "POST",
      url: `/api/courses/${courseId}/photos`,
      ...buildMultipart(PHOTO_FIELDS, [photoFile()]),
    });
    photoId = upload.json<{ id: string }>().id;
  });

  it.each(ROUTES.map((route) => [`${route.method} ${route.url}`, route] as const))(
    "%s",
    async (_name, route) => {
      const request = fc.record({
        method: fc.oneof(
          { weight: 4, arbitrary: fc.constant(route.method) },
          fc.constantFrom("GET", "POST", "PUT", "PATCH", "OPTIONS"),
        ),
        params: fc.array(segment(courseId, photoId), { minLength: 4, maxLength: 4 }),
        query: fc.oneof(
          fc.constant(""),
          fc
            .dictionary(fc.constantFrom("limit", "after", "from", "to", "x", "limit[]"), anyText)
            .map((q) => new URLSearchParams(q).toString()),
          printable(30),
        ),
        body: bodies(route),
        accept: fc.option(
          fc.oneof(
            fc.constantFrom("text/calendar", "application/json", "*/*", "text/calendar;q=0"),
            printable(30),
          ),
          { nil: undefined },
        ),
      });
      await fc.assert(
        fc.asyncProperty(request, async ({ method, params, query, body, accept }) => {
          let index = 0;
          const path = route.url.replace(/:[A-Za-z]+/g, () => params[index++] ?? "");
          const url = query === "" ? path : `${path}?${query}`;
          const headers = { ...body.headers, ...(accept === undefined ? {} : { accept }) };
          const response = await app.inject({
            method: method as "GET",
            url,
            headers,
            ...(body.payload === undefined ? {} : { payload: body.payload }),
          });
          expectGoodAnswer(
            response,
            `${method} ${url} ${JSON.stringify(headers)} ${String(body.payload).slice(0, 200)}`,
          );
        }),
        { numRuns: RUNS_PER_ROUTE },
      );
    },
  );
});

describe("every field of every JSON body, replaced by an object that breaks string conversion", () => {
  /** Bodies with every optional field filled, so each one is tried. */
  const FULL_REQUEST = {
    ...REQUEST,
    concerns: [
      {
        concern: "acne-scars",
        severity: "moderate",
        goodmanBaron: 3,
        scarType: "rolling",
        areas: ["cheeks"],
      },
      { concern: "fine-lines", glogau: 2, areas: ["forehead"] },
    ],
    sensitivity: "sensitive",
    lifestyle: { smoker: true },
    health: { isotretinoin: { stoppedOn: "2026-01-02" }, activeAcne: "mild" },
    today: "2026-12-01",
    preferredWeekdays: ["mon"],
    blackouts: [{ from: "2027-02-01", to: "2027-02-10", reason: "Away", sun: true }],
    rules: "evidence",
  };
  const FULL_BODIES: Readonly<Record<string, unknown>> = {
    "/api/plan": FULL_REQUEST,
    "/api/courses": { request: FULL_REQUEST, label: "Ann" },
    "/api/courses/:id/sessions": {
      ...SESSION,
      cartridge: { needles: 12, type: "nano" },
      passes: 2,
      products: ["hyaluronic serum"],
      performedBy: "Dr Lee",
      notes: "fine",
    },
    "/api/courses/:id/check-ins": { ...CHECK_IN, warningSigns: ["pus"], notes: "ok" },
    "/api/courses/:id/ratings": { ...RATING, notes: "ok" },
  };

  function leafPaths(value: unknown, keys: (string | number)[] = []): (string | number)[][] {
    if (typeof value !== "object" || value === null) return [keys];
    const entries = Array.isArray(value)
      ? value.map((v, i) => [i, v] as const)
      : Object.entries(value);
    return [keys, ...entries.flatMap(([key, inner]) => leafPaths(inner, [...keys, key]))];
  }

  it.each(Object.keys(FULL_BODIES))("POST %s", async (url) => {
    const { app } = createTestApp();
    const courseId = await startCourse(app);
    const body = FULL_BODIES[url];
    const target = url.replace(":id", courseId);
    const valid = await app.inject({ method: "POST", url: target, payload: body as object });
    expect(valid.statusCode, valid.body).toBeLessThan(300);
    let tried = 0;
    for (const keys of leafPaths(body)) {
      for (const text of HOSTILE_JSON) {
        const copy = structuredClone(body) as Record<string | number, unknown>;
        let payload: string;
        if (keys.length === 0) payload = text;
        else {
          const parent = keys
            .slice(0, -1)
            .reduce<Record<string | number, unknown>>(
              (node, key) => node[key] as Record<string | number, unknown>,
              copy,
            );
          parent[keys.at(-1) as string | number] = JSON.parse(text) as unknown;
          payload = JSON.stringify(copy);
        }
        const response = await app.inject({
          method: "POST",
          url: target,
          headers: { "content-type": "application/json" },
          payload,
        });
        expect(response.statusCode, `${keys.join(".")} = ${text}`).toBeGreaterThanOrEqual(400);
        expectGoodAnswer(response, `${keys.join(".")} = ${text}`);
        tried += 1;
      }
    }
    expect(tried).toBeGreaterThan(30);
  });
});
