/** Copies text; says in words what happened (some browsers refuse without a secure context). */
export async function copyText(text: string, what: string): Promise<string> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error("no clipboard");
    await navigator.clipboard.writeText(text);
    return `${what} copied.`;
  } catch {
    return `The browser did not allow copying. Select and copy the ${what.toLowerCase()} below.`;
  }
}
