// List<T> and KeyValuePair<K,V>, plus the small helpers every collection shares
// (.NET's exception messages, enumerators for explicit GetEnumerator() calls, `out` arguments).
import { $equals, $defaultEquals, $hashCode, $toString } from "./object.mjs";
import { $ArgumentException, $ArgumentNullException, $ArgumentOutOfRangeException, $InvalidOperationException, $NotSupportedException, $argOutOfRange, $argNull, $indexRangeMessage, $indexRangeOrEqualMessage, $countRangeMessage } from "./exceptions.mjs";
import { $sortRange } from "./sorting.mjs";
import { $comparison } from "./comparers.mjs";
import { $isArray, $boxTyped, $defaultOf } from "./core.mjs";

export const $offsetLengthMessage = "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.";
export function $modifiedDuringEnumeration() {
  return new $InvalidOperationException("Collection was modified; enumeration operation may not execute.");
}

/** Writes an `out`/`ref` argument: the lowering passes a ref object ({ v }) or a setter function. */
export function $setOut(ref, value) {
  if (typeof ref === "function") ref(value); else if (ref !== null && ref !== undefined) ref.v = value;
  return value;
}

/** The value a C# copy of x would hold: user structs (static $isStruct) are copied, as .NET copies
 *  them into a new array or list; everything else is shared. */
export function $structCopy(x) {
  return x !== null && typeof x === "object" && x.constructor.$isStruct === true ? x.$clone() : x;
}
export function $copyStructs(a) {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (x !== null && typeof x === "object" && x.constructor.$isStruct === true) return a.map($structCopy);
  }
  return a;
}
/** An array's or list's elements copied into a new JS array. */
export function $copyArray(a) { return $copyStructs(a.slice()); }

/** A C# IEnumerable as something for-of can walk: a string gives its chars (UTF-16 codes). */
export function $items(source) {
  return typeof source === "string" ? Array.from(source, c => c.charCodeAt(0)) : source;
}
/** Whether .NET would see an ICollection<T> (a known count) rather than a lazy sequence. */
function $isCollection(source) { return $isArray(source) || typeof source === "string" || typeof source?.Count === "number"; }

/** (index, count) as .NET validates it for List/Array range methods. */
export function $checkRange(length, index, count) {
  if (index < 0) throw $argOutOfRange("index", "Non-negative number required.");
  if (count < 0) throw $argOutOfRange("count", "Non-negative number required.");
  if (length - index < count) throw new $ArgumentException($offsetLengthMessage);
}

/** An IEnumerator over any iterable, for code that calls GetEnumerator()/MoveNext()/Current itself. */
export class $Enumerator {
  constructor(iterable) { this.$it = iterable[Symbol.iterator](); this.Current = null; }
  MoveNext() {
    const r = this.$it.next();
    if (r.done) return false;
    this.Current = r.value;
    return true;
  }
  Dispose() { this.$it.return?.(); }
  Reset() { throw new $NotSupportedException("Specified method is not supported."); }
  // .NET's collection enumerators are structs; copies of one here share its position.
  $clone() { return this; }
}
export function $getEnumerator(x) { return typeof x.GetEnumerator === "function" ? x.GetEnumerator() : new $Enumerator(x); }

/** A KeyValuePair whose char or enum parts (type given) are boxed, so that it prints as .NET prints it. */
export function $kvpTyped(kv, keyType, valueType) {
  return new $KeyValuePair($boxTyped(kv.Key, keyType), $boxTyped(kv.Value, valueType));
}

/** The type object of a constructed KeyValuePair passed as a type argument: default(T) needs the key's and
 *  value's defaults (`[0, ]` for KeyValuePair<int, string>). */
export function $keyValuePairType(keyType, valueType) {
  return {
    $name: "KeyValuePair`2",
    $fullName: "System.Collections.Generic.KeyValuePair`2",
    $test: x => x instanceof $KeyValuePair,
    $defaultValue: () => new $KeyValuePair($defaultOf(keyType), $defaultOf(valueType)),
    // string.Join of pairs: a char, enum or float part prints as itself
    $text: kv => kv instanceof $KeyValuePair ? $toString($kvpTyped(kv, keyType, valueType)) : $toString(kv),
  };
}

