import { createHash } from "node:crypto";
import { canonicalJson, type PublishedReport } from "./snapshot";

/**
 * A published version's fingerprint, kept with it. Apart from snapshot.ts so that a snapshot can be built in
 * the browser (the sign-off preview) without node:crypto.
 */
export function contentHash(report: PublishedReport): string {
  return createHash("sha256").update(canonicalJson(report)).digest("hex");
}
