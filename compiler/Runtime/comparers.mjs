// Comparers: the objects behind EqualityComparer<T>.Default, Comparer<T>.Default and StringComparer.*.
// An equality comparer has Equals(a, b) and GetHashCode(x); an ordering comparer has Compare(a, b).
// Hash-based collections also look for $key(x): a primitive that stands for x's equivalence class,
// so they can use a JS Map directly instead of hash buckets.
import { $defaultEquals, $hashCode, $compare } from "./object.mjs";

function $isPrimitiveKey(x) {
  const t = typeof x;
  return t === "string" || t === "number" || t === "boolean" || t === "bigint";
}

// Simple (one char to one char) upper-casing, as ordinal ignore-case comparison does.
function $foldCase(s) {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) { ascii = false; break; }
  if (ascii) return s.toUpperCase();
  let r = "";
  for (const ch of s) {
    const u = ch.toUpperCase();
    r += u.length === ch.length ? u : ch;
  }
  return r;
}

// .NET's ordinal comparison returns the difference of the first differing UTF-16 units
// (or of the lengths), not just its sign.
function $ordinalCompare(a, b) {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

function $stringHash(s) {
  let h = 5381;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 33) ^ s.charCodeAt(i)) | 0;
  return h;
}

export class $EqualityComparer {
  static $name = "EqualityComparer`1";
  static $fullName = "System.Collections.Generic.EqualityComparer`1";
  static Default = new $EqualityComparer();
  Equals(a, b) { return $defaultEquals(a, b); }
  GetHashCode(x) { return x === null || x === undefined ? 0 : $hashCode(x); }
  $key(x) { return $isPrimitiveKey(x) ? x : undefined; }
}

export class $Comparer {
  static $name = "Comparer`1";
  static $fullName = "System.Collections.Generic.Comparer`1";
  static Default = new $Comparer((a, b) => $compare(a, b));
  /** Comparer<T>.Create(comparison). */
  static Create(comparison) { return new $Comparer(comparison); }
  constructor(comparison) { this.$comparison = comparison; }
  Compare(a, b) { return this.$comparison(a, b); }
}

export class $StringComparer {
  static $name = "StringComparer";
  static $fullName = "System.StringComparer";
  constructor(ignoreCase, ordinal) { this.$ignoreCase = ignoreCase; this.$ordinal = ordinal; }
  Equals(a, b) {
    if (a === b) return true;
    if (a === null || a === undefined || b === null || b === undefined) return false;
    if (!this.$ignoreCase) return a === b;
    return a.length === b.length && $foldCase(a) === $foldCase(b);
  }
  GetHashCode(s) { return s === null || s === undefined ? 0 : $stringHash(this.$ignoreCase ? $foldCase(s) : s); }
  $key(s) { return typeof s === "string" ? (this.$ignoreCase ? $foldCase(s) : s) : undefined; }
  Compare(a, b) {
    if (a === b) return 0;
    if (a === null || a === undefined) return -1;
    if (b === null || b === undefined) return 1;
    if (this.$ordinal) {
      return this.$ignoreCase ? $ordinalCompare($foldCase(a), $foldCase(b)) : $ordinalCompare(a, b);
    }
    return this.$ignoreCase ? $compare(a.toLowerCase(), b.toLowerCase()) : $compare(a, b);
  }
  static Ordinal = new $StringComparer(false, true);
  static OrdinalIgnoreCase = new $StringComparer(true, true);
  static InvariantCulture = new $StringComparer(false, false);
  static InvariantCultureIgnoreCase = new $StringComparer(true, false);
  static CurrentCulture = $StringComparer.InvariantCulture;
  static CurrentCultureIgnoreCase = $StringComparer.InvariantCultureIgnoreCase;
}

/** The equality comparer a collection uses: the given one, or the default. */
export function $eqComparer(c) { return c === null || c === undefined ? $EqualityComparer.Default : c; }

/** A comparison function from an IComparer (or the default ordering). */
export function $comparison(c) {
  if (c === null || c === undefined || c === $Comparer.Default) return $compare;
  return (a, b) => c.Compare(a, b);
}
