"use client";

import { useSearchParams } from "next/navigation";
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { CellContext } from "@/components/report-table/report-table";
import { SectionTables } from "@/components/report-table/section-tables";
import type { Finding } from "@/lib/checks/types";
import type { EditableReport } from "@/lib/dal/report-read";
import { computeDerived, inputCellsOf, progressOf, reportTitle, resolveFormat, sectionCells, sectionTitle as formatSectionTitle, type AmountUnit, type ReportFormat } from "@/lib/report-format";
import { saveCellsAction, saveExplanationAction, saveNarrativeAction } from "../actions";
import { CellInput, cellDomId, DerivedCell } from "./cell-input";
import { FindingsPanel, FindingsSummary } from "./findings-panel";
import { ImportPanel } from "./import-panel";
import { SubmitPanel } from "./submit-panel";
import { useReportChecks } from "./use-report-checks";
import { CommentsPanel } from "./comments-panel";
import { ConflictPanel } from "./conflict-panel";
import { NarrativeEditor } from "./narrative-editor";
import { ReportDraft, type DraftSnapshot } from "./report-draft";
import { SaveStatus } from "./save-status";
import { FillZeros, type FillOption } from "./fill-zeros";
import { PastePreview } from "./paste-preview";
import { UndoBar } from "./undo-bar";
import { focusCell, useGridEditing } from "./use-grid-editing";

/** The report as the page read it (lib/dal's EditableReport), with its header's fields spelled out. */
type Props = Pick<EditableReport, "cells" | "narratives" | "canEdit" | "canSubmit" | "previous" | "canMakeRules" | "explanations" | "rejections" | "comments"> & {
  reportId: number;
  year: number;
  /** The unit's full official name, as the report's title prints it. */
  officialName: string;
  /** Who signs off, as the sign-off preview names them. */
  signerName: string;
  formatVersion: string;
  localTables: string[];
  version: number;
};

// Not a section of the format: the page of findings and sign-off after the last section.
const CHECKS = "checks";
const SECTION_FINDINGS = "section-findings";

/**
 * The draft lives here; everything else renders from a deferred copy of its snapshot. A keystroke re-renders
 * only the cell typed in (each CellInput reads its own text from the draft), so it reaches the screen in the
 * same frame; the checks, totals, progress and panels follow in a render React runs after that paint.
 */
export function ReportEditor(props: Props) {
  const format = resolveFormat(props.formatVersion, props.localTables);
  const [draft] = useState(
    () =>
      new ReportDraft(
        props.reportId,
        format,
        { version: props.version, cells: props.cells, narratives: props.narratives },
        { saveCells: saveCellsAction, saveNarrative: saveNarrativeAction },
      ),
  );
  const live = useSyncExternalStore(draft.subscribe, draft.getSnapshot, draft.getSnapshot);
  const snap = useDeferredValue(live);
  return <EditorBody props={props} format={format} draft={draft} snap={snap} />;
}

