import { formatCredits } from "@/lib/budgets/money";

const WIDTH = 720;
const HEIGHT = 180;
const PAD_BOTTOM = 22;
const PAD_TOP = 8;

/**
 * Credits per day as an SVG bar chart. Screen readers get the same numbers as a table; each bar
 * also carries a tooltip title.
 */
export function SpendChart({ days, caption }: { days: { day: string; credits: number }[]; caption: string }) {
  const max = Math.max(1, ...days.map((d) => d.credits));
  const slot = WIDTH / Math.max(1, days.length);
  const barWidth = Math.max(2, slot * 0.7);
  const plot = HEIGHT - PAD_BOTTOM - PAD_TOP;
  return (
    <figure className="flex flex-col gap-2">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-44 w-full text-brand-600 dark:text-brand-400"
        aria-hidden="true"
        preserveAspectRatio="none"
      >
        <line
          x1={0}
          x2={WIDTH}
          y1={HEIGHT - PAD_BOTTOM}
          y2={HEIGHT - PAD_BOTTOM}
          className="stroke-zinc-300 dark:stroke-zinc-700"
        />
        {days.map((d, i) => {
          const h = (d.credits / max) * plot;
          return (
            <rect
              key={d.day}
              x={i * slot + (slot - barWidth) / 2}
              y={HEIGHT - PAD_BOTTOM - h}
              width={barWidth}
              height={Math.max(0, h)}
              rx={2}
              className="fill-current"
            >
              <title>{`${d.day}: ${formatCredits(d.credits)} credits`}</title>
            </rect>
          );
        })}
        {days.map((d, i) =>
          i % 7 === days.length % 7 || i === days.length - 1 ? (
            <text
              key={`label-${d.day}`}
              x={i * slot + slot / 2}
              y={HEIGHT - 6}
              textAnchor="middle"
              className="fill-zinc-500 text-[10px]"
            >
              {d.day.slice(5)}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption className="text-xs text-zinc-500 dark:text-zinc-400">{caption}</figcaption>
      <table className="sr-only">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Day (UTC)</th>
            <th scope="col">Credits</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.day}>
              <td>{d.day}</td>
              <td>{formatCredits(d.credits)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
