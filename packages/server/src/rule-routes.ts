import { resolvePack, SHIPPED_PACKS, type RulePack } from "@mnplan/core";
import type { AppContext } from "./app-context.js";
import { RulePackListSchema, RulePackParamsSchema, RulePackSchema } from "./api-schemas.js";
import { defineRoute, json, notFound, type Route } from "./route.js";

function listPacks(context: AppContext): { pack: RulePack; shipped: boolean }[] {
  return [
    { pack: SHIPPED_PACKS.guideline, shipped: true },
    { pack: SHIPPED_PACKS.evidence, shipped: true },
    ...Object.values(context.packs).map((pack) => ({ pack, shipped: false })),
  ];
}

/** `GET /api/rules` and `GET /api/rules/:id`: the rule packs a request may name. */
export const ruleRoutes: readonly Route[] = [
  defineRoute({
    method: "GET",
    url: "/api/rules",
    operationId: "listRulePacks",
    summary: "List the rule packs",
    tag: "rules",
    responses: {
      200: { description: "The packs", content: { "application/json": RulePackListSchema } },
    },
    handle: (_input, context) =>
      json(200, {
        items: listPacks(context).map(({ pack, shipped }) => ({
          id: pack.id,
          version: pack.version,
          name: pack.name,
          description: pack.description,
          shipped,
        })),
      }),
  }),
  defineRoute<{ id: string }>({
    method: "GET",
    url: "/api/rules/:id",
    operationId: "getRulePack",
    summary: "Get a rule pack, every rule with its evidence",
    tag: "rules",
    params: RulePackParamsSchema,
    responses: {
      200: { description: "The pack", content: { "application/json": RulePackSchema } },
    },
    handle: ({ params }, context) => {
      const pack = resolvePack(params.id, { packs: context.packs });
      return pack.ok ? json(200, pack.value) : notFound("id", `No rule pack "${params.id}"`);
    },
  }),
];
