import { memo, useMemo } from "react";
import { fillFor } from "./color-scale";
import * as C from "./constants";
import type { CountryShape, PathStrings } from "./geometry";
import { itemKey, type MapItem, type MapValues, shapeItem, type TipContent, tipLabel } from "./map-items";

/** The value a shape is filled by: a shape with no country is "no data". */
function shapeValue(values: MapValues, shape: CountryShape): number | null {
  if (shape.iso3 === null) return null;
  const v = values.get(shape.iso3);
  return v === undefined ? 0 : v;
}

interface Props {
  shapes: readonly CountryShape[];
  d: PathStrings;
  values: MapValues;
  patternId: string;
  activeKey: string | null;
  focusable: readonly MapItem[];
  describe: (item: MapItem) => TipContent;
}

/** The 177 shapes: memoised, so zoom, hover and tooltip changes never re-create them. */
export const CountriesLayer = memo(function CountriesLayer({
  shapes,
  d,
  values,
  patternId,
  activeKey,
  focusable,
  describe,
}: Props) {
  // Fills and labels change with the measure, not with the roving tab stop: a click or an arrow key
  // moves the tab stop and re-renders this list, and must not rebuild 80 labels to do it.
  const drawn = useMemo(() => {
    const inOrder = new Set(focusable.map(itemKey));
    return shapes.map((s) => {
      const item = shapeItem(s);
      const key = itemKey(item);
      const fill = fillFor(shapeValue(values, s));
      return {
        key,
        pathKey: s.key,
        fill: fill.kind === "no-data" ? `url(#${patternId})` : fill.color,
        label: inOrder.has(key) ? tipLabel(describe(item)) : undefined,
      };
    });
  }, [shapes, values, patternId, focusable, describe]);
  return (
    <g className="map__countries">
      {drawn.map((s) => (
        <CountryPath
          key={s.key}
          dataKey={s.key}
          pathKey={s.pathKey}
          d={d}
          fill={s.fill}
          tabIndex={s.label !== undefined ? (activeKey === s.key ? 0 : -1) : undefined}
          label={s.label}
        />
      ))}
    </g>
  );
});

/**
 * One country. Its own component, so its path string is built in its own render (see pathStrings)
 * and a change of measure re-renders only the countries whose fill or label changed.
 */
const CountryPath = memo(function CountryPath({
  dataKey,
  pathKey,
  d,
  fill,
  tabIndex,
  label,
}: {
  dataKey: string;
  pathKey: string;
  d: PathStrings;
  fill: string;
  tabIndex: number | undefined;
  label: string | undefined;
}) {
  return (
    <path
      data-key={dataKey}
      d={d.get(pathKey)}
      fill={fill}
      stroke={C.OUTLINE}
      strokeWidth={C.OUTLINE_WIDTH}
      vectorEffect="non-scaling-stroke"
      tabIndex={tabIndex}
      role={label !== undefined ? "button" : undefined}
      aria-label={label}
      className="map__country"
    />
  );
});
