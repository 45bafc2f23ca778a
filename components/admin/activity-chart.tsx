import type { DayActivity } from "@/lib/admin/sign-in-activity";

/** Sign-ins (indigo) and failed sign-ins (red) per day: plain SVG, no chart library. */
export function ActivityChart({ days }: { days: DayActivity[] }) {
  const max = Math.max(1, ...days.flatMap((day) => [day.succeeded, day.failed]));
  const width = 640;
  const height = 160;
  const slot = width / days.length;
  const bar = (slot - 6) / 2;
  const y = (value: number) => height - (value / max) * (height - 10);
  return (
    <figure>
      <svg viewBox={`0 0 ${width} ${height}`} className="w-full" role="img" aria-labelledby="activity-title">
        {/* One string child: several children render differently on the server and the client (React #418). */}
        <title id="activity-title">{`Sign-ins and failed sign-ins per day, last ${days.length} days`}</title>
        {days.map((day, index) => (
          <g key={day.day} data-testid="activity-day" data-day={day.day} data-succeeded={day.succeeded} data-failed={day.failed}>
            <rect x={index * slot + 3} y={y(day.succeeded)} width={bar} height={height - y(day.succeeded)} className="fill-indigo-600">
              <title>{`${day.day}: ${day.succeeded} sign-ins`}</title>
            </rect>
            <rect x={index * slot + 3 + bar} y={y(day.failed)} width={bar} height={height - y(day.failed)} className="fill-red-600">
              <title>{`${day.day}: ${day.failed} failed`}</title>
            </rect>
          </g>
        ))}
      </svg>
      {/* Day labels are HTML, not SVG text: they keep their size when the chart shrinks to a phone's
          width, where every other one steps aside so none overlap. The bars' titles name each day. */}
      <div aria-hidden className="mt-1 grid text-center text-xs text-slate-600" style={{ gridTemplateColumns: `repeat(${days.length}, minmax(0, 1fr))` }} data-testid="activity-labels">
        {days.map((day, index) => (
          <span key={day.day} className={(days.length - 1 - index) % 2 === 0 ? "" : "max-sm:invisible"}>
            {day.day.slice(8)}
          </span>
        ))}
      </div>
      <figcaption className="mt-2 flex gap-4 text-sm text-slate-700">
        <span><span aria-hidden className="mr-1 inline-block size-3 bg-indigo-600" />Sign-ins ({days.reduce((sum, day) => sum + day.succeeded, 0)})</span>
        <span><span aria-hidden className="mr-1 inline-block size-3 bg-red-600" />Failed ({days.reduce((sum, day) => sum + day.failed, 0)})</span>
      </figcaption>
    </figure>
  );
}
