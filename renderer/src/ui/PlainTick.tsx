import type { XAxisTickContentProps, YAxisTickContentProps } from 'recharts';

/** What Recharts hands an axis' custom tick: the same for both axes but the orientation and padding. */
export type PlainTickProps = Omit<XAxisTickContentProps | YAxisTickContentProps, 'orientation' | 'padding'> & {
  /** Ours, not Recharts': appended to the value (Recharts appends an axis' unit only to its own tick). */
  unit?: string;
  fontSize?: number;
};

/**
 * An axis tick as one SVG text, never measured. Recharts' own tick is its Text component, which
 * measures every word in the DOM to wrap it to the axis' width: tens of milliseconds of layout on
 * each redraw of a chart with a few dozen ticks, for labels that never wrap (stage names, counts).
 */
export function PlainTick({ x, y, textAnchor, verticalAnchor, angle, index, payload, tickFormatter, className, unit = '', fill, fontSize }: PlainTickProps) {
  const value = tickFormatter ? tickFormatter(payload.value, index) : String(payload.value ?? '');
  // Recharts' Text shifts its first line by these ems for the same anchors.
  const dy = verticalAnchor === 'start' ? '0.71em' : verticalAnchor === 'middle' ? '0.355em' : '0';
  return (
    <text
      x={x}
      y={y}
      dy={dy}
      textAnchor={textAnchor}
      fill={fill}
      fontSize={fontSize}
      className={className}
      transform={angle ? `rotate(${angle}, ${x}, ${y})` : undefined}
    >
      {value + unit}
    </text>
  );
}

/** A `tick` for a Recharts axis: muted, at `fontSize`, with `unit` after the value. Made once per chart module, so the axis' props stay stable. */
export const plainTick = (fontSize: number, unit = '') =>
  function Tick(props: PlainTickProps) {
    return <PlainTick {...props} fill="var(--text-muted)" fontSize={fontSize} unit={unit} />;
  };
