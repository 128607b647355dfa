// string.Split with .NET's rules for separators (char, string, arrays of either, or white space),
// count and StringSplitOptions (RemoveEmptyEntries = 1, TrimEntries = 2).
import { $ArgumentOutOfRangeException } from "./exceptions.mjs";
import { $isWhiteSpace, $trim } from "./strings.mjs";

// Positions and lengths of the separators, in order, as .NET's MakeSeparatorList finds them.
function $splitSeparatorsIn(s, separator) {
  const at = [], lengths = [];
  if (typeof separator === "string") {
    if (separator.length === 0) return { at, lengths };
    separator = [separator];
  }
  let matchChar = null;
  if (typeof separator === "number") matchChar = c => c === separator;
  else if (separator === null || separator === undefined || separator.length === 0) matchChar = $isWhiteSpace;
  else if (typeof separator[0] === "number") matchChar = c => separator.includes(c);
  if (matchChar !== null) {
    for (let i = 0; i < s.length; i++) if (matchChar(s.charCodeAt(i))) { at.push(i); lengths.push(1); }
    return { at, lengths };
  }
  const strings = separator.filter(sep => sep !== null && sep !== undefined && sep.length > 0);
  for (let i = 0; i < s.length; i++) {
    for (const sep of strings) {
      if (s.startsWith(sep, i)) { at.push(i); lengths.push(sep.length); i += sep.length - 1; break; }
    }
  }
  return { at, lengths };
}

export function $split(s, separator, count = 0x7fffffff, options = 0) {
  if (count < 0) throw new $ArgumentOutOfRangeException(`count ('${count}') must be a non-negative value.`, null, "count", String(count));
  const removeEmpty = (options & 1) !== 0, trimEntries = (options & 2) !== 0;
  const sole = () => {
    let candidate = s;
    if (trimEntries && count > 0) candidate = $trim(candidate);
    if (removeEmpty && candidate.length === 0) count = 0;
    return count === 0 ? [] : [candidate];
  };
  if (count <= 1 || s.length === 0) return sole();
  const { at, lengths } = $splitSeparatorsIn(s, separator);
  if (at.length === 0) return sole();

  const out = [];
  let current = 0;
  if (!removeEmpty && !trimEntries) {
    const cuts = Math.min(at.length, count - 1);
    for (let i = 0; i < cuts; i++) { out.push(s.slice(current, at[i])); current = at[i] + lengths[i]; }
    out.push(s.slice(current));
    return out;
  }
  const entry = (from, to) => trimEntries ? $trim(s.slice(from, to)) : s.slice(from, to);
  for (let i = 0; i < at.length; i++) {
    const piece = entry(current, at[i]);
    if (piece.length > 0 || !removeEmpty) out.push(piece);
    current = at[i] + lengths[i];
    if (out.length === count - 1) {
      // The rest is the last entry; with RemoveEmptyEntries, empty pieces before it are skipped.
      if (removeEmpty) {
        while (++i < at.length) {
          if (entry(current, at[i]).length > 0) break;
          current = at[i] + lengths[i];
        }
      }
      break;
    }
  }
  const last = entry(current, s.length);
  if (last.length > 0 || !removeEmpty) out.push(last);
  return out;
}
