// MemoryExtensions over spans. C# 14 binds array.Contains(x), array.IndexOf(x), array.Reverse()…
// to these span methods; spans never exist at run time here, so the "span" is the array itself
// (or a string, whose elements are char codes).
import { $defaultEquals } from "./object.mjs";
import { $eqComparer } from "./comparers.mjs";
import { $isArray } from "./core.mjs";

function $spanItems(s) {
  if (typeof s === "string") return Array.from(s, c => c.charCodeAt(0));
  return $isArray(s) ? s : Array.from(s);
}
function $spanEq(comparer) { return comparer ? (a, b) => $eqComparer(comparer).Equals(a, b) : $defaultEquals; }

export function $spanIndexOf(span, value, comparer) {
  const a = $spanItems(span), eq = $spanEq(comparer);
  for (let i = 0; i < a.length; i++) if (eq(a[i], value)) return i;
  return -1;
}
export function $spanLastIndexOf(span, value, comparer) {
  const a = $spanItems(span), eq = $spanEq(comparer);
  for (let i = a.length - 1; i >= 0; i--) if (eq(a[i], value)) return i;
  return -1;
}
function $spanMatchesAt(a, b, at, eq) {
  for (let j = 0; j < b.length; j++) if (!eq(a[at + j], b[j])) return false;
  return true;
}
/** IndexOf/LastIndexOf of a sub-sequence; an empty one is found at the start (or the end). */
export function $spanIndexOfSeq(span, value, comparer) {
  const a = $spanItems(span), b = $spanItems(value), eq = $spanEq(comparer);
  for (let i = 0; i + b.length <= a.length; i++) if ($spanMatchesAt(a, b, i, eq)) return i;
  return -1;
}
export function $spanLastIndexOfSeq(span, value, comparer) {
  const a = $spanItems(span), b = $spanItems(value), eq = $spanEq(comparer);
  for (let i = a.length - b.length; i >= 0; i--) if ($spanMatchesAt(a, b, i, eq)) return i;
  return -1;
}
export function $spanStartsWith(span, value, comparer, single) {
  const a = $spanItems(span), eq = $spanEq(comparer);
  if (single) return a.length > 0 && eq(a[0], value);
  const b = $spanItems(value);
  return b.length <= a.length && $spanMatchesAt(a, b, 0, eq);
}
export function $spanEndsWith(span, value, comparer, single) {
  const a = $spanItems(span), eq = $spanEq(comparer);
  if (single) return a.length > 0 && eq(a[a.length - 1], value);
  const b = $spanItems(value);
  return b.length <= a.length && $spanMatchesAt(a, b, a.length - b.length, eq);
}
/** Count(value): occurrences of an element; Count(sequence): non-overlapping occurrences of it. */
export function $spanCount(span, value, comparer, single) {
  const a = $spanItems(span), eq = $spanEq(comparer);
  let n = 0;
  if (single) { for (const x of a) if (eq(x, value)) n++; return n; }
  const b = $spanItems(value);
  if (b.length === 0) return 0;
  for (let i = 0; i + b.length <= a.length;) {
    if ($spanMatchesAt(a, b, i, eq)) { n++; i += b.length; } else i++;
  }
  return n;
}
export function $spanIndexOfAny(span, values, comparer) {
  const a = $spanItems(span), v = $spanItems(values), eq = $spanEq(comparer);
  for (let i = 0; i < a.length; i++) if (v.some(x => eq(a[i], x))) return i;
  return -1;
}
