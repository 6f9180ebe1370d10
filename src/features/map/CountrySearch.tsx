import { type KeyboardEvent, memo, useId, useMemo, useState } from "react";
import type { Country } from "../../data/schema";
import "./country-search.css";

const MAX_OPTIONS = 8;
const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/** Countries matching a query by English name (accent-insensitive) or ISO code, best first. */
export function matchCountries(countries: readonly Country[], query: string): Country[] {
  const q = fold(query.trim());
  if (!q) return [];
  const scored = countries
    .map((c) => {
      const name = fold(c.name);
      const score =
        c.iso3.toLowerCase() === q
          ? 0
          : name.startsWith(q)
            ? 1
            : name.includes(` ${q}`)
              ? 2
              : name.includes(q)
                ? 3
                : 9;
      return { c, score };
    })
    .filter((x) => x.score < 9);
  scored.sort((a, b) => a.score - b.score || a.c.name.localeCompare(b.c.name, "en"));
  return scored.slice(0, MAX_OPTIONS).map((x) => x.c);
}

interface Props {
  countries: readonly Country[];
  onPick: (iso3: string) => void;
}

/** "Find a country": a combobox with suggestions, the equivalent control for shapes too small to tap. */
/** Memoised (give it a stable `onPick`): the map section re-renders on every story step and selection. */
export const CountrySearch = memo(function CountrySearch({ countries, onPick }: Props) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const options = useMemo(() => matchCountries(countries, query), [countries, query]);
  const expanded = open && options.length > 0;

  const pick = (c: Country | undefined) => {
    if (!c) return;
    onPick(c.iso3);
    setQuery(c.name);
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, options.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Enter" && expanded) {
      e.preventDefault();
      pick(options[active]);
    } else if (e.key === "Escape") {
      setOpen(false);
    }
  };

  return (
    <div className="country-search">
      <label htmlFor={`${id}-input`}>Find a country</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? `${id}-opt-${active}` : undefined}
        placeholder="Find a country"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <div id={`${id}-list`} role="listbox" aria-label="Countries" hidden={!expanded}>
        {options.map((c, i) => (
          // biome-ignore lint/a11y/useFocusableInteractive: options of the combobox; the keyboard stays on its input (aria-activedescendant)
          <div
            key={c.iso3}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(c);
            }}
          >
            {c.name} <span className="country-search__code">{c.iso3}</span>
          </div>
        ))}
      </div>
    </div>
  );
});
