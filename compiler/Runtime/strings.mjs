// System.String members that JS strings lack or do differently, with .NET's argument checks.
import { $ArgumentException, $ArgumentNullException, $ArgumentOutOfRangeException, $IndexOutOfRangeException, $NullReferenceException, $argOutOfRange, $indexRangeMessage, $indexRangeOrEqualMessage, $countRangeMessage, $checkArgNull } from "./exceptions.mjs";
import { $foldForSearch, $cultureSearch } from "./stringcompare.mjs";
import { $toString } from "./object.mjs";
import { $enumToString } from "./enums.mjs";
import { $isArray, $CharArray } from "./core.mjs";

function $strNegative(paramName, value) {
  return $argOutOfRange(paramName, `${paramName} ('${value}') must be a non-negative value.`, String(value));
}
function $strGreaterThan(paramName, value, limit) {
  return $argOutOfRange(paramName, `${paramName} ('${value}') must be less than or equal to '${limit}'.`, String(value));
}
function $strNullCheck(s) {
  if (s === null || s === undefined) throw new $NullReferenceException();
}

// char.IsWhiteSpace: Unicode Zs/Zl/Zp plus the C0 spaces and U+0085 (JS's \s adds U+FEFF, lacks U+0085).
export function $isWhiteSpace(code) {
  return (code >= 9 && code <= 13) || code === 32 || code === 0x85 || code === 0xa0 || code === 0x1680
    || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f
    || code === 0x205f || code === 0x3000;
}

// s[index]: the UTF-16 code, IndexOutOfRangeException past either end.
export function $charAt(s, index) {
  const c = s.charCodeAt(index);
  if (c !== c) { $strNullCheck(s); throw new $IndexOutOfRangeException(); }
  return c;
}

export function $substring(s, startIndex, length) {
  $strNullCheck(s);
  if (startIndex < 0) throw $strNegative("startIndex", startIndex);
  if (startIndex > s.length) throw $argOutOfRange("startIndex", "startIndex cannot be larger than length of string.");
  if (length === undefined) return s.substring(startIndex);
  if (length < 0) throw $strNegative("length", length);
  if (startIndex + length > s.length) throw $argOutOfRange("length", "Index and length must refer to a location within the string.");
  return s.substr(startIndex, length);
}

function $strCheckRange(s, startIndex, count) {
  if (startIndex < 0 || startIndex > s.length) throw $argOutOfRange("startIndex", $indexRangeOrEqualMessage);
  if (count < 0 || count > s.length - startIndex) throw $argOutOfRange("count", $countRangeMessage);
}

// IndexOf(char|string [, startIndex [, count]] [, comparisonType]); `value` is a char code or a string.
export function $indexOf(s, value, startIndex = 0, count, comparisonType = 4) {
  if (comparisonType === 4) return $indexOfOrdinal(s, value, startIndex, count);
  $strNullCheck(s);
  if (count === undefined) count = s.length - startIndex;
  $strCheckRange(s, startIndex, count);
  const isChar = typeof value === "number";
  if (isChar) value = String.fromCharCode(value);
  else $checkArgNull(value, "value");
  if (comparisonType < 4 && !isChar) return $cultureSearch(s, value, startIndex, startIndex + count, comparisonType % 2 === 1, false, false);
  let hay = s.slice(0, startIndex + count);
  if (comparisonType !== 4) { hay = $foldForSearch(hay, comparisonType); value = $foldForSearch(value, comparisonType); }
  return hay.indexOf(value, startIndex);
}

// IndexOf with StringComparison.Ordinal (or a char): the lowering calls it directly when the comparison is
// constant, so such a program links no culture tables.
export function $indexOfOrdinal(s, value, startIndex = 0, count) {
  $strNullCheck(s);
  if (count === undefined) count = s.length - startIndex;
  $strCheckRange(s, startIndex, count);
  if (typeof value === "number") value = String.fromCharCode(value);
  else $checkArgNull(value, "value");
  return s.slice(0, startIndex + count).indexOf(value, startIndex);
}

