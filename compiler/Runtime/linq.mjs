// LINQ to objects (System.Linq.Enumerable). Operators that .NET runs lazily return a $Query that
// re-runs its generator on every enumeration (an IEnumerable can be enumerated more than once);
// argument checks still happen at the call, as in .NET.
import { $InvalidOperationException, $ArgumentOutOfRangeException, $argOutOfRange, $argNull, $indexRangeMessage } from "./exceptions.mjs";
import { $List, $setOut, $copyStructs } from "./collections.mjs";
import { $Dictionary, $HashSet } from "./hashing.mjs";
import { $eqComparer } from "./comparers.mjs";
import { $linqAggregates } from "./linq-aggregate.mjs";
import { $linqOrdering } from "./linq-order.mjs";
import { $linqJoins } from "./linq-join.mjs";
import { $ValueTuple, $tupleSlot } from "./tuples.mjs";
import { $isArray, $cast, $unbox, $Char } from "./core.mjs";

export class $Query {
  constructor(generator) { this.$generator = generator; }
  [Symbol.iterator]() { return this.$generator(); }
  toString() { return "System.Linq.Enumerable+Iterator`1[System.Object]"; }
}

// A throwing predicate/selector ends the enumeration as a throwing MoveNext does in .NET, whose foreach
// then disposes the source (for-of calls return() only when its own body throws).
function $callDisposingOnThrow(it, f, value) {
  try { return f(value); }
  catch (e) { it.return?.(); throw e; }
}

// Where and Select are the hottest operators: plain iterator objects instead of generators.
class $WhereIterator {
  constructor(it, predicate) { this.$it = it; this.$f = predicate; }
  next() {
    for (;;) {
      const r = this.$it.next();
      if (r.done || $callDisposingOnThrow(this.$it, this.$f, r.value)) return r;
    }
  }
  return(value) { this.$it.return?.(); return { value, done: true }; }
  [Symbol.iterator]() { return this; }
}
class $SelectIterator {
  constructor(it, selector) { this.$it = it; this.$f = selector; }
  next() {
    const r = this.$it.next();
    return r.done ? r : { value: $callDisposingOnThrow(this.$it, this.$f, r.value), done: false };
  }
  return(value) { this.$it.return?.(); return { value, done: true }; }
  [Symbol.iterator]() { return this; }
}
class $PipeQuery extends $Query {
  constructor(source, Iterator, f) { super(null); this.$source = source; this.$Iterator = Iterator; this.$f = f; }
  [Symbol.iterator]() { return new this.$Iterator(this.$source[Symbol.iterator](), this.$f); }
}

/** The source as something for-of can walk: strings give their UTF-16 codes (C# chars are numbers). */
export function $linqSource(source, name = "source") {
  if (source === null || source === undefined) throw $argNull(name);
  if (typeof source === "string") return $stringChars(source);
  return source;
}
function $stringChars(s) {
  return new $Query(function* () { for (let i = 0; i < s.length; i++) yield s.charCodeAt(i); });
}
export function $noElements() { return new $InvalidOperationException("Sequence contains no elements"); }
export function $noMatch() { return new $InvalidOperationException("Sequence contains no matching element"); }
export function $query(generator) { return new $Query(generator); }

/** A known length without enumerating (arrays and ICollection-like runtime collections), else -1. */
function $knownCount(s) {
  if ($isArray(s)) return s.length;
  if (s instanceof $Query) return -1;
  return typeof s.Count === "number" ? s.Count : -1;
}
function $indexable(s) { return $isArray(s) ? s : s instanceof $List ? s.$a : null; }

