import { jsonNestingExceeds } from "./json-depth";

/**
 * Checks a server action's arguments as React's encodeReply writes them, before React's decodeReply reads
 * them: every shape that decodeReply would throw on (and Next would turn into an HTTP 500 with a stack
 * trace) is refused here. The grammar (react-server-dom ReactFlightReplyClient / ReactFlightReplyServer):
 *
 * - The reply is JSON. As a plain text body it is one part, "0"; as multipart, part "0" is the root and
 *   parts "1", "2", … hold outlined values (named in decimal, referred to in hex).
 * - A string starting with "$" is a tag: "$$…" escapes a string that starts with "$"; "$undefined",
 *   "$NaN", "$Infinity", "$-Infinity", "$-0", "$D<date>", "$n<bigint>" are values; "$<id>[:path]" (an
 *   outlined or repeated object), "$@<id>" (promise), "$Q" / "$W" / "$i<id>" (Map, Set, iterator over an
 *   array part), "$K<id>" (FormData from the "_<id>_…" fields), "$B<id>" (a file part) and typed arrays
 *   ("$A", "$o", "$L", … over a file part) refer to other parts.
 * - Temporary references ("$T"), server functions ("$h"), streams and async iterables ("$R", "$r",
 *   "$X", "$x") are refused: this app's actions take plain data, FormData and files, and any of these
 *   reaching an action could only end in an error.
 */
export interface ReplyParts {
  /** Text fields by name, without the reply's prefix. */
  text: Map<string, string>;
  /** File parts by name, without the reply's prefix: their size in bytes. */
  files: Map<string, number>;
  /**
   * For a multipart body that React reads as it streams in: the position of each part in the body.
   * React revives the root the moment part "0" arrives, so everything the root needs at once (all but
   * what sits behind a promise) must come before it, as encodeReply writes it.
   */
  order?: Map<string, number>;
}

export type ReplyProblem = "not-json" | "too-deep" | "not-args" | "too-many-args" | "array-too-large" | "bad-reference" | "missing-part";

/** Deep enough for any argument the app passes (a handful of levels), far from exhausting React's stack. */
export const MAX_NESTING = 64;
/** Next's SERVER_ACTION_ARGS_LIMIT. */
const MAX_ARGS = 1000;
/** React's default arraySizeLimit: slots counted across nested arrays and the text inside them. */
const MAX_ARRAY_SLOTS = 1_000_000;
const MAX_BIGINT_DIGITS = 300;

const VALUES = new Set(["$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0"]);
const TYPED_ARRAY_ELEMENT_BYTES: Record<string, number> = { A: 1, O: 1, o: 1, U: 1, S: 2, s: 2, L: 4, l: 4, G: 4, g: 8, M: 8, m: 8, V: 1 };
const HEX = /^[0-9a-f]+$/;

class Refused extends Error {
  constructor(readonly problem: ReplyProblem) {
    super(problem);
  }
}

/** React's per-array-tree budget: a root context, and a new one under every object property. */
interface ArrayContext {
  count: number;
  fork: boolean;
}

function bump(ctx: ArrayContext | null, slots: number) {
  if (ctx && (ctx.count += slots) > MAX_ARRAY_SLOTS && ctx.fork) throw new Refused("array-too-large");
}

/**
 * Returns what is wrong with the reply, or null. `root` says what part "0" must be: the argument list of
 * a called action, or the {id, bound} descriptor of a form bound to an action.
 */