// LastIndexOf(char|string [, startIndex [, count]] [, comparisonType]): searches backwards from startIndex.
// LastIndexOf's arguments checked as .NET checks them: the window [start, end) to search and the value as a
// string, or the answer itself (a number) when the string is empty.
function $lastIndexWindow(s, value, startIndex, count) {
  $strNullCheck(s);
  const isChar = typeof value === "number";
  if (isChar) value = String.fromCharCode(value);
  else $checkArgNull(value, "value");
  if (s.length === 0) {
    if (startIndex !== undefined && startIndex !== -1 && startIndex !== 0) throw $argOutOfRange("startIndex", $indexRangeMessage);
    return value.length === 0 ? 0 : -1;
  }
  if (startIndex === undefined) startIndex = s.length - 1;
  // LastIndexOf(string) accepts startIndex == Length (as Length - 1); the char overloads do not.
  if (startIndex === s.length && !isChar) { startIndex--; if (count > 0) count--; }
  if (startIndex < 0 || startIndex >= s.length) throw $argOutOfRange("startIndex", $indexRangeMessage);
  if (count === undefined) count = startIndex + 1;
  if (count < 0 || startIndex - count + 1 < 0) throw $argOutOfRange("count", $countRangeMessage);
  return { value, isChar, start: startIndex - count + 1, end: startIndex + 1 };
}

export function $lastIndexOf(s, value, startIndex, count, comparisonType = 4) {
  if (comparisonType === 4) return $lastIndexOfOrdinal(s, value, startIndex, count);
  const w = $lastIndexWindow(s, value, startIndex, count);
  if (typeof w === "number") return w;
  if (comparisonType < 4 && !w.isChar) return $cultureSearch(s, w.value, w.start, w.end, comparisonType % 2 === 1, true, false);
  const found = $foldForSearch(s.slice(w.start, w.end), comparisonType).lastIndexOf($foldForSearch(w.value, comparisonType));
  return found < 0 ? -1 : found + w.start;
}

// LastIndexOf with StringComparison.Ordinal (or a char), called directly for a constant comparison.
export function $lastIndexOfOrdinal(s, value, startIndex, count) {
  const w = $lastIndexWindow(s, value, startIndex, count);
  if (typeof w === "number") return w;
  const found = s.slice(w.start, w.end).lastIndexOf(w.value);
  return found < 0 ? -1 : found + w.start;
}

export function $indexOfAny(s, anyOf, startIndex = 0, count) {
  $strNullCheck(s); $checkArgNull(anyOf, "anyOf");
  if (count === undefined) count = s.length - startIndex;
  $strCheckRange(s, startIndex, count);
  for (let i = startIndex, end = startIndex + count; i < end; i++) if (anyOf.includes(s.charCodeAt(i))) return i;
  return -1;
}

export function $lastIndexOfAny(s, anyOf, startIndex, count) {
  $strNullCheck(s); $checkArgNull(anyOf, "anyOf");
  if (s.length === 0) return -1;
  if (startIndex === undefined) startIndex = s.length - 1;
  if (count === undefined) count = startIndex + 1;
  if (startIndex < 0 || startIndex >= s.length) throw $argOutOfRange("startIndex", $indexRangeMessage);
  if (count < 0 || startIndex - count + 1 < 0) throw $argOutOfRange("count", $countRangeMessage);
  for (let i = startIndex, end = startIndex - count; i > end; i--) if (anyOf.includes(s.charCodeAt(i))) return i;
  return -1;
}

export function $contains(s, value, comparisonType = 4) {
  $strNullCheck(s);
  if (typeof value === "number") value = String.fromCharCode(value);
  else $checkArgNull(value, "value");
  if (comparisonType === 4) return s.includes(value);
  return $foldForSearch(s, comparisonType).includes($foldForSearch(value, comparisonType));
}

export function $startsWith(s, value, comparisonType = 4) {
  if (comparisonType === 4 || typeof value === "number") return $startsWithOrdinal(s, value);
  $strNullCheck(s);
  $checkArgNull(value, "value");
  if (comparisonType < 4) return $cultureSearch(s, value, 0, s.length, comparisonType % 2 === 1, false, true) === 0;
  return $foldForSearch(s, comparisonType).startsWith($foldForSearch(value, comparisonType));
}

export function $endsWith(s, value, comparisonType = 4) {
  if (comparisonType === 4 || typeof value === "number") return $endsWithOrdinal(s, value);
  $strNullCheck(s);
  $checkArgNull(value, "value");
  if (comparisonType < 4) return $cultureSearch(s, value, 0, s.length, comparisonType % 2 === 1, true, true) >= 0;
  return $foldForSearch(s, comparisonType).endsWith($foldForSearch(value, comparisonType));
}

