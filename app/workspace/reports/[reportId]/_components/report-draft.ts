import { parseCellInput, type AmountUnit, type CellDef, type ReportFormat, type ReportValues } from "@/lib/report-format";
import type { ActionResult, FailureCode } from "@/lib/dal/types";
import type { CellConflict, SaveCellsOutcome, SaveNarrativeOutcome, SavedCell } from "@/lib/dal/report-save";
import type { StoredCell, StoredNarrative } from "@/lib/dal/report-read";
import type { SaveCellsInput, SaveNarrativeInput } from "@/lib/validation/report-input";

/**
 * The report as the person is editing it, and the autosave loop. Plain TypeScript (no React) so the
 * "nothing typed is ever lost" rules can be tested without a browser: invalid input is never sent,
 * a failed save keeps the input and retries, and a conflicting save never overwrites.
 */

export interface SaveTransport {
  saveCells(input: SaveCellsInput): Promise<ActionResult<SaveCellsOutcome>>;
  saveNarrative(input: SaveNarrativeInput): Promise<ActionResult<SaveNarrativeOutcome>>;
}

export type SaveStatus = "saved" | "dirty" | "saving" | "retrying" | "failed" | "locked";

export interface NarrativeConflict {
  sectionKey: string;
  text: string;
  rev: number;
  by: string | null;
  at: number;
}

export interface DraftSnapshot {
  texts: Record<string, string>;
  units: Record<string, AmountUnit>;
  errors: Record<string, string>;
  saved: Record<string, StoredCell>;
  narratives: Record<string, string>;
  savedNarratives: Record<string, StoredNarrative>;
  conflicts: CellConflict[];
  narrativeConflicts: NarrativeConflict[];
  status: SaveStatus;
  message?: string;
  retryCount: number;
  lastSavedAt?: number;
}

export interface DraftOptions {
  debounceMs?: number;
  /** Delay before the n-th retry (1-based). */
  retryDelayMs?: (attempt: number) => number;
  now?: () => number;
}

const defaultRetryDelay = (attempt: number) => Math.min(30_000, 1000 * 2 ** (attempt - 1));

export class ReportDraft {
  private snap: DraftSnapshot;
  private listeners = new Set<() => void>();
  private pendingCells = new Set<string>();
  private pendingNarratives = new Set<string>();
  private version: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | undefined;
  private readonly debounceMs: number;
  private readonly retryDelay: (attempt: number) => number;
  private readonly now: () => number;