export class $KeyValuePair {
  static $name = "KeyValuePair`2";
  static $fullName = "System.Collections.Generic.KeyValuePair`2";
  constructor(key = null, value = null) { this.Key = key; this.Value = value; }
  /** KeyValuePair.Create(key, value). */
  static Create(key, value) { return new $KeyValuePair(key, value); }
  Deconstruct(key, value) { $setOut(key, this.Key); $setOut(value, this.Value); }
  Equals(o) { return o instanceof $KeyValuePair && $equals(this.Key, o.Key) && $equals(this.Value, o.Value); }
  GetHashCode() { return ($hashCode(this.Key) * 31 + $hashCode(this.Value)) | 0; }
  toString() { return `[${$toString(this.Key)}, ${$toString(this.Value)}]`; }
  $clone() { return new $KeyValuePair(this.Key, this.Value); }
}

// The first index of item in a[from, end) by Equals: Contains and Remove need no argument checks of IndexOf's.
function $findItem(a, item, from = 0, end = a.length) {
  for (let i = from; i < end; i++) if ($defaultEquals(a[i], item)) return i;
  return -1;
}
function $listIndex(list, index) {
  if (!(index >= 0 && index < list.$a.length)) throw $argOutOfRange("index", $indexRangeMessage);
}

export class $List {
  static $name = "List`1";
  static $fullName = "System.Collections.Generic.List`1";
  // $cap mirrors .NET's backing-array length, so Capacity reads as it does there.
  constructor(items) { this.$a = items ?? []; this.$cap = this.$a.length; this.$version = 0; }
  static $withCapacity(capacity) {
    if (capacity < 0) throw $argOutOfRange("capacity", "Non-negative number required.");
    const l = new $List();
    l.$cap = capacity;
    return l;
  }
  static $from(source) {
    if (source === null || source === undefined) throw $argNull("collection");
    if ($isCollection(source)) return new $List($copyStructs(Array.from($items(source))));
    const l = new $List();
    for (const x of source) l.Add(x);
    l.$version = 0;
    return l;
  }
  /** .NET's List.Grow: double (from 4), or jump to what is needed. */
  $grow(needed) {
    if (needed <= this.$cap) return;
    let next = this.$cap === 0 ? 4 : this.$cap * 2;
    if (next > 2147483591) next = 2147483591;
    this.$cap = Math.max(next, needed);
  }
  get Count() { return this.$a.length; }
  get Capacity() { return this.$cap; }
  set Capacity(value) {
    if (value < this.$a.length) throw $argOutOfRange("value", "capacity was less than the current size.");
    this.$cap = value;
  }
  EnsureCapacity(capacity) {
    if (capacity < 0) throw $argOutOfRange("capacity", "Non-negative number required.");
    this.$grow(capacity);
    return this.$cap;
  }
  TrimExcess() { if (this.$a.length < Math.trunc(this.$cap * 0.9)) this.$cap = this.$a.length; }
  // Indexers return by value: a struct element comes out as a copy, as in .NET.
  get_Item(index) { $listIndex(this, index); return $structCopy(this.$a[index]); }
  set_Item(index, value) { $listIndex(this, index); this.$a[index] = value; this.$version++; }
  // The capacity check inline: $grow only runs when the mirrored capacity is reached (O(log n) times).
  Add(item) { const a = this.$a; if (a.length >= this.$cap) this.$grow(a.length + 1); a.push(item); this.$version++; }
  AddRange(items) { this.InsertRange(this.$a.length, items, "collection"); }
  Insert(index, item) {
    if (!(index >= 0 && index <= this.$a.length)) throw $argOutOfRange("index", "Index must be within the bounds of the List.");
    this.$grow(this.$a.length + 1);
    this.$a.splice(index, 0, item); this.$version++;
  }
  InsertRange(index, items) {
    if (items === null || items === undefined) throw $argNull("collection");
    if (!(index >= 0 && index <= this.$a.length)) throw $argOutOfRange("index", "Index must be within the bounds of the List.");
    if (!$isCollection(items)) {
      for (const x of Array.from(items)) this.Insert(index++, x);
      return;
    }
    const copy = Array.from($items(items));
    if (copy.length === 0) return;
    this.$grow(this.$a.length + copy.length);
    this.$a.splice(index, 0, ...copy); this.$version++;
  }
  Remove(item) {
    const i = $findItem(this.$a, item);
    if (i < 0) return false;
    this.RemoveAt(i);
    return true;
  }
  RemoveAt(index) { $listIndex(this, index); this.$a.splice(index, 1); this.$version++; }
  RemoveRange(index, count) {
    $checkRange(this.$a.length, index, count);
    if (count > 0) { this.$a.splice(index, count); this.$version++; }
  }
  RemoveAll(match) {
    const kept = this.$a.filter(x => !match(x));
    const removed = this.$a.length - kept.length;
    if (removed > 0) { this.$a = kept; this.$version++; }
    return removed;
  }
  Clear() { this.$a.length = 0; this.$version++; }
  Contains(item) { return $findItem(this.$a, item) >= 0; }
  IndexOf(item, index = 0, count = this.$a.length - index) {
    if (index < 0 || index > this.$a.length) throw $argOutOfRange("index", $indexRangeOrEqualMessage);
    if (count < 0 || index > this.$a.length - count) throw $argOutOfRange("count", $countRangeMessage);
    return $findItem(this.$a, item, index, index + count);
  }
  LastIndexOf(item) {
    const a = this.$a;
    for (let i = a.length - 1; i >= 0; i--) if ($defaultEquals(a[i], item)) return i;
    return -1;
  }
  Exists(match) { return this.$a.some(x => match(x)); }
  TrueForAll(match) { return this.$a.every(x => match(x)); }
  Find(match, dflt = null) { for (const x of this.$a) if (match(x)) return x; return dflt; }
  FindLast(match, dflt = null) {
    for (let i = this.$a.length - 1; i >= 0; i--) if (match(this.$a[i])) return this.$a[i];
    return dflt;
  }
  FindIndex(a, b, c) {
    // FindIndex(match) | FindIndex(startIndex, match) | FindIndex(startIndex, count, match)
    const start = typeof a === "function" ? 0 : a;
    const match = typeof a === "function" ? a : typeof b === "function" ? b : c;
    const count = typeof c === "function" ? b : this.$a.length - start;
    if (start < 0 || start > this.$a.length) throw $argOutOfRange("startIndex", $indexRangeOrEqualMessage);
    if (count < 0 || start > this.$a.length - count) throw $argOutOfRange("count", $countRangeMessage);
    for (let i = start; i < start + count; i++) if (match(this.$a[i])) return i;
    return -1;
  }
  FindLastIndex(match) {
    for (let i = this.$a.length - 1; i >= 0; i--) if (match(this.$a[i])) return i;
    return -1;
  }
  FindAll(match) { return new $List(this.$a.filter(x => match(x))); }
  ConvertAll(converter) { return new $List(this.$a.map(x => converter(x))); }
  ForEach(action) {
    const v = this.$version, a = this.$a;
    for (let i = 0; i < a.length; i++) {
      action(a[i]);
      if (v !== this.$version) throw $modifiedDuringEnumeration();
    }
  }
  GetRange(index, count) { $checkRange(this.$a.length, index, count); return new $List($copyStructs(this.$a.slice(index, index + count))); }
  Slice(start, length) { return this.GetRange(start, length); }
  ToArray() { return $copyArray(this.$a); }
  CopyTo(a, b, c, d) {
    // CopyTo(array) | CopyTo(array, arrayIndex) | CopyTo(index, array, arrayIndex, count)
    let src = 0, dst = a, at = b ?? 0, n = this.$a.length;
    if (typeof a === "number") { src = a; dst = b; at = c; n = d; }
    if (dst === null || dst === undefined) throw $argNull("destinationArray");
    if (at < 0 || n < 0 || src < 0) throw $argOutOfRange(at < 0 ? "destinationIndex" : "length", "Non-negative number required.");
    if (this.$a.length - src < n) throw new $ArgumentException($offsetLengthMessage);
    if (dst.length - at < n) throw new $ArgumentException("Destination array was not long enough. Check the destination index, length, and the array's lower bounds.", null, "destinationArray");
    for (let i = 0; i < n; i++) dst[at + i] = $structCopy(this.$a[src + i]);
  }
  Reverse(index, count) {
    if (index === undefined) { this.$a.reverse(); this.$version++; return; }
    $checkRange(this.$a.length, index, count);
    const part = this.$a.slice(index, index + count).reverse();
    for (let i = 0; i < count; i++) this.$a[index + i] = part[i];
    this.$version++;
  }
  /** Sort() | Sort(Comparison) | Sort(IComparer) | Sort(index, count, IComparer) */
  Sort(a, b, c) {
    if (typeof a === "number") {
      $checkRange(this.$a.length, a, b);
      $sortRange(this.$a, a, b, $comparison(c));
    } else {
      $sortRange(this.$a, 0, this.$a.length, typeof a === "function" ? a : $comparison(a));
    }
    this.$version++;
  }
  BinarySearch(a, b, c, d) {
    // BinarySearch(item) | BinarySearch(item, comparer) | BinarySearch(index, count, item, comparer)
    if (d !== undefined || (typeof a === "number" && c !== undefined)) return $binarySearch(this.$a, a, b, c, d);
    return $binarySearch(this.$a, 0, this.$a.length, a, b);
  }
  AsReadOnly() { return this; }
  GetEnumerator() { return new $Enumerator(this); }
  [Symbol.iterator]() { return new $ListIterator(this); }
  toString() { return "System.Collections.Generic.List`1[System.Object]"; }
}

