// @mnplan/store: the journal's storage. One repository port; in-memory, SQLite and PostgreSQL stores;
// photo files on disk with their metadata stripped.
export * from "./repository.js";
export { createMemoryRepository } from "./memory-repository.js";
export { openSqliteRepository, type SqliteOptions } from "./sqlite-repository.js";
export { openPostgresRepository, type PostgresOptions } from "./postgres-repository.js";
export { openRepository, SQLITE_FILE_NAME, type RepositoryLocation } from "./open-repository.js";
export { dueSessionNumber } from "./encode-rows.js";
export { MAX_PAGE_SIZE } from "./page-cursor.js";
export { createPhotoStore, type PhotoStore, type SavedPhoto } from "./photo-store.js";
export {
  stripImageMetadata,
  type ImageMediaType,
  type StrippedImage,
} from "./strip-image-metadata.js";
