import { shareArcs } from "@/lib/report-charts";

const OUTER = 56;
const INNER = 38;

/**
 * A ring for one share (answered within the target): the part in the dark
 * colour, the rest in the light one, the share as text in the middle. The
 * legend beside it names both parts with their counts, so neither colour has
 * to be told apart to read it.
 */
export function ShareRing({
  id,
  title,
  description,
  share,
  within,
  late,
  centre,
}: {
  id: string;
  title: string;
  description: string;
  share: number | null;
  within: number;
  late: number;
  centre: string;
}) {
  const arcs = shareArcs(
    [
      { key: "within", value: within },
      { key: "late", value: late },
    ],
    OUTER,
    INNER,
  );
  const size = OUTER * 2 + 4;
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      width={size}
      height={size}
      viewBox={`${-size / 2} ${-size / 2} ${size} ${size}`}
      className="shrink-0"
      data-chart={id}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {share === null ? (
        <circle r={(OUTER + INNER) / 2} className="fill-none stroke-brand-100" strokeWidth={OUTER - INNER} />
      ) : (
        arcs.map((part) => (
          <path
            key={part.key}
            d={part.path}
            className={part.key === "within" ? "fill-brand-700" : "fill-brand-100 stroke-brand-700"}
            strokeWidth={part.key === "within" ? 0 : 1}
          />
        ))
      )}
      <text
        textAnchor="middle"
        dominantBaseline="central"
        className="fill-brand-950 text-lg font-bold tabular-nums"
        data-value
      >
        {centre}
      </text>
    </svg>
  );
}