const EditorBody = memo(function EditorBody({ props, format, draft, snap }: { props: Props; format: ReportFormat; draft: ReportDraft; snap: DraftSnapshot }) {
  const preamble = format.preamble;
  const preambleKey = preamble.key;
  const searchParams = useSearchParams();
  const [active, setActive] = useState<string>(() => {
    const fromUrl = searchParams.get("s");
    return fromUrl && (fromUrl === preambleKey || fromUrl === CHECKS || format.sections.some((s) => s.key === fromUrl)) ? fromUrl : preambleKey;
  });

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (draft.hasUnsavedChanges) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
      void draft.flush();
    };
  }, [draft]);

  const isSection = useCallback(
    (key: string | null): key is string => !!key && (key === preambleKey || key === CHECKS || format.sections.some((s) => s.key === key)),
    [format, preambleKey],
  );

  // Each section is a page of its own in the browser's history: Back returns to the previous one.
  const selectSection = (key: string) => {
    void draft.flush();
    if (key === active) return;
    setActive(key);
    const url = new URL(window.location.href);
    url.searchParams.set("s", key);
    window.history.pushState(null, "", url);
  };
  useEffect(() => {
    const onPop = () => {
      const fromUrl = new URL(window.location.href).searchParams.get("s");
      setActive(isSection(fromUrl) ? fromUrl : preambleKey);
      void draft.flush();
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [draft, isSection, preambleKey]);

  const values = useMemo(() => draft.currentValues(), [draft, snap]); // eslint-disable-line react-hooks/exhaustive-deps
  const derived = useMemo(() => computeDerived(format, values), [format, values]);
  const readOnly = !props.canEdit || snap.status === "locked";
  const grid = useGridEditing(format, draft, readOnly);
  const previousFormat = useMemo(() => (props.previous ? resolveFormat(props.previous.formatVersion, props.previous.localTables) : null), [props.previous]);
  const [explanations, setExplanations] = useState(props.explanations);
  // A rewritten explanation is the office's to review again: its 不认可 no longer stands.
  const [rejections, setRejections] = useState(props.rejections);
  const { findings, byCell, problems, counts } = useReportChecks(format, props.year, values, snap.narratives, props.previous, explanations, props.canMakeRules, rejections);
  // Focus moves once the finding's section is on screen.
  const pendingFocus = useRef<Finding | undefined>(undefined);
  useEffect(() => {
    const f = pendingFocus.current;
    pendingFocus.current = undefined;
    if (f) focusOn(f);
  }, [active]);

  const focusFinding = (f: Finding) => {
    const section = f.text?.sectionKey ?? f.sectionKeys[0];
    if (section && section !== active) {
      pendingFocus.current = f;
      selectSection(section);
    } else {
      focusOn(f);
    }
  };

  // One explanation may cover the other warnings on the same cells: each is saved as its own explanation.
  const explain = async (f: Finding, text: string, alsoFor: Finding[] = []): Promise<string | null> => {
    for (const target of [f, ...alsoFor]) {
      const result = await saveExplanationAction({ reportId: props.reportId, findingKey: target.key, checkId: target.checkId, text });
      if (!result.ok) return result.error;
      setExplanations((e) => ({ ...e, [target.key]: text.trim() }));
      setRejections(({ [target.key]: _, ...rest }) => rest);
    }
    return null;
  };
  // Warnings concern the same cells when their cells share an input cell (a total stands for its parts).
  const relatedOf = useMemo(() => {
    const warnings = findings.filter((x) => x.severity === "warning");
    const inputs = new Map(warnings.map((w) => [w.key, new Set(w.cells.flatMap((c) => inputCellsOf(format, c)))]));
    return (f: Finding) => {
      const mine = inputs.get(f.key);
      if (!mine || mine.size === 0) return [];
      return warnings.filter((w) => w.key !== f.key && [...inputs.get(w.key)!].some((c) => mine.has(c)));
    };
  }, [findings, format]);
  const onText = useCallback((key: string, text: string) => draft.setCellText(key, text), [draft]);
  const onUnit = useCallback((key: string, unit: AmountUnit) => draft.setCellUnit(key, unit), [draft]);
  const conflicted = useMemo(() => new Set(snap.conflicts.map((c) => c.key)), [snap.conflicts]);
  const commentsByCell = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const c of props.comments) if (c.target === "cell") map.set(c.targetKey, [...(map.get(c.targetKey) ?? []), c.text]);
    return map;
  }, [props.comments]);

  // The previous year's value of the same cell, where the unit has a previous report in a format with that cell.
  const previousText = (key: string): string | undefined => {
    if (!props.previous || !previousFormat) return undefined;
    const entry = props.previous.values[key];
    if (!entry) return previousFormat.cellByKey.has(key) ? "未填" : undefined;
    return entry.unit ? `${entry.value} ${entry.unit}` : entry.value;
  };

  const previousNarrative = (key: string): { year: number; text: string } | undefined => {
    const text = props.previous?.narratives[key]?.trim();
    return text && props.previous ? { year: props.previous.year, text } : undefined;
  };

  const renderCell = (key: string, { helpIds }: CellContext = {}) => {
    const cell = format.cellByKey.get(key)!;
    const cellFindings = byCell.get(key);
    if (cell.sumOf) return <DerivedCell cell={cell} value={derived[key]} findings={cellFindings} helpIds={helpIds} />;
    return (
      <CellInput
        cell={cell}
        draft={draft}
        conflicted={conflicted.has(key)}
        findings={cellFindings}
        comments={commentsByCell.get(key)}
        previous={previousText(key)}
        readOnly={readOnly}
        helpIds={helpIds}
        onText={onText}
        onUnit={onUnit}
      />
    );
  };

  const sectionOfCell = (key: string) => {
    const tableId = format.cellByKey.get(key)?.tableId;
    return format.sections.find((s) => tableId && s.tableIds.includes(tableId))?.key;
  };

  const sectionTitle = (key: string) => (key === CHECKS ? "检查与签发提交" : formatSectionTitle(format, key));

  const activeTitle = sectionTitle(active);
  useEffect(() => {
    document.title = `${activeTitle} · ${reportTitle(props.officialName, props.year)}`;
  }, [activeTitle, props.officialName, props.year]);

  // Per table: fill its blank cells with 0; for 三 also "no applications this year", every cell 0.
  const fillOptions = (tableId: string): FillOption[] => {
    const inputs = format.inputCells.filter((c) => c.tableId === tableId);
    const textOf = (key: string) => (snap.texts[key] ?? snap.saved[key]?.value ?? "").trim();
    const options: FillOption[] = [
      { label: "本表空白格填 0", describe: (n) => `将把本表 ${n} 个空白格填为 0，已填的格不变。`, keys: inputs.filter((c) => textOf(c.key) === "").map((c) => c.key) },
    ];
    if (tableId === "t3") {
      options.push({
        label: "本年度未收到政府信息公开申请",
        describe: (n) => `将把本表全部单元格设为 0（${n} 个单元格会改变）。`,
        keys: inputs.filter((c) => textOf(c.key) !== "0").map((c) => c.key),
      });
    }
    return options;
  };
  const fill = (option: FillOption) => {
    grid.applyStep(`${option.label}（${option.keys.length} 格）`, Object.fromEntries(option.keys.map((k) => [k, "0"])));
    // The confirmation goes away (and the button may be disabled): focus goes to the first cell filled, once it
    // shows its 0, so that its text is selected and typing replaces it as in a spreadsheet.
    setTimeout(() => focusCell(option.keys[0]), 0);
  };

  const tabs = [
    { key: preambleKey, label: preamble.title, progress: (snap.narratives[preambleKey] ?? "").trim() ? "已填写" : "未填写" },
    ...format.sections.map((s) => {
      const cells = sectionCells(format, s.key);
      const p = progressOf(cells, values);
      const text = s.narrative === "none" ? "" : (snap.narratives[s.key] ?? "").trim() ? "正文已填写" : s.narrative === "required" ? "正文未填写" : "";
      return { key: s.key, label: `${s.number}、${s.title}`, progress: [cells.length ? `${p.filled}/${p.total} 格` : "", text].filter(Boolean).join(" · ") };
    }),
  ];
  tabs.push({ key: CHECKS, label: "检查与签发提交", progress: `${counts.errors} 个错误 · ${counts.warnings} 个提示` });
  const section = format.sections.find((s) => s.key === active);
  const sectionFindings = findings.filter((f) => !f.onSubmit && f.sectionKeys.includes(active));

  return (
    <>
      <ImportPanel
        reportId={props.reportId}
        format={format}
        draft={draft}
        values={values}
        narratives={snap.narratives}
        canImport={!readOnly}
        sectionTitle={sectionTitle}
      />
      <div className="mt-4 grid gap-6 lg:grid-cols-[16rem_1fr]">
        <nav aria-label="报告各部分" className="lg:sticky lg:top-4 lg:self-start">
          <ul className="space-y-1">
            {tabs.map((t) => (
              <li key={t.key}>
                <button
                  type="button"
                  aria-current={t.key === active ? "page" : undefined}
                  onClick={() => selectSection(t.key)}
                  className={`w-full rounded px-3 py-2 text-left text-sm ${t.key === active ? "bg-brand-600 text-white" : "bg-white hover:bg-slate-100"}`}
                >
                  <span className="block font-medium">{t.label}</span>
                  <span className={`block text-xs ${t.key === active ? "text-white/90" : "text-slate-500"}`} data-testid={`progress-${t.key}`}>
                    {t.progress}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </nav>

        <div className="min-w-0">
          <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-2 bg-slate-50/95 py-2">
            <h2 className="text-lg font-semibold">{activeTitle}</h2>
            <div className="flex flex-wrap items-center gap-2">
              {section && props.canEdit && <UndoBar history={grid.history} disabled={readOnly} onUndo={grid.undo} onRedo={grid.redo} />}
              {props.canEdit && <SaveStatus draft={draft} onRetry={() => void draft.flush()} />}
            </div>
          </div>
          <ConflictPanel
            snap={snap}
            format={format}
            sectionTitle={sectionTitle}
            onCell={(k, c) => draft.resolveCellConflict(k, c)}
            onNarrative={(k, c) => draft.resolveNarrativeConflict(k, c)}
          />

          <CommentsPanel
            comments={props.comments.filter((c) =>
              c.target === "report" ? active === CHECKS : c.target === "section" ? c.targetKey === active : format.cellByKey.has(c.targetKey) && sectionOfCell(c.targetKey) === active,
            )}
            nameOf={(c) => (c.target === "cell" ? (format.cellByKey.get(c.targetKey)?.name ?? c.targetKey) : c.target === "section" ? sectionTitle(c.targetKey) : "全文")}
            onFocus={(c) => c.target === "cell" && document.getElementById(cellDomId(c.targetKey))?.focus()}
          />
          {active !== CHECKS && <FindingsSummary findings={sectionFindings} panelId={SECTION_FINDINGS} />}

          {active === CHECKS && (
            <>
              <FindingsPanel title="全文检查结果" findings={findings} explanations={explanations} rejections={rejections} canExplain={!readOnly} onFocus={focusFinding} onExplain={explain} relatedOf={relatedOf} />
              <SubmitPanel
                reportId={props.reportId}
                canSubmit={props.canSubmit && !readOnly}
                canEdit={props.canEdit}
                problems={problems}
                hasUnsaved={draft.hasUnsavedChanges}
                flush={() => draft.flush()}
                content={() => ({ version: draft.savedVersion, values: draft.currentValues(), narratives: draft.getSnapshot().narratives })}
                format={format}
                officialName={props.officialName}
                year={props.year}
                signerName={props.signerName}
                warnings={findings.filter((f) => f.severity === "warning")}
                explanations={explanations}
              />
            </>
          )}

          {active === preambleKey && (
            <>
              <p className="mt-4 text-center text-xl font-bold">{reportTitle(props.officialName, props.year)}</p>
              <NarrativeEditor
                id={`narrative-${preambleKey}`}
                label={preamble.title}
                hint={preamble.hint}
                required={preamble.narrative === "required"}
                text={snap.narratives[preambleKey] ?? ""}
                readOnly={readOnly}
                onChange={(t) => draft.setNarrative(preambleKey, t)}
                previous={previousNarrative(preambleKey)}
              />
            </>
          )}

          {section && (
            <>
              {grid.refusal && (
                <div role="alert" className="mt-3 flex items-start justify-between gap-2 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
                  <span>{grid.refusal}</span>
                  <button type="button" onClick={grid.dismissRefusal} className="text-xs underline">
                    知道了
                  </button>
                </div>
              )}
              {grid.paste && (
                <PastePreview
                  startName={grid.paste.startName}
                  rows={grid.paste.rows}
                  cols={grid.paste.cols}
                  changes={grid.paste.changes}
                  invalid={grid.paste.invalid}
                  derivedSkipped={grid.paste.derivedSkipped}
                  onConfirm={grid.confirmPaste}
                  onCancel={grid.cancelPaste}
                />
              )}
              <div {...grid.handlers}>
                <SectionTables
                  format={format}
                  section={section}
                  renderCell={renderCell}
                  // Each table's fill buttons right above it: section 二 has five tables, and "本表" must say which.
                  beforeTable={(table) =>
                    !readOnly && format.inputCells.some((c) => c.tableId === table.id) ? (
                      <FillZeros tableName={table.title || activeTitle} options={fillOptions(table.id)} disabled={readOnly} onFill={fill} />
                    ) : null
                  }
                />
              </div>
              {section.narrative !== "none" && (
                <NarrativeEditor
                  id={`narrative-${section.key}`}
                  label={`${section.number}、${section.title} 正文`}
                  hint={section.hint}
                  required={section.narrative === "required"}
                  text={snap.narratives[section.key] ?? ""}
                  readOnly={readOnly}
                  onChange={(t) => draft.setNarrative(section.key, t)}
                  previous={previousNarrative(section.key)}
                  previousWarning={section.key === "five" ? "“存在的主要问题及改进情况”应反映本年度的实际情况，与上年内容雷同会被检查提示（国办公开办函〔2021〕30号）。" : undefined}
                />
              )}
            </>
          )}
          {active !== CHECKS && sectionFindings.length > 0 && (
            // After everything the person types into, so nothing they are working on moves as findings come and go.
            <FindingsPanel
              id={SECTION_FINDINGS}
              title="本部分检查结果"
              findings={sectionFindings}
              explanations={explanations}
              rejections={rejections}
              canExplain={!readOnly}
              onFocus={focusFinding}
              onExplain={explain}
              relatedOf={relatedOf}
            />
          )}
        </div>
      </div>
    </>
  );
});

function focusOn(f: Finding) {
  if (f.text) {
    const area = document.getElementById(`narrative-${f.text.sectionKey}`) as HTMLTextAreaElement | null;
    area?.focus();
    area?.setSelectionRange(f.text.start, f.text.end);
  } else if (f.cells[0]) {
    document.getElementById(cellDomId(f.cells[0]))?.focus();
  }
}
