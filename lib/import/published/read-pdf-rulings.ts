/**
 * Table borders of a PDF page, from its drawing operators: the ruling lines (thin filled rectangles, as
 * Chromium draws borders, or stroked lines and rectangles, as Word does), and from them each table's grid
 * of cells with its merged cells. Coordinates are PDF user space, y upwards, the same space pdf.js gives
 * text positions in.
 */

/** The operator numbers this file reads (pdf.js's OPS). Passed in so this file needs no pdf.js import. */
export interface DrawingOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  setFillRGBColor: number;
  setStrokeRGBColor: number;
  fill: number;
  eoFill: number;
  stroke: number;
  closeStroke: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

/** A horizontal (y fixed) or vertical (x fixed) ruling from `from` to `to` along the other axis. */
export interface Ruling {
  horizontal: boolean;
  at: number;
  from: number;
  to: number;
}

type Matrix = [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]];

/** The thickest a filled rectangle may be and still be a line (3 pt: a thick border, not a shaded cell). */
const LINE_MAX = 3;
const ALIGNED = 0.5;

const isWhite = (color: unknown) => typeof color === "string" && /^#f[a-f0-9]f[a-f0-9]f[a-f0-9]$/i.test(color);

/** pdf.js path data: DrawOPS moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4. */
function subpaths(data: ArrayLike<number>, ctm: Matrix): { points: [number, number][]; closed: boolean; curved: boolean }[] {
  const out: { points: [number, number][]; closed: boolean; curved: boolean }[] = [];
  let current: { points: [number, number][]; closed: boolean; curved: boolean } | undefined;
  for (let i = 0; i < data.length; ) {
    const op = data[i];
    if (op === 0) {
      current = { points: [apply(ctm, data[i + 1], data[i + 2])], closed: false, curved: false };
      out.push(current);
      i += 3;
    } else if (op === 1) {
      current?.points.push(apply(ctm, data[i + 1], data[i + 2]));
      i += 3;
    } else if (op === 2) {
      if (current) {
        current.curved = true;
        current.points.push(apply(ctm, data[i + 5], data[i + 6]));
      }
      i += 7;
    } else if (op === 3) {
      if (current) {
        current.curved = true;
        current.points.push(apply(ctm, data[i + 3], data[i + 4]));
      }
      i += 5;
    } else if (op === 4) {
      if (current) current.closed = true;
      i += 1;
    } else {
      break;
    }
  }
  return out;
}

function asRectangle(points: [number, number][]): { x0: number; y0: number; x1: number; y1: number } | undefined {
  const pts = points.length === 5 && Math.abs(points[0][0] - points[4][0]) < ALIGNED && Math.abs(points[0][1] - points[4][1]) < ALIGNED ? points.slice(0, 4) : points;
  if (pts.length !== 4) return undefined;
  for (let i = 0; i < 4; i++) {
    const [ax, ay] = pts[i];
    const [bx, by] = pts[(i + 1) % 4];
    if (Math.abs(ax - bx) > ALIGNED && Math.abs(ay - by) > ALIGNED) return undefined;
  }
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

function edge(a: [number, number], b: [number, number]): Ruling | undefined {
  if (Math.abs(a[1] - b[1]) <= ALIGNED && Math.abs(a[0] - b[0]) > ALIGNED) return { horizontal: true, at: (a[1] + b[1]) / 2, from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]) };
  if (Math.abs(a[0] - b[0]) <= ALIGNED && Math.abs(a[1] - b[1]) > ALIGNED) return { horizontal: false, at: (a[0] + b[0]) / 2, from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]) };
  return undefined;
}

/** Every ruling line a page draws. */
export function pageRulings(list: OperatorList, OPS: DrawingOps): Ruling[] {
  const rulings: Ruling[] = [];
  const stack: { ctm: Matrix; fill: unknown; stroke: unknown }[] = [];
  let ctm = IDENTITY;
  let fill: unknown = "#000000";
  let stroke: unknown = "#000000";
  const fills = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const strokes = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push({ ctm, fill, stroke });
    else if (fn === OPS.restore) ({ ctm, fill, stroke } = stack.pop() ?? { ctm, fill, stroke });
    else if (fn === OPS.transform && args) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin && args) {
      stack.push({ ctm, fill, stroke });
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = multiply(ctm, Array.from(args[0] as ArrayLike<number>) as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ({ ctm, fill, stroke } = stack.pop() ?? { ctm, fill, stroke });
    else if (fn === OPS.setFillRGBColor && args) fill = args[0];
    else if (fn === OPS.setStrokeRGBColor && args) stroke = args[0];
    else if (fn === OPS.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | undefined;
      if (!data || typeof data.length !== "number") continue;
      const filled = fills.has(paint) && !isWhite(fill);
      const stroked = strokes.has(paint) && !isWhite(stroke);
      if (!filled && !stroked) continue;
      for (const path of subpaths(data, ctm)) {
        if (path.curved) continue;
        const rect = asRectangle(path.points);
        if (rect && filled) {
          const w = rect.x1 - rect.x0;
          const h = rect.y1 - rect.y0;
          if (h <= LINE_MAX && w > h) rulings.push({ horizontal: true, at: (rect.y0 + rect.y1) / 2, from: rect.x0, to: rect.x1 });
          else if (w <= LINE_MAX && h > w) rulings.push({ horizontal: false, at: (rect.x0 + rect.x1) / 2, from: rect.y0, to: rect.y1 });
          continue;
        }
        if (!stroked) continue;
        const pts = path.closed ? [...path.points, path.points[0]] : path.points;
        for (let k = 0; k + 1 < pts.length; k++) {
          const e = edge(pts[k], pts[k + 1]);
          if (e) rulings.push(e);
        }
      }
    }
  }
  return rulings;
}

