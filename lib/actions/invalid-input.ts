import type { ZodError } from "zod";
import { INPUT_INVALID, MALFORMED } from "@/lib/domain/refusals";
import type { ActionResult } from "@/lib/dal/types";

type Failure = Extract<ActionResult, { ok: false }>;

/** How an action answers input its schema refused. */
export type InvalidInputAnswer = (error: ZodError) => Failure;

/**
 * The schema's first message: for forms whose schemas speak Chinese. With `field`, an issue about that
 * field also marks it, for the form to show beside the input.
 */
export function firstIssue(fallback = INPUT_INVALID, options: { field?: string } = {}): InvalidInputAnswer {
  return (error) => {
    const issue = error.issues[0];
    const message = issue?.message ?? fallback;
    const marked = options.field !== undefined && issue?.path[0] === options.field;
    return { ok: false, error: message, code: "invalid", ...(marked ? { fieldErrors: { [options.field!]: message } } : {}) };
  };
}

/** The first message, and the first message of each field (path joined by dots): for forms that mark their fields. */
export const issuesByField: InvalidInputAnswer = (error) => {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[issue.path.join(".") || "_"] ??= issue.message;
  return { ok: false, error: error.issues[0]?.message ?? INPUT_INVALID, code: "invalid", fieldErrors };
};

/** One fixed message: for input only a forged or broken request gets wrong, where zod's own words would show. */
export const malformed: InvalidInputAnswer = () => ({ ok: false, error: MALFORMED, code: "invalid" });

/** Only the schema's own refusals (custom issues, written in Chinese) are shown; zod's defaults are not. */
export const customIssueOrMalformed: InvalidInputAnswer = (error) => ({
  ok: false,
  error: error.issues.find((i) => i.code === "custom")?.message ?? MALFORMED,
  code: "invalid",
});