export function replyProblem(parts: ReplyParts, root: "args" | "bound-action"): ReplyProblem | null {
  const parsed = new Map<string, unknown>();
  // Parts still to walk; `eager` when the root needs them the moment it arrives.
  const pending: { id: string; eager: boolean }[] = [];
  const walkedEagerly = new Set<string>();
  const walkedLazily = new Set<string>();
  const consumedParts = new Set<string>();
  const rootArrival = parts.order?.get("0");

  function arrivedBeforeRoot(id: string): boolean {
    return rootArrival === undefined || id === "0" || (parts.order?.get(id) ?? Infinity) < rootArrival;
  }

  function part(id: string, missing: ReplyProblem, eager: boolean): unknown {
    if (eager && !arrivedBeforeRoot(id)) throw new Refused("bad-reference");
    if (!(eager ? walkedEagerly : walkedLazily).has(id) && !walkedEagerly.has(id)) {
      (eager ? walkedEagerly : walkedLazily).add(id);
      pending.push({ id, eager });
    }
    if (parsed.has(id)) return parsed.get(id);
    const text = parts.text.get(id);
    if (text === undefined) throw new Refused(missing);
    if (jsonNestingExceeds(text, MAX_NESTING)) throw new Refused("too-deep");
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new Refused("not-json");
    }
    parsed.set(id, value);
    return value;
  }

  function file(id: string, eager: boolean): number {
    const size = parts.files.get(id);
    if (size === undefined || (eager && !arrivedBeforeRoot(id))) throw new Refused("bad-reference");
    return size;
  }

  function refId(hex: string): string {
    if (!HEX.test(hex)) throw new Refused("bad-reference");
    return String(parseInt(hex, 16));
  }

  /** Each Map, Set, iterator or typed array part can be revived once. */
  function consumeOnce(id: string) {
    if (consumedParts.has(id)) throw new Refused("bad-reference");
    consumedParts.add(id);
  }

  function checkPath(id: string, path: string[], eager: boolean) {
    let at = part(id, "bad-reference", eager);
    for (const key of path) {
      // A path walks through objects and arrays written inline; anything else React calls an invalid reference.
      if (typeof at !== "object" || at === null || !Object.prototype.hasOwnProperty.call(at, key)) throw new Refused("bad-reference");
      at = (at as Record<string, unknown>)[key];
    }
  }

  function checkTag(value: string, eager: boolean) {
    if (value.length < 2) throw new Refused("bad-reference");
    if (value[1] === "$" || VALUES.has(value) || value[1] === "D") return;
    const tag = value[1];
    const rest = value.slice(2);
    if (tag === "n") {
      if (rest.length > MAX_BIGINT_DIGITS || !/^-?\d+$/.test(rest)) throw new Refused("bad-reference");
      return;
    }
    if (tag === "K") return void refId(rest);
    // A promise is revived when awaited, after the whole body has arrived.
    if (tag === "@") return void part(refId(rest), "bad-reference", false);
    if (tag === "Q" || tag === "W" || tag === "i") {
      const id = refId(rest);
      const model = part(id, "bad-reference", eager);
      if (!Array.isArray(model) || (tag === "Q" && !model.every(Array.isArray))) throw new Refused("bad-reference");
      return consumeOnce(id);
    }
    if (tag === "B") return void file(refId(rest), eager);
    if (tag in TYPED_ARRAY_ELEMENT_BYTES) {
      const id = refId(rest);
      if (file(id, eager) % TYPED_ARRAY_ELEMENT_BYTES[tag] !== 0) throw new Refused("bad-reference");
      return consumeOnce(`typed ${id}`);
    }
    const [hex, ...path] = value.slice(1).split(":");
    checkPath(refId(hex), path, eager);
  }

  function walk(rootValue: unknown, eager: boolean) {
    const stack: [unknown, ArrayContext | null][] = [[rootValue, { count: 0, fork: false }]];
    while (stack.length) {
      const [value, ctx] = stack.pop()!;
      if (typeof value === "string") {
        if (value[0] === "$") {
          checkTag(value, eager);
          if (value[1] === "$") bump(ctx, value.length - 1);
          else if (value[1] === "n") bump(ctx, value.length - 2);
        } else bump(ctx, value.length);
      } else if (Array.isArray(value)) {
        const arrayCtx = ctx ?? { count: 0, fork: false };
        if (value.length > 1) arrayCtx.fork = true;
        bump(arrayCtx, value.length + 1);
        for (const item of value) stack.push([item, arrayCtx]);
      } else if (typeof value === "object" && value !== null) {
        for (const item of Object.values(value)) stack.push([item, null]);
      }
    }
  }

  try {
    const rootValue = part("0", "missing-part", true);
    if (root === "args") {
      if (!Array.isArray(rootValue)) throw new Refused("not-args");
      if (rootValue.length > MAX_ARGS) throw new Refused("too-many-args");
    } else if (typeof rootValue !== "object" || rootValue === null || Array.isArray(rootValue) || typeof (rootValue as { id?: unknown }).id !== "string") {
      throw new Refused("not-args");
    }
    while (pending.length) {
      const { id, eager } = pending.shift()!;
      walk(parsed.get(id), eager);
    }
    return null;
  } catch (err) {
    if (err instanceof Refused) return err.problem;
    throw err;
  }
}