// StartsWith/EndsWith of a char, or of a string with StringComparison.Ordinal (called directly for a constant comparison).
export function $startsWithOrdinal(s, value) {
  $strNullCheck(s);
  if (typeof value === "number") return s.length > 0 && s.charCodeAt(0) === value;
  $checkArgNull(value, "value");
  return s.startsWith(value);
}

export function $endsWithOrdinal(s, value) {
  $strNullCheck(s);
  if (typeof value === "number") return s.length > 0 && s.charCodeAt(s.length - 1) === value;
  $checkArgNull(value, "value");
  return s.endsWith(value);
}

// Trim/TrimStart/TrimEnd: `trimChars` is a char code, an array of codes, or null/empty for white space.
function $strTrimmer(trimChars) {
  if (trimChars === undefined || trimChars === null || ($isArray(trimChars) && trimChars.length === 0)) return $isWhiteSpace;
  if (typeof trimChars === "number") return c => c === trimChars;
  return c => trimChars.includes(c);
}

export function $trim(s, trimChars) { return $trimEnd($trimStart(s, trimChars), trimChars); }

export function $trimStart(s, trimChars) {
  $strNullCheck(s);
  const trims = $strTrimmer(trimChars);
  let i = 0;
  while (i < s.length && trims(s.charCodeAt(i))) i++;
  return i === 0 ? s : s.slice(i);
}

export function $trimEnd(s, trimChars) {
  $strNullCheck(s);
  const trims = $strTrimmer(trimChars);
  let end = s.length;
  while (end > 0 && trims(s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}

export function $padLeft(s, totalWidth, paddingChar = 32) {
  $strNullCheck(s);
  if (totalWidth < 0) throw $strNegative("totalWidth", totalWidth);
  return s.length >= totalWidth ? s : String.fromCharCode(paddingChar).repeat(totalWidth - s.length) + s;
}

export function $padRight(s, totalWidth, paddingChar = 32) {
  $strNullCheck(s);
  if (totalWidth < 0) throw $strNegative("totalWidth", totalWidth);
  return s.length >= totalWidth ? s : s + String.fromCharCode(paddingChar).repeat(totalWidth - s.length);
}

// Replace(char, char) or Replace(string, string) (ordinal; a null newValue removes).
export function $replace(s, oldValue, newValue) {
  $strNullCheck(s);
  if (typeof oldValue === "number") return s.split(String.fromCharCode(oldValue)).join(String.fromCharCode(newValue));
  $checkArgNull(oldValue, "oldValue");
  if (oldValue.length === 0) throw new $ArgumentException("The value cannot be an empty string.", null, "oldValue");
  return s.split(oldValue).join(newValue ?? "");
}

export function $insert(s, startIndex, value) {
  $strNullCheck(s); $checkArgNull(value, "value");
  // .NET checks (uint)startIndex > Length, so a negative index is reported as its unsigned value.
  if (startIndex < 0 || startIndex > s.length) throw $strGreaterThan("startIndex", startIndex >>> 0, s.length);
  return s.slice(0, startIndex) + value + s.slice(startIndex);
}

export function $remove(s, startIndex, count) {
  $strNullCheck(s);
  if (count === undefined) {
    if (startIndex < 0) throw $argOutOfRange("startIndex", "StartIndex cannot be less than zero.");
    if (startIndex >= s.length) {
      if (startIndex === s.length) return s;
      throw $argOutOfRange("startIndex", "startIndex cannot be larger than length of string.");
    }
    return s.slice(0, startIndex);
  }
  if (startIndex < 0) throw $strNegative("startIndex", startIndex);
  if (count < 0) throw $strNegative("count", count);
  if (count > s.length - startIndex) throw $strGreaterThan("count", count, s.length - startIndex);
  return s.slice(0, startIndex) + s.slice(startIndex + count);
}

export function $isNullOrEmpty(s) { return s === null || s === undefined || s.length === 0; }

export function $isNullOrWhiteSpace(s) {
  if (s === null || s === undefined) return true;
  for (let i = 0; i < s.length; i++) if (!$isWhiteSpace(s.charCodeAt(i))) return false;
  return true;
}

// string.Join(separator, values): separator a string or char code; values any iterable (null items
// print ""). elementType is T of Join<T> when known: chars arrive as codes and print as characters.
export function $join(separator, values, elementType) {
  $checkArgNull(values, "values");
  const sep = typeof separator === "number" ? String.fromCharCode(separator) : separator ?? "";
  const text = $strElementText(elementType);
  let out = "", first = true;
  for (const v of values) {
    if (!first) out += sep;
    out += text(v);
    first = false;
  }
  return out;
}

// string.Join(separator, string[] value): the same, but .NET names the array parameter "value".
export function $joinArray(separator, value) {
  $checkArgNull(value, "value");
  return $join(separator, value);
}

function $strElementText(elementType) {
  if (elementType?.$fullName === "System.Char") return v => typeof v === "number" ? String.fromCharCode(v) : $toString(v);
  if (elementType?.$isEnum) return v => typeof v === "number" || typeof v === "bigint" ? $enumToString(elementType, v) : $toString(v);
  if (elementType?.$text) return elementType.$text;
  return $toString;
}

// string.Join(separator, value, startIndex, count).
export function $joinRange(separator, value, startIndex, count) {
  $checkArgNull(value, "value");
  if (startIndex < 0) throw $strNegative("startIndex", startIndex);
  if (count < 0) throw $strNegative("count", count);
  if (startIndex > value.length - count) throw $argOutOfRange("startIndex", "Index and count must refer to a location within the buffer.");
  return $join(separator, value.slice(startIndex, startIndex + count));
}

// Replace(oldValue, newValue, comparisonType): ordinal or case-insensitive search, left to right.
export function $replaceComparison(s, oldValue, newValue, comparisonType) {
  $strNullCheck(s); $checkArgNull(oldValue, "oldValue");
  if (oldValue.length === 0) throw new $ArgumentException("The value cannot be an empty string.", null, "oldValue");
  if (comparisonType === 4) return $replace(s, oldValue, newValue);
  const hay = $foldForSearch(s, comparisonType), needle = $foldForSearch(oldValue, comparisonType);
  let out = "", from = 0;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, from)) {
    out += s.slice(from, at) + (newValue ?? "");
    from = at + needle.length;
  }
  return out + s.slice(from);
}