  constructor(
    private readonly reportId: number,
    private readonly format: ReportFormat,
    initial: { version: number; cells: Record<string, StoredCell>; narratives: Record<string, StoredNarrative> },
    private readonly transport: SaveTransport,
    options: DraftOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 800;
    this.retryDelay = options.retryDelayMs ?? defaultRetryDelay;
    this.now = options.now ?? Date.now;
    this.version = initial.version;
    const texts: Record<string, string> = {};
    const units: Record<string, AmountUnit> = {};
    for (const [key, c] of Object.entries(initial.cells)) {
      texts[key] = c.value ?? "";
      if (c.unit) units[key] = c.unit;
    }
    const narratives: Record<string, string> = {};
    for (const [key, n] of Object.entries(initial.narratives)) narratives[key] = n.text;
    this.snap = {
      texts,
      units,
      errors: {},
      saved: { ...initial.cells },
      narratives,
      savedNarratives: { ...initial.narratives },
      conflicts: [],
      narrativeConflicts: [],
      status: "saved",
      retryCount: 0,
    };
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snap;

  private update(patch: Partial<DraftSnapshot>) {
    this.snap = { ...this.snap, ...patch };
    for (const l of this.listeners) l();
  }

  /** The report's version as of the last save this draft knows of: what a sign-off signs. */
  get savedVersion(): number {
    return this.version;
  }

  get hasUnsavedChanges(): boolean {
    return this.pendingCells.size > 0 || this.pendingNarratives.size > 0 || Object.keys(this.snap.errors).length > 0;
  }

  /** The values the form shows: valid typed values, else the saved ones. Feeds the derived totals. */
  currentValues(): ReportValues {
    const values: ReportValues = {};
    for (const cell of this.format.inputCells) {
      const v = this.effectiveValue(cell);
      if (v !== null) values[cell.key] = { value: v, ...(cell.kind === "amount" ? { unit: this.unitOf(cell) } : {}) };
    }
    return values;
  }

  private unitOf(cell: CellDef): AmountUnit {
    return this.snap.units[cell.key] ?? this.snap.saved[cell.key]?.unit ?? cell.units?.[0] ?? "万元";
  }

  /** The unit an amount cell is in now (chosen, else saved, else its first); undefined for other cells. */
  cellUnit(key: string): AmountUnit | undefined {
    const cell = this.format.cellByKey.get(key);
    return cell?.kind === "amount" ? this.unitOf(cell) : undefined;
  }

  private effectiveValue(cell: CellDef): string | null {
    const text = this.snap.texts[cell.key];
    if (text === undefined) return this.snap.saved[cell.key]?.value ?? null;
    const parsed = parseCellInput(cell, text, this.unitOf(cell));
    return parsed.ok ? parsed.value : (this.snap.saved[cell.key]?.value ?? null);
  }

  setCellText(key: string, text: string) {
    const cell = this.format.cellByKey.get(key);
    if (!cell || cell.sumOf || this.snap.status === "locked") return;
    const parsed = parseCellInput(cell, text, this.unitOf(cell));
    const errors = { ...this.snap.errors };
    if (parsed.ok) delete errors[key];
    else errors[key] = parsed.message;
    this.update({ texts: { ...this.snap.texts, [key]: text }, errors });
    // Invalid input stays on screen with its message and is never sent.
    if (parsed.ok) this.markCell(cell);
  }

  /**
   * Several cells in one go (a paste, a fill, an undo): set together, so the totals and checks update once,
   * and sent at once as one save, through the same conflict checks and history as typing.
   */
  setCellTexts(texts: Record<string, string>): Promise<void> {
    if (this.snap.status === "locked") return Promise.resolve();
    const nextTexts = { ...this.snap.texts };
    const errors = { ...this.snap.errors };
    const cells: CellDef[] = [];
    for (const [key, text] of Object.entries(texts)) {
      const cell = this.format.cellByKey.get(key);
      if (!cell || cell.sumOf) continue;
      const parsed = parseCellInput(cell, text, this.unitOf(cell));
      nextTexts[key] = text;
      if (parsed.ok) {
        delete errors[key];
        cells.push(cell);
      } else errors[key] = parsed.message;
    }
    this.update({ texts: nextTexts, errors });
    for (const cell of cells) this.markCell(cell);
    return this.flush();
  }

  /** The cell's value as last saved, as text ("" when blank): what Esc puts back. */
  savedText(key: string): string {
    return this.snap.saved[key]?.value ?? "";
  }

  setCellUnit(key: string, unit: AmountUnit) {
    const cell = this.format.cellByKey.get(key);
    if (!cell || cell.kind !== "amount" || this.snap.status === "locked") return;
    // The text is read again in the new unit: "1.2345" is a valid 万元 amount but not a 元 one.
    const text = this.snap.texts[key] ?? this.savedText(key);
    const parsed = parseCellInput(cell, text, unit);
    const errors = { ...this.snap.errors };
    if (parsed.ok) delete errors[key];
    else errors[key] = parsed.message;
    this.update({ units: { ...this.snap.units, [key]: unit }, errors });
    if (parsed.ok) this.markCell(cell);
  }

  private markCell(cell: CellDef) {
    const saved = this.snap.saved[cell.key];
    const value = this.effectiveValue(cell);
    const unit = cell.kind === "amount" && value !== null ? this.unitOf(cell) : undefined;
    if ((saved?.value ?? null) === value && (value === null || saved?.unit === unit)) this.pendingCells.delete(cell.key);
    else this.pendingCells.add(cell.key);
    this.schedule();
  }

  setNarrative(sectionKey: string, text: string) {
    if (this.snap.status === "locked") return;
    this.update({ narratives: { ...this.snap.narratives, [sectionKey]: text } });
    if ((this.snap.savedNarratives[sectionKey]?.text ?? "") === text) this.pendingNarratives.delete(sectionKey);
    else this.pendingNarratives.add(sectionKey);
    this.schedule();
  }

  private schedule(delay = this.debounceMs) {
    if (this.snap.status === "locked") return;
    const dirty = this.pendingCells.size + this.pendingNarratives.size > 0;
    if (this.snap.status !== "saving" && this.snap.status !== "retrying") {
      this.update({ status: dirty ? "dirty" : Object.keys(this.snap.errors).length ? "dirty" : "saved" });
    }
    clearTimeout(this.timer);
    if (dirty) this.timer = setTimeout(() => void this.flush(), delay);
  }

  /** Sends everything pending now. Concurrent calls wait for the save in flight, then send what is left. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    while (this.inFlight) await this.inFlight;
    if (this.pendingCells.size + this.pendingNarratives.size === 0 || this.snap.status === "locked") return;
    this.inFlight = this.saveOnce().finally(() => (this.inFlight = undefined));
    await this.inFlight;
  }

  private async saveOnce(): Promise<void> {
    this.update({ status: this.snap.retryCount > 0 ? "retrying" : "saving" });
    try {
      const cellsOk = await this.sendCells();
      const textsOk = cellsOk && (await this.sendNarratives());
      if (!cellsOk || !textsOk) return;
      const left = this.pendingCells.size + this.pendingNarratives.size;
      this.update({ status: left ? "dirty" : "saved", retryCount: 0, message: undefined, lastSavedAt: this.now() });
      if (left) this.schedule(0);
    } catch {
      // The network or the server failed: the input stays, and the save is tried again, later and later.
      const retryCount = this.snap.retryCount + 1;
      this.update({ status: "failed", retryCount, message: "保存失败，正在重试…" });
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.flush(), this.retryDelay(retryCount));
    }
  }

  /** Returns false when the server refused (the report is locked or a value invalid): no automatic retry then. */
  private async sendCells(): Promise<boolean> {
    if (this.pendingCells.size === 0) return true;
    const keys = [...this.pendingCells];
    const changes = keys.map((key) => {
      const cell = this.format.cellByKey.get(key)!;
      const value = this.effectiveValue(cell);
      return {
        key,
        value: value ?? "",
        ...(cell.kind === "amount" && value !== null ? { unit: this.unitOf(cell) } : {}),
        baseRev: this.snap.saved[key]?.rev ?? 0,
      };
    });
    const result = await this.transport.saveCells({ reportId: this.reportId, sinceVersion: this.version, changes });
    if (!result.ok) return this.refused(result.error, result.code, result.fieldErrors);
    const { saved, conflicts, others, version } = result.data;
    const savedMap = { ...this.snap.saved };
    const texts = { ...this.snap.texts };
    const sent = new Map(changes.map((c) => [c.key, c]));
    for (const s of saved) {
      savedMap[s.key] = toStored(s);
      const c = sent.get(s.key)!;
      const cell = this.format.cellByKey.get(s.key)!;
      // Typed on while the save was in flight: still pending.
      const nowValue = this.effectiveValue(cell);
      if (nowValue === (c.value === "" ? null : c.value)) this.pendingCells.delete(s.key);
    }
    for (const o of others) {
      savedMap[o.key] = toStored(o);
      if (!this.pendingCells.has(o.key)) texts[o.key] = o.value ?? "";
    }
    for (const c of conflicts) this.pendingCells.delete(c.key);
    this.version = Math.max(this.version, version);
    const keep = this.snap.conflicts.filter((c) => !conflicts.some((n) => n.key === c.key) && !saved.some((s) => s.key === c.key));
    this.update({ saved: savedMap, texts, conflicts: [...keep, ...conflicts] });
    return true;
  }

  private async sendNarratives(): Promise<boolean> {
    for (const sectionKey of [...this.pendingNarratives]) {
      const text = this.snap.narratives[sectionKey] ?? "";
      const baseRev = this.snap.savedNarratives[sectionKey]?.rev ?? 0;
      const result = await this.transport.saveNarrative({ reportId: this.reportId, sectionKey, text, baseRev });
      if (!result.ok) return this.refused(result.error, result.code);
      const { conflict, rev, version } = result.data;
      this.version = Math.max(this.version, version);
      if (conflict) {
        this.pendingNarratives.delete(sectionKey);
        this.update({
          narrativeConflicts: [...this.snap.narrativeConflicts.filter((c) => c.sectionKey !== sectionKey), { sectionKey, ...conflict }],
        });
        continue;
      }
      if ((this.snap.narratives[sectionKey] ?? "") === text) this.pendingNarratives.delete(sectionKey);
      this.update({
        savedNarratives: { ...this.snap.savedNarratives, [sectionKey]: { text, rev } },
        narrativeConflicts: this.snap.narrativeConflicts.filter((c) => c.sectionKey !== sectionKey),
      });
    }
    return true;
  }

  private refused(message: string, code: FailureCode | undefined, fieldErrors?: Record<string, string>): false {
    const locked = code === "locked" || code === "not_found";
    this.update({
      status: locked ? "locked" : "failed",
      message,
      errors: fieldErrors ? { ...this.snap.errors, ...fieldErrors } : this.snap.errors,
    });
    if (fieldErrors) for (const key of Object.keys(fieldErrors)) this.pendingCells.delete(key);
    return false;
  }

  /** theirs: take the other person's value. mine: keep what I typed, now knowingly overwriting theirs. */
  resolveCellConflict(key: string, choice: "theirs" | "mine") {
    const conflict = this.snap.conflicts.find((c) => c.key === key);
    if (!conflict) return;
    const saved = { ...this.snap.saved, [key]: { value: conflict.value, rev: conflict.rev, ...(conflict.unit ? { unit: conflict.unit } : {}) } };
    const conflicts = this.snap.conflicts.filter((c) => c.key !== key);
    if (choice === "theirs") {
      const units = { ...this.snap.units };
      if (conflict.unit) units[key] = conflict.unit;
      const errors = { ...this.snap.errors };
      delete errors[key];
      this.update({ saved, conflicts, units, errors, texts: { ...this.snap.texts, [key]: conflict.value ?? "" } });
      this.pendingCells.delete(key);
      this.schedule();
    } else {
      this.update({ saved, conflicts });
      this.markCell(this.format.cellByKey.get(key)!);
    }
  }

  resolveNarrativeConflict(sectionKey: string, choice: "theirs" | "mine") {
    const conflict = this.snap.narrativeConflicts.find((c) => c.sectionKey === sectionKey);
    if (!conflict) return;
    const savedNarratives = { ...this.snap.savedNarratives, [sectionKey]: { text: conflict.text, rev: conflict.rev } };
    const narrativeConflicts = this.snap.narrativeConflicts.filter((c) => c.sectionKey !== sectionKey);
    this.update({ savedNarratives, narrativeConflicts });
    if (choice === "theirs") this.setNarrative(sectionKey, conflict.text);
    else this.setNarrative(sectionKey, this.snap.narratives[sectionKey] ?? "");
  }

  dispose() {
    clearTimeout(this.timer);
    this.listeners.clear();
  }
}

function toStored(s: SavedCell): StoredCell {
  return { value: s.value, rev: s.rev, ...(s.unit ? { unit: s.unit } : {}) };
}
