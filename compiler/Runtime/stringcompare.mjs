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

// Where .NET 10's simple case mapping differs from what the JS engine gives one char on its own
// (newer Unicode data, or a full mapping that expands): "char:mapped" in hex, generated from .NET.
function $caseTable(text) {
  return new Map(text.split(" ").map(pair => pair.split(":").map(h => parseInt(h, 16))));
}
const $netUpper = $caseTable("131:131 19b:19b 264:264 1c8a:1c8a 1f80:1f88 1f81:1f89 1f82:1f8a 1f83:1f8b 1f84:1f8c "
  + "1f85:1f8d 1f86:1f8e 1f87:1f8f 1f90:1f98 1f91:1f99 1f92:1f9a 1f93:1f9b 1f94:1f9c 1f95:1f9d 1f96:1f9e 1f97:1f9f "
  + "1fa0:1fa8 1fa1:1fa9 1fa2:1faa 1fa3:1fab 1fa4:1fac 1fa5:1fad 1fa6:1fae 1fa7:1faf 1fb3:1fbc 1fc3:1fcc 1ff3:1ffc "
  + "a7cd:a7cd a7cf:a7cf a7d3:a7d3 a7d5:a7d5 a7db:a7db");
const $netLower = $caseTable("1c89:1c89 a7cb:a7cb a7cc:a7cc a7ce:a7ce a7d2:a7d2 a7d4:a7d4 a7da:a7da a7dc:a7dc");
const $caseSpecial = new RegExp("[" + [...$netUpper.keys(), ...$netLower.keys(), 0x3a3]
  .map(c => "\\u" + c.toString(16).padStart(4, "0")).join("") + "]");

export function $upperChar(code) {
  if (code < 128) return code >= 97 && code <= 122 ? code - 32 : code;
  const fixed = $netUpper.get(code);
  if (fixed !== undefined) return fixed;
  const mapped = String.fromCharCode(code).toUpperCase();
  return mapped.length === 1 ? mapped.charCodeAt(0) : code;
}

export function $lowerChar(code) {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  const fixed = $netLower.get(code);
  if (fixed !== undefined) return fixed;
  const mapped = String.fromCharCode(code).toLowerCase();
  return mapped.length === 1 ? mapped.charCodeAt(0) : code;
}

function $mapCodes(s, map) {
  let out = "";
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(map(s.charCodeAt(i)));
  return out;
}

export function $toUpper(s) {
  if ($caseSpecial.test(s)) return $mapCodes(s, $upperChar);
  const upper = s.toUpperCase();
  return upper.length === s.length ? upper : $mapCodes(s, $upperChar);
}

export function $toLower(s) {
  // Σ: JS applies the final-sigma rule; .NET maps each char on its own.
  if ($caseSpecial.test(s)) return $mapCodes(s, $lowerChar);
  const lower = s.toLowerCase();
  return lower.length === s.length ? lower : $mapCodes(s, $lowerChar);
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
  if (a.length === b.length) return 0;
  // .NET compares two chars at a time and strings end in a NUL: when the shorter length is odd (or 0, its
  // first-char shortcut) the last pair takes in the longer string's next char against that NUL, so the answer
  // is that char's code; an even shorter length ends the loop first and answers with the length difference.
  if (n % 2 === 0 && n !== 0) return a.length - b.length;
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

// string.Compare(a, indexA, b, indexB, length[, comparison]): at most `length` chars of each, from the index.
export function $compareSubstrings(a, indexA, b, indexB, length, comparisonType) {
  const part = (s, i) => s === null || s === undefined ? null : s.substring(i, i + Math.min(length, s.length - i));
  const x = part(a, indexA), y = part(b, indexB);
  if (comparisonType === 4 && x !== null && y !== null) {
    // the substring overload ends on the length difference (no NUL step, unlike the whole-string one)
    for (let i = 0; i < Math.min(x.length, y.length); i++) { const d = x.charCodeAt(i) - y.charCodeAt(i); if (d !== 0) return d; }
    return x.length - y.length;
  }
  return $compareStrings(x, y, comparisonType);
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
  return comparisonType % 2 === 1 ? $mapCodes(s, $upperChar) : s;
}

// ---- culture-sensitive search (IndexOf/LastIndexOf/StartsWith/EndsWith with a culture comparison) ----
// On plain text (printable ASCII, tab, CR, LF) ICU's answer is the ordinal one. Otherwise matches are
// found with the collator: ignorable chars (NUL, soft hyphen, zero-width) do not count, precomposed
// and decomposed letters match, and a match may not end inside a combining sequence.
const $searchPlain = /^[\t\n\r\x20-\x7e]*$/;
const $searchIgnorable = /[\0\u00ad\u200b-\u200f\u2060\ufeff]/g;
const $searchCombining = /^\p{M}/u;

function $searchCollator(ignoreCase) {
  if (ignoreCase) return $cultureCollatorIgnoreCase ??= new Intl.Collator("und", { sensitivity: "accent" });
  return $cultureCollator ??= new Intl.Collator("und");
}

// Index of the first (or, backwards, last) match of needle starting in [from, to) whose text ends
// by `limit`; anchored: only a match starting at `from` (StartsWith) or ending at `limit` (EndsWith).
export function $cultureSearch(hay, needle, from, limit, ignoreCase, backwards, anchored) {
  const core = needle.replace($searchIgnorable, "");
  if (core.length === 0) return backwards ? limit : from;
  if ($searchPlain.test(core)) {
    // Ordinal first; the answer stands when the text it scanned (plus the char after a match) is plain.
    const h = ignoreCase ? $mapCodes(hay, $upperChar) : hay, n = ignoreCase ? $mapCodes(core, $upperChar) : core;
    let at, scanFrom = from, scanTo = limit;
    if (anchored) {
      at = backwards ? (limit - n.length >= from && h.startsWith(n, limit - n.length) ? limit - n.length : -1)
        : (h.startsWith(n, from) && from + n.length <= limit ? from : -1);
      if (backwards) scanFrom = Math.max(from, limit - n.length - 1); else scanTo = Math.min(limit, from + n.length + 1);
    } else if (backwards) {
      at = limit - n.length < from ? -1 : h.lastIndexOf(n, limit - n.length);
      if (at < from) at = -1;
      if (at >= 0) scanFrom = Math.max(from, at - 1);
    } else {
      at = h.indexOf(n, from);
      if (at >= 0 && at + n.length > limit) at = -1;
      if (at >= 0) scanTo = Math.min(hay.length, at + n.length + 1);
    }
    if ($searchPlain.test(hay.slice(scanFrom, scanTo))) return at;
  }
  const collator = $searchCollator(ignoreCase);
  const matchesAt = (i) => {
    if ($searchCombining.test(hay.slice(i, i + 1)) || $searchIgnorable.test(hay[i])) { $searchIgnorable.lastIndex = 0; return false; }
    $searchIgnorable.lastIndex = 0;
    for (let len = Math.max(1, core.length - 3); i + len <= limit && len <= core.length + 6; len++) {
      if (anchored && backwards && i + len !== limit) continue;
      if (collator.compare(hay.slice(i, i + len), core) === 0 && !$searchCombining.test(hay.slice(i + len, i + len + 1))) return true;
    }
    return false;
  };
  if (anchored && !backwards) return matchesAt(from) ? from : -1;
  if (backwards) { for (let i = limit - 1; i >= from; i--) if (matchesAt(i)) return i; return -1; }
  for (let i = from; i < limit; i++) if (matchesAt(i)) return i;
  return -1;
}
