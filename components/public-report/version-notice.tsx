import { chineseDate } from "@/lib/format-date";
import { latestPath, versionPath, type ReportAddress } from "@/lib/publishing/report-paths";

export interface VersionInfo {
  version: number;
  publishedOn: string;
  correctionNote: string | null;
}

const link = "text-blue-800 underline underline-offset-2 hover:text-blue-950";

/** "第 2 版（更正版）" — the short line printed under the title. */
export function versionLine(current: VersionInfo, versions: VersionInfo[]): string {
  return versions.length > 1 ? `第 ${current.version} 版${current.version > 1 ? "（更正版）" : ""}` : "";
}

/**
 * Which version this is: the latest says when it replaced earlier versions (with the correction note and
 * links to them); an older one says it was replaced, with a link to the current version.
 */
export function VersionNotice({ address, current, versions }: { address: ReportAddress; current: VersionInfo; versions: VersionInfo[] }) {
  const latest = versions[versions.length - 1];
  if (!latest || versions.length < 2) return null;
  if (current.version !== latest.version) {
    return (
      <div role="note" className="rounded border border-amber-400 bg-amber-50 px-4 py-3 text-sm leading-7 text-amber-950">
        <p>
          <strong>本版本已被更正。</strong>您正在查看第 {current.version} 版（{chineseDate(current.publishedOn)}发布），该版本已被第 {latest.version} 版取代。
          <a href={latestPath(address)} className={`${link} ml-1`}>查看当前版本（第 {latest.version} 版）</a>
        </p>
        {latest.correctionNote && <p>更正说明：{latest.correctionNote}</p>}
      </div>
    );
  }
  const earlier = versions.filter((v) => v.version !== current.version);
  return (
    <div role="note" className="rounded border border-blue-300 bg-blue-50 px-4 py-3 text-sm leading-7 text-slate-900">
      <p>
        本报告为更正版（第 {current.version} 版）{current.correctionNote ? `，更正说明：${current.correctionNote}` : ""}
        {current.correctionNote && /[。；.!！?？]$/.test(current.correctionNote) ? "" : "；"}此前版本：
        {earlier.map((v, i) => (
          <span key={v.version}>
            {i > 0 && "、"}
            <a href={versionPath(address, v.version)} className={link}>第 {v.version} 版</a>（{chineseDate(v.publishedOn)}发布）
          </span>
        ))}
        。
      </p>
    </div>
  );
}