export const $Enumerable = Object.assign({}, $linqAggregates, $linqOrdering, $linqJoins, {
  Empty() { return []; },
  Range(start, count) {
    if (count < 0 || start + count - 1 > 2147483647) throw $argOutOfRange("count");
    return $query(function* () { for (let i = 0; i < count; i++) yield start + i; });
  },
  Repeat(element, count) {
    if (count < 0) throw $argOutOfRange("count");
    return $query(function* () { for (let i = 0; i < count; i++) yield element; });
  },
  AsEnumerable(source) { return source; },
  // Cast<T> checks every element as (T)(object)x does: a reference type by $cast, a value type by unboxing
  // (null throws NullReferenceException, a boxed int is no long); a char sequence's plain numbers pass.
  Cast(source, type) {
    const s = $linqSource(source);
    if (!type) return s;
    const valueType = type.$isPrimitive ? type.$default !== null : type.$isEnum === true || type.$isStruct === true;
    const convert = !valueType ? x => $cast(x, type)
      : type === $Char ? x => typeof x === "number" ? x : $unbox(x, type)
      : x => $unbox(x, type);
    return new $PipeQuery(s, $SelectIterator, convert);
  },
  Where(source, predicate) {
    const s = $linqSource(source);
    if (!predicate) throw $argNull("predicate");
    return new $PipeQuery(s, $WhereIterator, predicate);
  },
  WhereIndexed(source, predicate) {
    const s = $linqSource(source);
    return $query(function* () { let i = 0; for (const x of s) if (predicate(x, i++)) yield x; });
  },
  Select(source, selector) {
    const s = $linqSource(source);
    if (!selector) throw $argNull("selector");
    return new $PipeQuery(s, $SelectIterator, selector);
  },
  SelectIndexed(source, selector) {
    const s = $linqSource(source);
    return $query(function* () { let i = 0; for (const x of s) yield selector(x, i++); });
  },
  SelectMany(source, collectionSelector, resultSelector) {
    const s = $linqSource(source);
    return $query(function* () {
      for (const x of s) {
        for (const y of $linqSource(collectionSelector(x), "collection")) yield resultSelector ? resultSelector(x, y) : y;
      }
    });
  },
  SelectManyIndexed(source, collectionSelector, resultSelector) {
    const s = $linqSource(source);
    return $query(function* () {
      let i = 0;
      for (const x of s) {
        for (const y of $linqSource(collectionSelector(x, i++), "collection")) yield resultSelector ? resultSelector(x, y) : y;
      }
    });
  },
  Any(source, predicate) {
    const s = $linqSource(source);
    if (!predicate) {
      const n = $knownCount(s);
      if (n >= 0) return n > 0;
      for (const _ of s) return true;
      return false;
    }
    for (const x of s) if (predicate(x)) return true;
    return false;
  },
  All(source, predicate) {
    const s = $linqSource(source);
    for (const x of s) if (!predicate(x)) return false;
    return true;
  },
  Count(source, predicate) {
    const s = $linqSource(source);
    if (!predicate) {
      const n = $knownCount(s);
      if (n >= 0) return n;
    }
    let n = 0;
    for (const x of s) if (!predicate || predicate(x)) n++;
    return n;
  },
  LongCount(source, predicate) { return BigInt($Enumerable.Count(source, predicate)); },
  TryGetNonEnumeratedCount(source, count) {
    const n = $knownCount($linqSource(source));
    $setOut(count, n >= 0 ? n : 0);
    return n >= 0;
  },
  First(source, predicate) {
    const s = $linqSource(source);
    for (const x of s) if (!predicate || predicate(x)) return x;
    throw predicate ? $noMatch() : $noElements();
  },
  FirstOrDefault(source, predicate, dflt = null) {
    const s = $linqSource(source);
    for (const x of s) if (!predicate || predicate(x)) return x;
    return dflt;
  },
  Last(source, predicate) {
    const s = $linqSource(source);
    let found = false, last;
    for (const x of s) if (!predicate || predicate(x)) { found = true; last = x; }
    if (!found) throw predicate ? $noMatch() : $noElements();
    return last;
  },
  LastOrDefault(source, predicate, dflt = null) {
    const s = $linqSource(source);
    let last = dflt;
    for (const x of s) if (!predicate || predicate(x)) last = x;
    return last;
  },
  Single(source, predicate) {
    const s = $linqSource(source);
    let found = false, one;
    for (const x of s) {
      if (predicate && !predicate(x)) continue;
      if (found) throw new $InvalidOperationException(predicate ? "Sequence contains more than one matching element" : "Sequence contains more than one element");
      found = true; one = x;
    }
    if (!found) throw predicate ? $noMatch() : $noElements();
    return one;
  },
  SingleOrDefault(source, predicate, dflt = null) {
    const s = $linqSource(source);
    let found = false, one = dflt;
    for (const x of s) {
      if (predicate && !predicate(x)) continue;
      if (found) throw new $InvalidOperationException(predicate ? "Sequence contains more than one matching element" : "Sequence contains more than one element");
      found = true; one = x;
    }
    return one;
  },
  ElementAt(source, index) {
    const s = $linqSource(source);
    const a = $indexable(s);
    if (a) {
      if (!(index >= 0 && index < a.length)) throw $argOutOfRange("index", $indexRangeMessage);
      return a[index];
    }
    if (index >= 0) { let i = 0; for (const x of s) if (i++ === index) return x; }
    throw new $ArgumentOutOfRangeException(null, null, "index");
  },
  ElementAtOrDefault(source, index, dflt = null) {
    const s = $linqSource(source);
    if (index < 0) return dflt;
    let i = 0;
    for (const x of s) if (i++ === index) return x;
    return dflt;
  },
  DefaultIfEmpty(source, dflt = null) {
    const s = $linqSource(source);
    return $query(function* () { let any = false; for (const x of s) { any = true; yield x; } if (!any) yield dflt; });
  },
  Contains(source, value, comparer) {
    const s = $linqSource(source);
    const c = $eqComparer(comparer);
    if (!comparer && typeof s.Contains === "function" && !(s instanceof $Query)) return s.Contains(value);
    // An array's ICollection<T>.Contains searches a span, which asks the value, not the element: value.Equals(x).
    if (!comparer && $isArray(s)) { for (const x of s) if (c.Equals(value, x)) return true; return false; }
    for (const x of s) if (c.Equals(x, value)) return true;
    return false;
  },
  SequenceEqual(first, second, comparer) {
    const c = $eqComparer(comparer);
    const a = $linqSource(first, "first")[Symbol.iterator]();
    try {
      const b = $linqSource(second, "second")[Symbol.iterator]();
      try {
        // as .NET: advance the first, then the second; both enumerators are disposed (second first)
        for (;;) {
          const x = a.next();
          if (x.done) return b.next().done === true;
          const y = b.next();
          if (y.done || !c.Equals(x.value, y.value)) return false;
        }
      } finally { b.return?.(); }
    } finally { a.return?.(); }
  },
  Skip(source, count) {
    const s = $linqSource(source);
    return $query(function* () { let i = 0; for (const x of s) if (i++ >= count) yield x; });
  },
  Take(source, count) {
    const s = $linqSource(source);
    return $query(function* () {
      if (count <= 0) return;
      let i = 0;
      for (const x of s) { yield x; if (++i >= count) return; }
    });
  },
  SkipWhile(source, predicate) {
    const s = $linqSource(source);
    return $query(function* () { let skipping = true; for (const x of s) { if (skipping && predicate(x)) continue; skipping = false; yield x; } });
  },
  SkipWhileIndexed(source, predicate) {
    const s = $linqSource(source);
    return $query(function* () { let skipping = true, i = 0; for (const x of s) { if (skipping && predicate(x, i++)) continue; skipping = false; yield x; } });
  },
  TakeWhile(source, predicate) {
    const s = $linqSource(source);
    return $query(function* () { for (const x of s) { if (!predicate(x)) return; yield x; } });
  },
  TakeWhileIndexed(source, predicate) {
    const s = $linqSource(source);
    return $query(function* () { let i = 0; for (const x of s) { if (!predicate(x, i++)) return; yield x; } });
  },
  SkipLast(source, count) {
    const s = $linqSource(source);
    return $query(function* () { const a = Array.from(s); yield* a.slice(0, Math.max(0, a.length - Math.max(0, count))); });
  },
  TakeLast(source, count) {
    const s = $linqSource(source);
    return $query(function* () { if (count <= 0) return; const a = Array.from(s); yield* a.slice(Math.max(0, a.length - count)); });
  },
  Reverse(source) {
    const s = $linqSource(source);
    return $query(function* () { const a = Array.from(s); for (let i = a.length - 1; i >= 0; i--) yield a[i]; });
  },
  Concat(first, second) {
    const a = $linqSource(first, "first"), b = $linqSource(second, "second");
    return $query(function* () { yield* a; yield* b; });
  },
  Append(source, element) {
    const s = $linqSource(source);
    return $query(function* () { yield* s; yield element; });
  },
  Prepend(source, element) {
    const s = $linqSource(source);
    return $query(function* () { yield element; yield* s; });
  },
  /** Zip(first, second[, resultSelector]); without a selector it makes (First, Second) tuples
   *  (firstType, secondType: the element types, for $tupleSlot). */
  Zip(first, second, resultSelector, firstType, secondType) {
    const a = $linqSource(first, "first"), b = $linqSource(second, "second");
    return $query(function* () {
      const ia = a[Symbol.iterator](), ib = b[Symbol.iterator]();
      try {
        for (;;) {
          const x = ia.next(); if (x.done) return;
          const y = ib.next(); if (y.done) return;
          yield resultSelector ? resultSelector(x.value, y.value) : new $ValueTuple($tupleSlot(x.value, firstType), $tupleSlot(y.value, secondType));
        }
      } finally { ib.return?.(); ia.return?.(); } // .NET disposes the second enumerator first
    });
  },
  /** Zip(first, second, third): (First, Second, Third) tuples, as long as the shortest. */
  Zip3(first, second, third, firstType, secondType, thirdType) {
    const a = $linqSource(first, "first"), b = $linqSource(second, "second"), c = $linqSource(third, "third");
    return $query(function* () {
      const ia = a[Symbol.iterator](), ib = b[Symbol.iterator](), ic = c[Symbol.iterator]();
      try {
        for (;;) {
          const x = ia.next(); if (x.done) return;
          const y = ib.next(); if (y.done) return;
          const z = ic.next(); if (z.done) return;
          yield new $ValueTuple($tupleSlot(x.value, firstType), $tupleSlot(y.value, secondType), $tupleSlot(z.value, thirdType));
        }
      } finally { ic.return?.(); ib.return?.(); ia.return?.(); }
    });
  },
  Chunk(source, size) {
    const s = $linqSource(source);
    if (size < 1) throw $argOutOfRange("size");
    return $query(function* () {
      let chunk = [];
      for (const x of s) { chunk.push(x); if (chunk.length === size) { yield chunk; chunk = []; } }
      if (chunk.length > 0) yield chunk;
    });
  },
  Distinct(source, comparer) { return $Enumerable.DistinctBy(source, x => x, comparer); },
  DistinctBy(source, keySelector, comparer) {
    const s = $linqSource(source);
    return $query(function* () { const seen = new $HashSet(comparer); for (const x of s) if (seen.Add(keySelector(x))) yield x; });
  },
  Union(first, second, comparer) { return $Enumerable.UnionBy(first, second, x => x, comparer); },
  UnionBy(first, second, keySelector, comparer) {
    const a = $linqSource(first, "first"), b = $linqSource(second, "second");
    return $query(function* () {
      const seen = new $HashSet(comparer);
      for (const x of a) if (seen.Add(keySelector(x))) yield x;
      for (const x of b) if (seen.Add(keySelector(x))) yield x;
    });
  },
  Intersect(first, second, comparer) { return $Enumerable.IntersectBy(first, second, x => x, comparer); },
  IntersectBy(first, second, keySelector, comparer) {
    const a = $linqSource(first, "first"), b = $linqSource(second, "second");
    return $query(function* () {
      const keys = $HashSet.$from(b, comparer);
      for (const x of a) if (keys.Remove(keySelector(x))) yield x;
    });
  },
  Except(first, second, comparer) { return $Enumerable.ExceptBy(first, second, x => x, comparer); },
  ExceptBy(first, second, keySelector, comparer) {
    const a = $linqSource(first, "first"), b = $linqSource(second, "second");
    return $query(function* () {
      const keys = $HashSet.$from(b, comparer);
      for (const x of a) if (keys.Add(keySelector(x))) yield x;
    });
  },
  ToList(source) { return new $List($copyStructs(Array.from($linqSource(source)))); },
  ToArray(source) { return $copyStructs(Array.from($linqSource(source))); },
  ToHashSet(source, comparer) { return $HashSet.$from($linqSource(source), comparer); },
  /** ToDictionary(source, keySelector[, elementSelector][, comparer]) */
  ToDictionary(source, keySelector, elementSelector, comparer) {
    const s = $linqSource(source);
    const d = new $Dictionary(comparer);
    for (const x of s) d.Add(keySelector(x), elementSelector ? elementSelector(x) : x);
    return d;
  },
  /** ToDictionary() on a sequence of KeyValuePairs or of (key, value) tuples. */
  ToDictionaryFromPairs(source, comparer, tuples) {
    const d = new $Dictionary(comparer);
    for (const p of $linqSource(source)) d.Add(tuples ? p.Item1 : p.Key, tuples ? p.Item2 : p.Value);
    return d;
  },
});
