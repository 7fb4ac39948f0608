import { createHash, randomBytes } from "node:crypto";

/** A new calendar-feed secret: 32 random bytes, URL-safe (43 characters). */
export function createFeedToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the store keeps instead of the secret: its SHA-256, hex. */
export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
