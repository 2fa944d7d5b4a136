/** Plain narrative text as paragraphs; lines such as "（一）…" or "一、…" standing alone become subheadings. */
const HEADING = /^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)[^。；]{0,40}$/;

export function NarrativeText({ text, headingLevel = 4 }: { text: string; headingLevel?: 3 | 4 | 5 }) {
  const H = `h${headingLevel}` as const;
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return <p className="text-slate-500">（未填写）</p>;
  return (
    <div className="space-y-2 leading-8">
      {lines.map((line, i) =>
        HEADING.test(line) ? (
          <H key={i} className="mt-3 font-semibold">{line}</H>
        ) : (
          <p key={i} className="indent-8">{line}</p>
        ),
      )}
    </div>
  );
}
