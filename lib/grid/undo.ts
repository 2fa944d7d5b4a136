/**
 * The grid's undo/redo history. A step is what the person did in one go — a typed value, a paste, a fill —
 * as the texts of the cells it changed before and after; undoing a step puts all of them back at once.
 */

export interface CellChange {
  key: string;
  before: string;
  after: string;
}

export interface Step {
  label: string;
  changes: CellChange[];
}

export interface UndoState {
  done: Step[];
  undone: Step[];
}

const LIMIT = 200;

export const emptyHistory: UndoState = { done: [], undone: [] };

/** Records a step; a new step clears what was undone (as in a spreadsheet). A step that changes nothing is not recorded. */
export function record(state: UndoState, step: Step): UndoState {
  const changes = step.changes.filter((c) => c.before !== c.after);
  if (changes.length === 0) return state;
  return { done: [...state.done, { ...step, changes }].slice(-LIMIT), undone: [] };
}

/** The texts to put back, and the history after undoing the last step; null when there is nothing to undo. */
export function undo(state: UndoState): { texts: Record<string, string>; step: Step; state: UndoState } | null {
  const step = state.done.at(-1);
  if (!step) return null;
  return { texts: Object.fromEntries(step.changes.map((c) => [c.key, c.before])), step, state: { done: state.done.slice(0, -1), undone: [...state.undone, step] } };
}

export function redo(state: UndoState): { texts: Record<string, string>; step: Step; state: UndoState } | null {
  const step = state.undone.at(-1);
  if (!step) return null;
  return { texts: Object.fromEntries(step.changes.map((c) => [c.key, c.after])), step, state: { done: [...state.done, step], undone: state.undone.slice(0, -1) } };
}
