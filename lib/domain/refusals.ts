/**
 * The answers an action gives before it reaches the data layer, each wording once. The signed-out wordings
 * differ on purpose: each tells the person what happens to what they were doing on that page.
 */

/** Signed out, on pages where nothing typed is at stake (administration, review, publishing, account). */
export const SIGNED_OUT = "登录已过期，请重新登录。";

/** Signed out while sending reminders from the office dashboard. */
export const SIGNED_OUT_BEFORE_SENDING = "登录已过期，请重新登录后再发送。";

/** Signed out while editing the consolidated report. */
export const SIGNED_OUT_THEN_CONTINUE = "登录已过期，请重新登录后继续。";

/** Signed out while filling in a unit's report: the draft stays in the page. */
export const SIGNED_OUT_DRAFT_KEPT = "登录已过期，请重新登录后继续（已填写的内容仍保留在本页）。";

/** Input whose shape is wrong: only a forged or broken request gets this, so zod's own words are not shown. */
export const MALFORMED = "提交的数据格式不正确。";

/** Input a form's schema refused without saying why (its issues normally carry their own Chinese message). */
export const INPUT_INVALID = "输入有误";
