/**
 * Minified or bundled code (a vendored SDK, a committed build): GitHub Linguist's test, an average line longer than
 * 110 characters (github-linguist/linguist, lib/linguist/generated.rb, `minified_files?`), applied from 2 KB up so
 * that a short file written on one line still counts as written by hand. Such a text is still read for tags; what
 * looks for untagged personal data and outbound calls does not walk it (its names are a bundler's, its calls a
 * library's, and following values through it costs seconds).
 */
const MIN_BYTES = 2048;
const MAX_AVERAGE_LINE = 110;

export function looksMinified(text: string): boolean {
  if (text.length < MIN_BYTES) return false;
  // Enough newlines for an average at or under the limit means it is not minified; stop counting once there are.
  const enough = Math.ceil(text.length / MAX_AVERAGE_LINE);
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) if (++lines >= enough) return false;
  return true;
}
