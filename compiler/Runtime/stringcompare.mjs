// String casing and comparison as .NET does them in the invariant culture: simple (one char to
// one char) case mapping, ordinal comparisons that return the difference of the first differing
// chars, and culture comparisons through ICU's root collation (what .NET uses on Linux).
import { $ArgumentException } from "./exceptions.mjs";

// StringComparison values.
export const $StringComparison = Object.freeze({
  CurrentCulture: 0, CurrentCultureIgnoreCase: 1, InvariantCulture: 2,
  InvariantCultureIgnoreCase: 3, Ordinal: 4, OrdinalIgnoreCase: 5,
});

let $cultureCollator = null, $cultureCollatorIgnoreCase = null;

function $caseMapChars(s, map) {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const mapped = map(c);
    out += mapped.length === 1 ? mapped : c;
  }
  return out;
}

export function $upperChar(code) {
  if (code < 128) return code >= 97 && code <= 122 ? code - 32 : code;
  const mapped = String.fromCharCode(code).toUpperCase();
  return mapped.length === 1 ? mapped.charCodeAt(0) : code;
}

export function $lowerChar(code) {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  if (code === 0x130) return 0x69;
  const mapped = String.fromCharCode(code).toLowerCase();
  return mapped.length === 1 ? mapped.charCodeAt(0) : code;
}

export function $toUpper(s) {
  const upper = s.toUpperCase();
  return upper.length === s.length ? upper : $caseMapChars(s, c => c.toUpperCase());
}

export function $toLower(s) {
  // JS applies the final-sigma rule and expands İ; .NET maps each char on its own.
  if (s.includes("Σ") || s.includes("\u0130")) return $caseMapChars(s, c => c === "\u0130" ? "i" : c.toLowerCase());
  const lower = s.toLowerCase();
  return lower.length === s.length ? lower : $caseMapChars(s, c => c.toLowerCase());
}

// string.CompareOrdinal: difference of the first differing chars, else of the lengths.
export function $compareOrdinal(a, b) {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  // Past the shorter string .NET compares the next char against NUL, then the lengths.
  if (a.length === b.length) return 0;
  const d = (n < a.length ? a.charCodeAt(n) : 0) - (n < b.length ? b.charCodeAt(n) : 0);
  return d !== 0 ? d : a.length - b.length;
}

export function $compareOrdinalIgnoreCase(a, b) {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.charCodeAt(i), cb = b.charCodeAt(i);
    if (ca === cb) continue;
    // A surrogate on either side: .NET compares code points and answers with the sign only.
    if ((ca >= 0xd800 && ca <= 0xdfff) || (cb >= 0xd800 && cb <= 0xdfff)) return ca < cb ? -1 : 1;
    const d = $ordinalUpper(ca) - $ordinalUpper(cb);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

// OrdinalIgnoreCase's upper-casing: simple mapping, but never from non-ASCII into ASCII (ı, ſ, K sign).
function $ordinalUpper(c) {
  const u = $upperChar(c);
  return c >= 128 && u < 128 ? c : u;
}

export function $compareCulture(a, b, ignoreCase) {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (ignoreCase) {
    $cultureCollatorIgnoreCase ??= new Intl.Collator("und", { sensitivity: "accent" });
    return Math.sign($cultureCollatorIgnoreCase.compare(a, b));
  }
  $cultureCollator ??= new Intl.Collator("und");
  return Math.sign($cultureCollator.compare(a, b));
}

function $checkStringComparison(comparisonType) {
  if (!(comparisonType >= 0 && comparisonType <= 5)) {
    throw new $ArgumentException("The string comparison type passed in is currently not supported.", null, "comparisonType");
  }
}

// string.Compare(a, b, comparisonType).
export function $compareStrings(a, b, comparisonType) {
  $checkStringComparison(comparisonType);
  switch (comparisonType) {
    case 4: return $compareOrdinal(a, b);
    case 5: return $compareOrdinalIgnoreCase(a, b);
    default: return $compareCulture(a, b, comparisonType % 2 === 1);
  }
}

// string.Equals(a, b, comparisonType).
export function $equalsStrings(a, b, comparisonType) {
  $checkStringComparison(comparisonType);
  if (a === b) return true;
  if (a === null || a === undefined || b === null || b === undefined) return false;
  switch (comparisonType) {
    case 4: return false;
    case 5: return a.length === b.length && $compareOrdinalIgnoreCase(a, b) === 0;
    default: return $compareCulture(a, b, comparisonType % 2 === 1) === 0;
  }
}

// Brings a and b to the form in which ordinal search answers the comparison's question.
export function $foldForSearch(s, comparisonType) {
  $checkStringComparison(comparisonType);
  return comparisonType % 2 === 1 ? $caseMapChars(s, c => String.fromCharCode($upperChar(c.charCodeAt(0)))) : s;
}