// ReplaceLineEndings: CR LF, CR, LF, NEL, LS, PS and FF all become the replacement.
export function $replaceLineEndings(s, replacementText) {
  $strNullCheck(s); $checkArgNull(replacementText, "replacementText");
  return s.replace(/\r\n|[\r\n\f\u0085\u2028\u2029]/g, () => replacementText);
}

// string.Concat over an iterable (elementType as for $join).
export function $concat(values, elementType) {
  $checkArgNull(values, "values");
  const text = $strElementText(elementType);
  let out = "";
  for (const v of values) out += text(v);
  return out;
}

// new string(c, count).
export function $repeatChar(c, count) {
  if (count < 0) throw $strNegative("count", count);
  return String.fromCharCode(c).repeat(count);
}

// new string(char[] value [, startIndex, length]).
export function $stringFromChars(chars, startIndex = 0, length) {
  if (chars === null || chars === undefined) return "";
  if (length === undefined) length = chars.length - startIndex;
  if (startIndex < 0) throw $strNegative("startIndex", startIndex);
  if (length < 0) throw $strNegative("length", length);
  if (startIndex > chars.length - length) throw $argOutOfRange("startIndex", "Index and length must refer to a location within the string.");
  let out = "";
  for (let i = startIndex; i < startIndex + length; i += 8192) {
    out += String.fromCharCode.apply(null, chars.slice(i, Math.min(i + 8192, startIndex + length)));
  }
  return out;
}

export function $toCharArray(s, startIndex = 0, length) {
  $strNullCheck(s);
  if (length === undefined) length = s.length - startIndex;
  if (startIndex < 0 || startIndex > s.length) throw $strGreaterThan("startIndex", startIndex >>> 0, s.length);
  if (startIndex > s.length - length) throw $strGreaterThan("startIndex", startIndex, s.length - length);
  if (length < 0) throw $strNegative("length", length);
  const out = new $CharArray(length);
  for (let i = 0; i < length; i++) out[i] = s.charCodeAt(startIndex + i);
  return out;
}

// A string as IEnumerable<char>: yields UTF-16 codes.
export function* $charsOf(s) {
  for (let i = 0; i < s.length; i++) yield s.charCodeAt(i);
}
