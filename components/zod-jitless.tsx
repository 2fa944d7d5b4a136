"use client";

/**
 * Zod compiles its object parsers with `new Function` where it may, and probes for that on first use;
 * under this app's CSP (no 'unsafe-eval', lib/server/csp.ts) the probe is blocked, and the browser reports
 * a violation on every page with a form. Zod's documented switch for this is jitless mode; it is set on
 * zod's global config object directly so that pages without forms do not download zod for it.
 */
const scope = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(scope.__zod_globalConfig ??= {}).jitless = true;

export function ZodJitless() {
  return null;
}