/** A table found from its rulings: the grid lines, and for every grid cell the merged cell (region) it belongs to. */
export interface TableGrid {
  /** Column boundaries, left to right. */
  xs: number[];
  /** Row boundaries, top to bottom (descending y). */
  ys: number[];
  /** region[r][c]: the merged cell covering grid cell (r, c). */
  region: number[][];
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const SAME_LINE = 1.2;
const TOUCH = 2;
/** Grid lines closer than this are one line drawn twice (double borders, rounding). */
const MIN_CELL = 3;

function mergeRulings(rulings: Ruling[]): Ruling[] {
  const sorted = [...rulings].sort((a, b) => Number(a.horizontal) - Number(b.horizontal) || a.at - b.at || a.from - b.from);
  const out: Ruling[] = [];
  for (const r of sorted) {
    const same = out.filter((o) => o.horizontal === r.horizontal && Math.abs(o.at - r.at) <= SAME_LINE && r.from <= o.to + TOUCH && r.to >= o.from - TOUCH);
    if (same.length === 0) {
      out.push({ ...r });
      continue;
    }
    const keep = same[0];
    keep.from = Math.min(keep.from, r.from, ...same.map((s) => s.from));
    keep.to = Math.max(keep.to, r.to, ...same.map((s) => s.to));
    for (const s of same.slice(1)) out.splice(out.indexOf(s), 1);
  }
  return out;
}

function clusters(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const last = groups[groups.length - 1];
    if (last && v - last[last.length - 1] < MIN_CELL) last.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]];
  return i;
}

const covers = (lines: Ruling[], at: number, from: number, to: number) => {
  const need = (to - from) * 0.6;
  return lines.some((l) => Math.abs(l.at - at) <= SAME_LINE * 2 && Math.min(l.to, to) - Math.max(l.from, from) >= need);
};

function gridOf(horizontal: Ruling[], vertical: Ruling[]): TableGrid | undefined {
  const xs = clusters(vertical.map((v) => v.at));
  const ys = clusters(horizontal.map((h) => h.at)).reverse();
  if (xs.length < 2 || ys.length < 2) return undefined;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const union = (a: number, b: number) => {
    const ra = find(parent, a);
    const rb = find(parent, b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !covers(vertical, xs[c + 1], ys[r + 1], ys[r])) union(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !covers(horizontal, ys[r + 1], xs[c], xs[c + 1])) union(r * cols + c, (r + 1) * cols + c);
    }
  }
  const region = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => find(parent, r * cols + c)));
  return { xs, ys, region, top: ys[0], bottom: ys[rows], left: xs[0], right: xs[cols] };
}

/** The tables a page's rulings draw: each set of crossing lines with at least two of each direction. */
export function tableGrids(rulings: Ruling[]): TableGrid[] {
  const lines = mergeRulings(rulings);
  const parent = lines.map((_, i) => i);
  const h = lines.map((l, i) => ({ l, i })).filter((x) => x.l.horizontal);
  const v = lines.map((l, i) => ({ l, i })).filter((x) => !x.l.horizontal);
  for (const a of h) {
    for (const b of v) {
      const crosses = b.l.at >= a.l.from - TOUCH && b.l.at <= a.l.to + TOUCH && a.l.at >= b.l.from - TOUCH && a.l.at <= b.l.to + TOUCH;
      if (crosses) {
        const ra = find(parent, a.i);
        const rb = find(parent, b.i);
        if (ra !== rb) parent[ra] = rb;
      }
    }
  }
  const groups = new Map<number, Ruling[]>();
  lines.forEach((l, i) => {
    const root = find(parent, i);
    groups.set(root, [...(groups.get(root) ?? []), l]);
  });
  const grids: TableGrid[] = [];
  for (const group of groups.values()) {
    const hs = group.filter((l) => l.horizontal);
    const vs = group.filter((l) => !l.horizontal);
    if (hs.length < 2 || vs.length < 2) continue;
    const grid = gridOf(hs, vs);
    if (grid) grids.push(grid);
  }
  return grids.sort((a, b) => b.top - a.top);
}
