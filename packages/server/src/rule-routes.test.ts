import { GUIDELINE_PACK, loadRulePack, type RulePack } from "@mnplan/core";
import { describe, expect, it } from "vitest";
import { createMemoryRepository, createPhotoStore } from "@mnplan/store";
import { createTestApp, expectProblem, expectSchema, NOW, REQUEST } from "../test/test-app.js";
import { RulePackListSchema, RulePackSchema } from "./api-schemas.js";
import { createApp } from "./create-app.js";

function appWithClinicPack() {
  const loaded = loadRulePack({ id: "my-clinic", extends: "evidence", version: "1" });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const packs: Record<string, RulePack> = { "my-clinic": loaded.value };
  return createApp({
    repository: createMemoryRepository(),
    photos: createPhotoStore("/nonexistent"),
    now: () => NOW,
    packs,
  });
}

describe("rule packs", () => {
  it("lists the shipped packs", async () => {
    const response = await createTestApp().app.inject("/api/rules");
    expectSchema(RulePackListSchema, response.json());
    expect(response.json<{ items: { id: string; shipped: boolean }[] }>().items).toEqual([
      expect.objectContaining({ id: "guideline", shipped: true }),
      expect.objectContaining({ id: "evidence", shipped: true }),
    ]);
  });

  it("serves a pack whole", async () => {
    const response = await createTestApp().app.inject("/api/rules/guideline");
    expect(response.statusCode).toBe(200);
    expectSchema(RulePackSchema, response.json());
    expect(response.json()).toEqual(JSON.parse(JSON.stringify(GUIDELINE_PACK)));
  });

  it("lists, serves and plans with a clinic's own pack", async () => {
    const app = appWithClinicPack();
    const list = await app.inject("/api/rules");
    expect(list.json<{ items: { id: string; shipped: boolean }[] }>().items[2]).toMatchObject({
      id: "my-clinic",
      shipped: false,
    });
    expect((await app.inject("/api/rules/my-clinic")).statusCode).toBe(200);
    const plan = await app.inject({
      method: "POST",
      url: "/api/plan",
      payload: { ...REQUEST, rules: "my-clinic" },
    });
    expect(plan.json<{ rules: { id: string } }>().rules.id).toBe("my-clinic");
  });

  it.each(["nope", "x".repeat(65)])("answers 404 for the pack %s", async (id) => {
    expectProblem(await createTestApp().app.inject(`/api/rules/${id}`), 404);
  });
});
