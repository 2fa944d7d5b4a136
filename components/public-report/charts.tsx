import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar, BarGroup } from "@visx/shape";
import type { Datum, OutcomeGroup } from "@/lib/publishing/figures";

/**
 * Bar charts drawn on the server as static SVG (visx computes the geometry; no client JavaScript).
 * The SVG is decorative for assistive technology: every chart comes with its numbers as a table.
 */

// Narrow drawings, so that their text stays legible when scaled down to a phone's width.
const WIDTH = 420;
const TEXT = "#0f172a";
export const SERIES_COLOURS = ["#1d4ed8", "#047857", "#b45309", "#7e22ce"];
const fmt = (n: number) => n.toLocaleString("zh-CN");

/** Horizontal bars, one per datum, the label on the left and the number at the bar's end. */
export function HorizontalBarChart({ data, colour = "#b42318" }: { data: Datum[]; colour?: string }) {
  const labelWidth = 76;
  const valueSpace = 64;
  const rowHeight = 36;
  const height = data.length * rowHeight + 8;
  const y = scaleBand<string>({ domain: data.map((d) => d.label), range: [4, height - 4], padding: 0.25 });
  const x = scaleLinear<number>({ domain: [0, Math.max(1, ...data.map((d) => d.value))], range: [0, WIDTH - labelWidth - valueSpace] });
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-xl" aria-hidden="true" focusable="false" fontSize={15}>
      {data.map((d) => {
        const top = y(d.label) ?? 0;
        const mid = top + y.bandwidth() / 2;
        const w = x(d.value);
        return (
          <Group key={d.label}>
            <text x={labelWidth - 8} y={mid} textAnchor="end" dominantBaseline="middle" fill={TEXT}>{d.label}</text>
            <Bar x={labelWidth} y={top} width={Math.max(w, d.value > 0 ? 2 : 0)} height={y.bandwidth()} fill={colour} />
            <text x={labelWidth + w + 6} y={mid} dominantBaseline="middle" fill={TEXT}>{fmt(d.value)}</text>
          </Group>
        );
      })}
    </svg>
  );
}

/** Grouped vertical bars: one group per row of table 四, one bar per outcome, with a legend. */
export function GroupedBarChart({ groups, outcomes }: { groups: OutcomeGroup[]; outcomes: { key: string; label: string }[] }) {
  const height = 330;
  const margin = { top: 64, bottom: 48, left: 4, right: 4 };
  const innerW = WIDTH - margin.left - margin.right;
  const innerH = height - margin.top - margin.bottom;
  const keys = outcomes.map((o) => o.key);
  const data = groups.map((g) => ({ group: g.label, ...g.values }));
  const x0 = scaleBand<string>({ domain: groups.map((g) => g.label), range: [0, innerW], padding: 0.2 });
  const x1 = scaleBand<string>({ domain: keys, range: [0, x0.bandwidth()], padding: 0.12 });
  const max = Math.max(1, ...groups.flatMap((g) => Object.values(g.values)));
  const y = scaleLinear<number>({ domain: [0, max], range: [innerH, 18] });
  const colour = (key: string) => SERIES_COLOURS[keys.indexOf(key) % SERIES_COLOURS.length];
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-xl" aria-hidden="true" focusable="false" fontSize={13}>
      <Group left={margin.left} top={6}>
        {outcomes.map((o, i) => (
          <Group key={o.key} left={(i % 2) * 160} top={Math.floor(i / 2) * 22}>
            <rect width={14} height={14} fill={colour(o.key)} />
            <text x={20} y={7} dominantBaseline="middle" fill={TEXT}>{o.label}</text>
          </Group>
        ))}
      </Group>
      <Group left={margin.left} top={margin.top}>
        <line x1={0} x2={innerW} y1={innerH} y2={innerH} stroke="#475569" />
        <BarGroup data={data} keys={keys} height={innerH} x0={(d) => d.group} x0Scale={x0} x1Scale={x1} yScale={y} color={colour}>
          {(barGroups) =>
            barGroups.map((bg) => (
              <Group key={bg.index} left={bg.x0}>
                {bg.bars.map((bar) => (
                  <Group key={bar.key}>
                    <Bar x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={bar.color} />
                    <text x={bar.x + bar.width / 2} y={bar.y - 5} textAnchor="middle" fill={TEXT}>{fmt(bar.value)}</text>
                  </Group>
                ))}
                {groups[bg.index].label.replace(/）$/, "").split("（").map((line, i) => (
                  <text key={i} x={x0.bandwidth() / 2} y={innerH + 18 + i * 17} textAnchor="middle" fill={TEXT}>{line}</text>
                ))}
              </Group>
            ))
          }
        </BarGroup>
      </Group>
    </svg>
  );
}
