/** `%q%` for LIKE, with LIKE's own wildcards taken literally (use with `escape '\\'`). */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
