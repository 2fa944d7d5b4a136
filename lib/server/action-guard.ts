import type { IncomingHttpHeaders } from "node:http";
import { ACTION_BODY_LIMIT_BYTES } from "./action-limits";
import { replyProblem, type ReplyParts, type ReplyProblem } from "./flight-reply";
import { busboyParts, formDataParts, MalformedMultipart } from "./multipart-parts";

/**
 * What scripts/serve.ts checks before Next sees a server action request. A body Next cannot decode makes
 * it answer HTTP 500 and log a stack trace per request; here it gets a short Chinese 400 (or 413 when it
 * is too large) and one log line, and the action never runs.
 */
export type ActionKind = "fetch" | "form";

export type GuardReason = ReplyProblem | "bad-multipart" | "too-large";

export interface Refusal {
  status: 400 | 413;
  reason: GuardReason;
  message: string;
}

const DETAILS: Record<Exclude<GuardReason, "too-large">, string> = {
  "not-json": "不是有效的 JSON",
  "too-deep": "嵌套层数过多",
  "not-args": "参数结构不正确",
  "too-many-args": "参数过多",
  "array-too-large": "数组过大",
  "bad-reference": "含有无法识别的引用",
  "missing-part": "缺少必要的部分",
  "bad-multipart": "表单数据不完整或已损坏",
};

export function refusal(reason: GuardReason): Refusal {
  if (reason === "too-large") {
    return { status: 413, reason, message: `提交的数据超过 ${ACTION_BODY_LIMIT_BYTES / 1024 / 1024} MB 的上限，未能处理。导入的文件不能超过 5 MB，请减小文件后重试。` };
  }
  return { status: 400, reason, message: `提交的数据格式不正确（${DETAILS[reason]}），未做任何修改。` };
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

/**
 * "fetch": a server action called from the page (Next-Action header). "form": a multipart form posted to
 * a page without JavaScript, which Next decodes as an action if it names one. Route handlers (/api) and
 * url-encoded posts, which Next answers without decoding a body, are left alone.
 */
export function actionRequestKind(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): ActionKind | null {
  if (method !== "POST" || !url || /^\/api(?:[/?]|$)/.test(url)) return null;
  const contentType = header(headers, "content-type") ?? "";
  if (header(headers, "next-action") !== undefined) return contentType === "application/x-www-form-urlencoded" ? null : "fetch";
  // Next's own test, case and all.
  return contentType.startsWith("multipart/form-data") ? "form" : null;
}

/** A body whose declared length is over the limit is refused before a byte of it is read. */
export function declaredLengthRefusal(headers: IncomingHttpHeaders): Refusal | null {
  const length = Number(header(headers, "content-length"));
  return Number.isFinite(length) && length > ACTION_BODY_LIMIT_BYTES ? refusal("too-large") : null;
}

/** The parts of each form-bound action a no-script form post carries ("$ACTION_REF_<n>" → "$ACTION_<n>:…"). */
function boundActionReplies(form: ReplyParts): ReplyParts[] {
  const replies: ReplyParts[] = [];
  for (const name of form.text.keys()) {
    if (!name.startsWith("$ACTION_REF_")) continue;
    const prefix = `$ACTION_${name.slice("$ACTION_REF_".length)}:`;
    const strip = <T,>(map: Map<string, T>) => new Map([...map].filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v] as [string, T]));
    replies.push({ text: strip(form.text), files: strip(form.files) });
  }
  return replies;
}

/** Null when Next can decode the body; otherwise why not. The body has already been read within the limit. */
export async function checkActionBody(kind: ActionKind, contentType: string | undefined, body: Buffer): Promise<Refusal | null> {
  const type = contentType ?? "";
  let problem: GuardReason | null;
  try {
    if (kind === "form") {
      const form = await formDataParts(type, body);
      problem = null;
      for (const reply of boundActionReplies(form)) problem ??= replyProblem(reply, "bound-action");
    } else if (type.startsWith("multipart/form-data")) {
      problem = replyProblem(await busboyParts(type, body, ACTION_BODY_LIMIT_BYTES), "args");
    } else {
      // Next decodes a non-multipart body as UTF-8 text: the whole body is part "0".
      problem = replyProblem({ text: new Map([["0", body.toString("utf8")]]), files: new Map() }, "args");
    }
  } catch (err) {
    if (!(err instanceof MalformedMultipart)) throw err;
    problem = "bad-multipart";
  }
  return problem ? refusal(problem) : null;
}
