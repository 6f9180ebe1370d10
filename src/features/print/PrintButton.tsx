/**
 * Prints the view as a one-page handout (print.css): its title and date, the map, the story, the
 * figures, the source and the link. `label` names what is printed where the button sits.
 */
export function PrintButton({ label = "Print", className }: { label?: string; className?: string }) {
  return (
    <button type="button" className={className ?? "print-button"} onClick={() => window.print()}>
      {label}
    </button>
  );
}
