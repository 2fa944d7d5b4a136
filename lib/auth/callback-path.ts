/** Only same-site paths: an absolute URL or "//host" in callbackUrl would make the login an open redirect. */
export function safeCallbackPath(raw: string | undefined | null): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/workspace";
  return raw;
}
