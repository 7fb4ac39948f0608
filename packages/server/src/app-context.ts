import type { RulePack } from "@mnplan/core";
import type { PhotoStore, Repository } from "@mnplan/store";
import type { PlanCache } from "./plan-cache.js";

/** What every route handler is given: the app's dependencies, passed as plain values. */
export interface AppContext {
  readonly repository: Repository;
  /** Photo files: validated, stripped of metadata and written by the store. */
  readonly photos: PhotoStore;
  /** The current instant, milliseconds since the epoch: the only clock the app reads. */
  readonly now: () => number;
  /** Custom rule packs by id, beside the shipped ones. */
  readonly packs: Readonly<Record<string, RulePack>>;
  /** Recent stateless plans, by request. */
  readonly planCache: PlanCache;
}
