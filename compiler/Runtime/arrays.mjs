// System.Array's static helpers over C# arrays: JS Arrays, or typed arrays for numeric elements (see compiler/README.md).
import { $defaultEquals } from "./object.mjs";
import { $ArgumentException, $argOutOfRange, $argNull, $indexRangeOrEqualMessage, $countRangeMessage } from "./exceptions.mjs";
import { $sortRange } from "./sorting.mjs";
import { $comparison } from "./comparers.mjs";
import { $checkRange, $setOut, $binarySearch, $copyArray } from "./collections.mjs";

function $arrayNotNull(a, name = "array") { if (a === null || a === undefined) throw $argNull(name); return a; }

export const $Array = {
  IndexOf(array, value, startIndex = 0, count = undefined) {
    $arrayNotNull(array);
    const end = count === undefined ? array.length : startIndex + count;
    if (startIndex < 0 || startIndex > array.length) throw $argOutOfRange("startIndex", $indexRangeOrEqualMessage);
    if (end > array.length || end < startIndex) throw $argOutOfRange("count", $countRangeMessage);
    for (let i = startIndex; i < end; i++) if ($defaultEquals(array[i], value)) return i;
    return -1;
  },
  LastIndexOf(array, value) {
    $arrayNotNull(array);
    for (let i = array.length - 1; i >= 0; i--) if ($defaultEquals(array[i], value)) return i;
    return -1;
  },
  /** Sort(array) | Sort(array, Comparison) | Sort(array, IComparer) | Sort(array, index, length[, IComparer]) */
  Sort(array, a, b, c) {
    $arrayNotNull(array);
    if (typeof a === "number") {
      $checkRange(array.length, a, b);
      $sortRange(array, a, b, $comparison(c));
    } else {
      $sortRange(array, 0, array.length, typeof a === "function" ? a : $comparison(a));
    }
  },
  /** Array.Sort(keys, items): sorts both arrays by the keys. */
  SortByKeys(keys, items, comparer) {
    $arrayNotNull(keys, "keys");
    const idx = Array.from(keys, (_, i) => i); // a typed array's map would keep its element type
    const cmp = $comparison(comparer);
    $sortRange(idx, 0, idx.length, (x, y) => cmp(keys[x], keys[y]));
    const k = idx.map(i => keys[i]), v = items ? idx.map(i => items[i]) : null;
    for (let i = 0; i < k.length; i++) { keys[i] = k[i]; if (v) items[i] = v[i]; }
  },
  Reverse(array, index, length) {
    $arrayNotNull(array);
    if (index === undefined) { array.reverse(); return; }
    $checkRange(array.length, index, length);
    for (let i = index, j = index + length - 1; i < j; i++, j--) { const t = array[i]; array[i] = array[j]; array[j] = t; }
  },
  /** Array.Resize(ref array, newSize): ref is the lowering's ref object ({ v }). */
  Resize(ref, newSize, dflt = null) {
    if (newSize < 0) throw $argOutOfRange("newSize", "Non-negative number required.");
    const old = ref.v ?? [];
    let next;
    if (Array.isArray(old)) {
      next = new Array(newSize);
      for (let i = 0; i < newSize; i++) next[i] = i < old.length ? old[i] : dflt;
    } else {
      next = new old.constructor(newSize); // a typed array stays one, zero-filled past the old length
      next.set(newSize < old.length ? old.subarray(0, newSize) : old);
    }
    $setOut(ref, next);
  },
  /** Copy(src, dst, length) | Copy(src, srcIndex, dst, dstIndex, length) */
  Copy(src, a, b, c, d) {
    let srcIndex = 0, dst = a, dstIndex = 0, length = b;
    if (c !== undefined) { srcIndex = a; dst = b; dstIndex = c; length = d; }
    $arrayNotNull(src, "sourceArray");
    $arrayNotNull(dst, "destinationArray");
    if (length < 0) throw $argOutOfRange("length", "Non-negative number required.");
    if (srcIndex < 0) throw $argOutOfRange("sourceIndex", "Number was less than the array's lower bound in the first dimension.");
    if (dstIndex < 0) throw $argOutOfRange("destinationIndex", "Number was less than the array's lower bound in the first dimension.");
    if (srcIndex + length > src.length) throw new $ArgumentException("Source array was not long enough. Check the source index, length, and the array's lower bounds.", null, "sourceArray");
    if (dstIndex + length > dst.length) throw new $ArgumentException("Destination array was not long enough. Check the destination index, length, and the array's lower bounds.", null, "destinationArray");
    // Typed arrays of one element type copy as a block; set() copies overlapping ranges as if through a temporary.
    if (src.constructor === dst.constructor && ArrayBuffer.isView(src)) { dst.set(src.subarray(srcIndex, srcIndex + length), dstIndex); return; }
    // Overlapping ranges of one array copy as if through a temporary (memmove), as .NET's do; otherwise copy in place.
    if (src === dst && srcIndex < dstIndex) { src = src.slice(srcIndex, srcIndex + length); srcIndex = 0; }
    for (let i = 0; i < length; i++) {
      const x = src[srcIndex + i];
      dst[dstIndex + i] = typeof x === "object" && x !== null && x.constructor.$isStruct === true ? x.$clone() : x;
    }
  },
  Fill(array, value, startIndex, count) {
    $arrayNotNull(array);
    if (startIndex === undefined) { array.fill(value); return; }
    $checkRange(array.length, startIndex, count);
    array.fill(value, startIndex, startIndex + count);
  },
  /** Clear(array[, index, length]): System.Array's Clear has no T, so default(T) is read off the elements. */
  Clear(array, index, length) {
    $arrayNotNull(array);
    const sample = array.find(x => x !== null && x !== undefined);
    const dflt = typeof sample === "number" ? 0 : typeof sample === "bigint" ? 0n : typeof sample === "boolean" ? false : null;
    if (index === undefined) { array.fill(dflt); return; }
    $checkRange(array.length, index, length);
    array.fill(dflt, index, index + length);
  },
  Exists(array, match) { $arrayNotNull(array); return Array.prototype.some.call(array, x => match(x)); },
  TrueForAll(array, match) { $arrayNotNull(array); return array.every(x => match(x)); },
  Find(array, match, dflt = null) { $arrayNotNull(array); for (const x of array) if (match(x)) return x; return dflt; },
  FindLast(array, match, dflt = null) {
    $arrayNotNull(array);
    for (let i = array.length - 1; i >= 0; i--) if (match(array[i])) return array[i];
    return dflt;
  },
  FindIndex(array, match) { $arrayNotNull(array); return array.findIndex(x => match(x)); },
  FindLastIndex(array, match) {
    $arrayNotNull(array);
    for (let i = array.length - 1; i >= 0; i--) if (match(array[i])) return i;
    return -1;
  },
  FindAll(array, match) { $arrayNotNull(array); return array.filter(x => match(x)); },
  ConvertAll(array, converter) { $arrayNotNull(array); return Array.from(array, x => converter(x)); },
  ForEach(array, action) { $arrayNotNull(array); for (const x of array) action(x); },
  /** BinarySearch(array, value[, comparer]) | BinarySearch(array, index, length, value[, comparer]) */
  BinarySearch(array, a, b, c, d) {
    $arrayNotNull(array);
    if (c !== undefined && typeof a === "number" && typeof b === "number") return $binarySearch(array, a, b, c, d);
    return $binarySearch(array, 0, array.length, a, b);
  },
  Empty() { return []; },
  /** array.Clone(): a new array; struct elements are copies. */
  Clone(array) { return $copyArray(array); },
  AsReadOnly(array) { return $arrayNotNull(array); },
  /** array.CopyTo(destination, index) */
  CopyTo(array, dst, index) { $Array.Copy(array, 0, dst, index, array.length); },
};
