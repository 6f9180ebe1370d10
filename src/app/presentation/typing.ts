// The one piece of presentation mode in the initial chunk: App's P key must not fire while typing.

/** True when a key press belongs to a text field (typing "p" or a space must not present or step). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    const nonText = ["button", "checkbox", "radio", "range", "submit", "reset", "color", "file", "image"];
    return !nonText.includes(target.type);
  }
  return target.getAttribute("role") === "combobox" || target.getAttribute("role") === "searchbox";
}
