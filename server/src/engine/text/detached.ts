/**
 * A copy of a string that shares no memory with the string it was cut from. Text read from a file (a slice, a
 * token, a name from a syntax tree) is a slice of the file's whole text, and V8 keeps that text alive as long as
 * the slice (or a key built from it) lives: a long-lived cache would keep the text of every file it saw.
 */
export function detached(s: string): string {
  return (' ' + s).slice(1);
}
