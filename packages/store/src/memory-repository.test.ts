import { createMemoryRepository } from "./memory-repository.js";
import { runRepositoryContract } from "./repository-contract.js";

runRepositoryContract("in memory", () => {
  const repository = createMemoryRepository();
  return Promise.resolve({ repository, dispose: () => repository.close() });
});