// A plain iterator object rather than a generator: foreach over a List is the hottest loop there is.
class $ListIterator {
  constructor(list) { this.$list = list; this.$i = 0; this.$version = list.$version; }
  next() {
    const list = this.$list;
    if (this.$version !== list.$version) throw $modifiedDuringEnumeration();
    if (this.$i < list.$a.length) return { value: $structCopy(list.$a[this.$i++]), done: false };
    return { value: undefined, done: true };
  }
  return() { this.$i = this.$list.$a.length; return { value: undefined, done: true }; }
  [Symbol.iterator]() { return this; }
}

/** .NET's binary search: the index, or the bitwise complement of the insertion point. */
export function $binarySearch(a, index, length, value, comparer) {
  $checkRange(a.length, index, length);
  const cmp = $comparison(comparer);
  let lo = index, hi = index + length - 1;
  while (lo <= hi) {
    const mid = lo + ((hi - lo) >> 1);
    const c = cmp(a[mid], value);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1; else hi = mid - 1;
  }
  return ~lo;
}

// Members called through collection interfaces (IList<T>, ICollection<T>, IReadOnlyList<T>…), whose
// receiver may be a C# array (a JS array) as well as a runtime or user collection.
export function $count(c) { return $isArray(c) ? c.length : c.Count; }
export function $listGet(c, index) {
  if (!$isArray(c)) return c.get_Item(index);
  if (!(index >= 0 && index < c.length)) throw $argOutOfRange("index", $indexRangeMessage);
  return $structCopy(c[index]);
}
export function $listSet(c, index, value) {
  if (!$isArray(c)) { c.set_Item(index, value); return; }
  if (!(index >= 0 && index < c.length)) throw $argOutOfRange("index", $indexRangeMessage);
  c[index] = value;
}
export function $listIndexOf(c, item) {
  return $isArray(c) ? $findItem(c, item) : c.IndexOf(item);
}
export function $collectionContains(c, item) { return $isArray(c) ? $listIndexOf(c, item) >= 0 : c.Contains(item); }
export function $collectionCopyTo(c, array, index) {
  if (!$isArray(c)) { c.CopyTo(array, index); return; }
  if (array.length - index < c.length) throw new $ArgumentException("Destination array was not long enough. Check the destination index, length, and the array's lower bounds.", null, "destinationArray");
  for (let i = 0; i < c.length; i++) array[index + i] = c[i];
}
/** ICollection<T>.Add/Remove/Clear/Insert on an array: arrays have a fixed size. */
export function $fixedSize(c, method, ...args) {
  if ($isArray(c)) throw new $NotSupportedException("Collection was of a fixed size.");
  return c[method](...args);
}
