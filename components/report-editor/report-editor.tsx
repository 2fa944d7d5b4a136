"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { SectionTables } from "@/components/report-table/section-tables";
import type { Finding } from "@/lib/checks/types";
import type { ReportSnapshotData } from "@/lib/dal/report-context";
import type { StoredCell, StoredNarrative } from "@/lib/dal/report-read";
import type { ReviewComment } from "@/lib/dal/review-read";
import { computeDerived, progressOf, reportTitle, resolveFormat, sectionCells, type AmountUnit } from "@/lib/report-format";
import { saveCellsAction, saveExplanationAction, saveNarrativeAction } from "@/app/workspace/reports/[reportId]/actions";
import { CellInput, cellDomId, DerivedCell } from "./cell-input";
import { FindingsPanel } from "./findings-panel";
import { ImportPanel } from "./import-panel";
import { SubmitPanel } from "./submit-panel";
import { useReportChecks } from "./use-report-checks";
import { CommentsPanel } from "./comments-panel";
import { ConflictPanel } from "./conflict-panel";
import { NarrativeEditor } from "./narrative-editor";
import { ReportDraft } from "./report-draft";
import { SaveStatus } from "./save-status";

interface Props {
  reportId: number;
  year: number;
  unitName: string;
  formatVersion: string;
  localTables: string[];
  version: number;
  cells: Record<string, StoredCell>;
  narratives: Record<string, StoredNarrative>;
  canEdit: boolean;
  canSubmit: boolean;
  previous: ReportSnapshotData | null;
  explanations: Record<string, string>;
  comments: ReviewComment[];
}

const PREAMBLE = "preamble";
const CHECKS = "checks";

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
  const snap = useSyncExternalStore(draft.subscribe, draft.getSnapshot, draft.getSnapshot);
  const searchParams = useSearchParams();
  const [active, setActive] = useState<string>(() => {
    const fromUrl = searchParams.get("s");
    return fromUrl && (fromUrl === PREAMBLE || fromUrl === CHECKS || format.sections.some((s) => s.key === fromUrl)) ? fromUrl : PREAMBLE;
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

  const selectSection = (key: string) => {
    setActive(key);
    const url = new URL(window.location.href);
    url.searchParams.set("s", key);
    window.history.replaceState(null, "", url);
    void draft.flush();
  };

  const values = useMemo(() => draft.currentValues(), [draft, snap]); // eslint-disable-line react-hooks/exhaustive-deps
  const derived = useMemo(() => computeDerived(format, values), [format, values]);
  const readOnly = !props.canEdit || snap.status === "locked";
  const previousFormat = useMemo(() => (props.previous ? resolveFormat(props.previous.formatVersion, props.previous.localTables) : null), [props.previous]);
  const [explanations, setExplanations] = useState(props.explanations);
  const { findings, byCell, problems } = useReportChecks(format, props.year, values, snap.narratives, props.previous, explanations);
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

  const explain = async (f: Finding, text: string): Promise<string | null> => {
    const result = await saveExplanationAction({ reportId: props.reportId, findingKey: f.key, checkId: f.checkId, text });
    if (!result.ok) return result.error;
    setExplanations((e) => ({ ...e, [f.key]: text.trim() }));
    return null;
  };
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

  const renderCell = (key: string) => {
    const cell = format.cellByKey.get(key)!;
    const cellFindings = byCell.get(key);
    if (cell.sumOf) return <DerivedCell cell={cell} value={derived[key]} findings={cellFindings} />;
    return (
      <CellInput
        cell={cell}
        text={snap.texts[key] ?? ""}
        unit={snap.units[key] ?? snap.saved[key]?.unit}
        error={snap.errors[key]}
        conflicted={conflicted.has(key)}
        findings={cellFindings}
        comments={commentsByCell.get(key)}
        previous={previousText(key)}
        readOnly={readOnly}
        onText={onText}
        onUnit={onUnit}
      />
    );
  };

  const sectionOfCell = (key: string) => {
    const tableId = format.cellByKey.get(key)?.tableId;
    return format.sections.find((s) => tableId && s.tableIds.includes(tableId))?.key;
  };

  const sectionTitle = (key: string) => {
    if (key === PREAMBLE) return "编制说明";
    if (key === CHECKS) return "检查与签发提交";
    const s = format.sections.find((x) => x.key === key);
    return s ? `${s.number}、${s.title}` : key;
  };

  const tabs = [
    { key: PREAMBLE, label: "编制说明", progress: (snap.narratives[PREAMBLE] ?? "").trim() ? "已填写" : "未填写" },
    ...format.sections.map((s) => {
      const cells = sectionCells(format, s.key);
      const p = progressOf(cells, values);
      const text = s.narrative === "none" ? "" : (snap.narratives[s.key] ?? "").trim() ? "正文已填写" : s.narrative === "required" ? "正文未填写" : "";
      return { key: s.key, label: `${s.number}、${s.title}`, progress: [cells.length ? `${p.filled}/${p.total} 格` : "", text].filter(Boolean).join(" · ") };
    }),
  ];
  const errorCount = findings.filter((f) => f.severity === "error" && !f.onSubmit).length;
  const warningCount = findings.filter((f) => f.severity === "warning").length;
  tabs.push({ key: CHECKS, label: "检查与签发提交", progress: `${errorCount} 个错误 · ${warningCount} 个提示` });
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
            <h2 className="text-lg font-semibold">{sectionTitle(active)}</h2>
            {props.canEdit && <SaveStatus snap={snap} hasInvalid={Object.keys(snap.errors).length > 0} onRetry={() => void draft.flush()} />}
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
          {active !== CHECKS && sectionFindings.length > 0 && (
            <FindingsPanel
              title="本部分检查结果"
              findings={sectionFindings}
              explanations={explanations}
              canExplain={!readOnly}
              onFocus={focusFinding}
              onExplain={explain}
            />
          )}

          {active === CHECKS && (
            <>
              <FindingsPanel title="全文检查结果" findings={findings} explanations={explanations} canExplain={!readOnly} onFocus={focusFinding} onExplain={explain} />
              <SubmitPanel
                reportId={props.reportId}
                canSubmit={props.canSubmit && !readOnly}
                canEdit={props.canEdit}
                problems={problems}
                hasUnsaved={draft.hasUnsavedChanges}
                flush={() => draft.flush()}
              />
            </>
          )}

          {active === PREAMBLE && (
            <>
              <p className="mt-4 text-center text-xl font-bold">{reportTitle(props.unitName, props.year)}</p>
              <NarrativeEditor
                id="narrative-preamble"
                label="编制说明"
                hint={`说明编制依据（《中华人民共和国政府信息公开条例》和${format.version.issuedBy}）及报告的组成部分。`}
                required
                text={snap.narratives[PREAMBLE] ?? ""}
                readOnly={readOnly}
                onChange={(t) => draft.setNarrative(PREAMBLE, t)}
                previous={previousNarrative(PREAMBLE)}
              />
            </>
          )}

          {section && (
            <>
              <SectionTables format={format} section={section} renderCell={renderCell} />
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
        </div>
      </div>
    </>
  );
}

function focusOn(f: Finding) {
  if (f.text) {
    const area = document.getElementById(`narrative-${f.text.sectionKey}`) as HTMLTextAreaElement | null;
    area?.focus();
    area?.setSelectionRange(f.text.start, f.text.end);
  } else if (f.cells[0]) {
    document.getElementById(cellDomId(f.cells[0]))?.focus();
  }
}
