import "server-only";
import { revalidatePath } from "next/cache";
import type { ZodType } from "zod";
import { SIGNED_OUT } from "@/lib/domain/refusals";
import { getCurrentUser } from "@/lib/dal/session";
import type { ActionResult, CurrentUser } from "@/lib/dal/types";
import { firstIssue, type InvalidInputAnswer } from "./invalid-input";

/** The refusal every action result may be. */
export type ActionFailure = Extract<ActionResult, { ok: false }>;

/** A page to refresh after a success: a path alone is that page, `{ layout }` the layout and every page under it. */
export type Revalidation = string | { layout: string };

/** The whole workspace: its layout shows the bell, the years and the units. */
export const WORKSPACE: Revalidation = { layout: "/workspace" };

export interface ActionOptions<T, R> {
  /** Who is asking: the signed-in person by default. */
  user?: () => Promise<CurrentUser | null>;
  /** The answer to a caller without a session (default: SIGNED_OUT); a function may redirect instead. */
  signedOut?: ActionFailure | (() => never);
  /** The answer to input the schema refuses (default: the schema's first message). */
  invalid?: InvalidInputAnswer;
  /** What to refresh after a success: fixed pages, or a function of the input and result that names them (or refreshes itself). */
  revalidate?: readonly Revalidation[] | ((data: T, result: Extract<R, { ok: true }>) => readonly Revalidation[] | void);
}

export function signedOutAnswer(message: string): ActionFailure {
  return { ok: false, error: message, code: "auth" };
}

/**
 * Every server action's prologue and epilogue: the caller's session, the input parsed by its schema, the
 * data layer's function (which checks the caller's rights itself), the pages a success changed. Actions are
 * reachable by a direct POST from anyone, so bad input is answered with a message, never an exception;
 * a redirect thrown by the handler or by `signedOut` passes through untouched.
 */
export async function runAction<T, R extends { ok: boolean }>(
  schema: ZodType<T>,
  input: unknown,
  handler: (user: CurrentUser, data: T) => R | Promise<R>,
  options: ActionOptions<T, R> = {},
): Promise<R | ActionFailure> {
  const user = await (options.user ?? getCurrentUser)();
  if (!user) {
    const { signedOut = signedOutAnswer(SIGNED_OUT) } = options;
    return typeof signedOut === "function" ? signedOut() : signedOut;
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) return (options.invalid ?? firstIssue())(parsed.error);
  const result = await handler(user, parsed.data);
  if (result.ok) {
    const { revalidate = [] } = options;
    const paths = typeof revalidate === "function" ? revalidate(parsed.data, result as Extract<R, { ok: true }>) : revalidate;
    for (const path of paths ?? []) {
      if (typeof path === "string") revalidatePath(path);
      else revalidatePath(path.layout, "layout");
    }
  }
  return result;
}
