import { IMPORTS_IN_FLIGHT, IMPORTS_PER_USER } from "./import-limits";

/**
 * How many imports are being read at once, per user and in all: each takes a worker thread and up to its
 * heap limit, so twelve uploads at once must not become twelve workers. A refused import is answered at
 * once ("正在处理其他导入"), never queued.
 */

export interface ImportSlots {
  /** A release function, or null when the user or the server is at its limit. */
  tryAcquire(userId: number): (() => void) | null;
}

export function createImportSlots(perUser: number, total: number): ImportSlots {
  const byUser = new Map<number, number>();
  let all = 0;
  return {
    tryAcquire(userId) {
      const mine = byUser.get(userId) ?? 0;
      if (mine >= perUser || all >= total) return null;
      byUser.set(userId, mine + 1);
      all++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        all--;
        const left = (byUser.get(userId) ?? 1) - 1;
        if (left > 0) byUser.set(userId, left);
        else byUser.delete(userId);
      };
    },
  };
}

// One count per process, whichever bundle of Next's server imports this module.
const KEY = Symbol.for("gov-disclosure-reports.import-slots");
const store = globalThis as { [KEY]?: ImportSlots };

export function importSlots(): ImportSlots {
  return (store[KEY] ??= createImportSlots(IMPORTS_PER_USER, IMPORTS_IN_FLIGHT));
}
