import { z } from "zod";

/**
 * The password rule, for every password a person or an administrator sets (a person's own change, an
 * administrator's initial and reset passwords). Signing in never checks it: the demo's seeded Demo2026
 * keeps working.
 */
export const PASSWORD_RULE = "至少 10 位，包含大写字母、小写字母、数字、符号中的至少三类，不能与用户名相同或过于常见";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 100;

const TOO_COMMON = "密码过于常见，容易被猜中，请换一个";

/** Words a guesser tries first; a password that is one of them plus digits and symbols around it is refused. */
const COMMON_WORDS = new Set([
  "a", "aa", "aaa", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "qwe", "qwer", "qwert", "qwerty", "asdf", "asdfgh", "zxcv", "zxcvbn",
  "qaz", "qazwsx", "password", "passwd", "pass", "pwd", "admin", "administrator", "root", "user", "test", "guest", "demo", "welcome",
  "letmein", "iloveyou", "love", "monkey", "dragon", "master", "sunshine", "princess", "football", "baseball", "superman", "batman",
  "trustno", "hello", "login", "changeme", "secret", "default", "system", "woaini", "aini", "mima", "xitong", "zhengfu", "zhengwu",
  "gongkai", "beilun", "ningbo", "zhejiang", "china", "gov", "abcabc", "iloveu", "p", "x", "xx", "q", "z",
]);

// Runs along the keyboard, the alphabet and the digits: "Qwertyuiop1!", "1qaz2wsx3edc", "Aa123456789".
const SEQUENCES = [
  "abcdefghijklmnopqrstuvwxyz",
  "qwertyuiop",
  "asdfghjkl",
  "zxcvbnm",
  "1234567890",
  "1qaz2wsx3edc4rfv5tgb6yhn",
  "qazwsxedcrfvtgbyhn",
  "1q2w3e4r5t6y7u8i9o0p",
  "q1w2e3r4t5y6u7i8o9p0",
  "!qaz@wsx#edc",
  "zaq12wsxcde3",
].flatMap((s) => [s, [...s].reverse().join("")]);
const MIN_RUN = 6;

const LEET: Record<string, string> = { "@": "a", "4": "a", "0": "o", "1": "i", "!": "i", "3": "e", "$": "s", "5": "s", "7": "t", "+": "t" };

function longestRun(s: string): string {
  let best = "";
  for (let i = 0; i < s.length; i++) {
    for (let j = s.length; j - i > Math.max(best.length, MIN_RUN - 1); j--) {
      const part = s.slice(i, j);
      if (SEQUENCES.some((q) => q.includes(part))) {
        best = part;
        break;
      }
    }
  }
  return best;
}

const letters = (s: string) => s.replace(/[^\p{L}]/gu, "");
const trimNonLetters = (s: string) => s.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
const unLeet = (s: string) => [...s].map((c) => LEET[c] ?? c).join("");

function isCommon(lower: string): boolean {
  // Few different characters: "Aaaaaaaaa1", "Zzzzzz1111!".
  if (new Set(lower).size < 5) return true;
  // A common word with digits and symbols around it: "Password123", "P@ssw0rd2026", "2026Welcome!".
  if (COMMON_WORDS.has(unLeet(trimNonLetters(lower)))) return true;
  // Mostly a keyboard or counting run, with little else: "1qaz2WSX3edc", "Aa123456789".
  let rest = lower;
  let removed = 0;
  for (let k = 0; k < 3; k++) {
    const run = longestRun(rest);
    if (run.length < MIN_RUN) break;
    rest = rest.replace(run, "");
    removed += run.length;
  }
  const left = letters(rest);
  return removed >= MIN_RUN && (left.length < 4 || COMMON_WORDS.has(unLeet(left)));
}

/** Why a new password is refused (as "密码…"), or null when it meets the rule. */
export function passwordProblem(password: string, username?: string): string | null {
  const chars = [...password];
  if (chars.length < PASSWORD_MIN) return `密码至少 ${PASSWORD_MIN} 位`;
  if (chars.length > PASSWORD_MAX) return `密码不能超过 ${PASSWORD_MAX} 位`;
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u].filter((re) => re.test(password)).length;
  if (kinds < 3) return "密码须包含大写字母、小写字母、数字、符号中的至少三类";
  const lower = password.toLowerCase();
  if (username && username.length >= 3 && lower.includes(username.toLowerCase())) return "密码不能包含用户名";
  if (isCommon(lower)) return TOO_COMMON;
  return null;
}

/** A zod field for a new password; `prefix` names it in the message ("新" → "新密码至少 10 位"). */
export function newPasswordField(prefix = "") {
  return z.string().superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: `${prefix}${problem}` });
  });
}
