/**
 * The largest server action body: an import upload (lib/dal/report-import.ts refuses files over 5 MB
 * itself) with room for the form around it. next.config.ts gives it to Next; scripts/serve.ts refuses
 * anything larger with a 413 before Next reads it.
 */
export const ACTION_BODY_LIMIT = "6mb";
export const ACTION_BODY_LIMIT_BYTES = 6 * 1024 * 1024;
