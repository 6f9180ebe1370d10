import { HATCH } from "../../lib/palette";

/** The "no data" hatch as a <pattern> for a chart's <defs> (the same one the exports write). */
export function HatchPattern({ id }: { id: string }) {
  const { size, angle, fill, stroke, strokeWidth } = HATCH;
  return (
    <pattern
      id={id}
      width={size}
      height={size}
      patternUnits="userSpaceOnUse"
      patternTransform={`rotate(${angle})`}
    >
      <rect width={size} height={size} fill={fill} />
      <line x1="0" y1="0" x2="0" y2={size} stroke={stroke} strokeWidth={strokeWidth} />
    </pattern>
  );
}
