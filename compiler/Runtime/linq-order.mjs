// LINQ ordering (OrderBy/ThenBy, stable as .NET's) and grouping (GroupBy, ToLookup).
import { $argNull } from "./exceptions.mjs";
import { $Dictionary } from "./hashing.mjs";
import { $comparison } from "./comparers.mjs";
import { $sortFailed } from "./sorting.mjs";

function $orderSource(source) {
  if (source === null || source === undefined) throw $argNull("source");
  if (typeof source === "string") return Array.from(source, c => c.charCodeAt(0));
  return source;
}

/** IOrderedEnumerable: the source plus its sort keys, most significant first. */
export class $OrderedQuery {
  constructor(source, keys) { this.$source = source; this.$keys = keys; }
  [Symbol.iterator]() {
    const items = Array.from(this.$source);
    const keys = this.$keys;
    const computed = keys.map(k => items.map(x => k.selector(x)));
    const idx = items.map((_, i) => i);
    try {
      idx.sort((a, b) => {
        for (let k = 0; k < keys.length; k++) {
          const c = keys[k].compare(computed[k][a], computed[k][b]);
          if (c !== 0) return keys[k].descending ? -c : c;
        }
        return a - b;
      });
    } catch (e) { throw $sortFailed(e); }
    return idx.map(i => items[i])[Symbol.iterator]();
  }
  $then(selector, comparer, descending) {
    return new $OrderedQuery(this.$source, [...this.$keys, { selector, compare: $comparison(comparer), descending }]);
  }
  toString() { return "System.Linq.OrderedEnumerable`2[System.Object,System.Object]"; }
}

/** IGrouping<TKey, TElement>: a key and the elements that share it, in source order. */
export class $Grouping {
  static $name = "Grouping`2";
  static $fullName = "System.Linq.Grouping`2";
  constructor(key) { this.Key = key; this.$a = []; }
  get Count() { return this.$a.length; }
  get_Item(i) { return this.$a[i]; }
  Contains(x) { return this.$a.includes(x); }
  [Symbol.iterator]() { return this.$a[Symbol.iterator](); }
  toString() { return "System.Linq.Grouping`2[System.Object,System.Object]"; }
}

/** ILookup<TKey, TElement>: groupings in order of first appearance; a missing key gives an empty sequence. */
export class $Lookup {
  static $name = "Lookup`2";
  static $fullName = "System.Linq.Lookup`2";
  constructor(comparer) { this.$groups = []; this.$byKey = new $Dictionary(comparer); this.$nullGroup = null; }
  $groupFor(key) {
    if (key === null || key === undefined) {
      if (this.$nullGroup === null) { this.$nullGroup = new $Grouping(null); this.$groups.push(this.$nullGroup); }
      return this.$nullGroup;
    }
    const slot = this.$byKey.$find(key);
    if (slot >= 0) return this.$byKey.$vals[slot];
    const g = new $Grouping(key);
    this.$byKey.Add(key, g);
    this.$groups.push(g);
    return g;
  }
  $get(key) {
    if (key === null || key === undefined) return this.$nullGroup;
    const slot = this.$byKey.$find(key);
    return slot >= 0 ? this.$byKey.$vals[slot] : null;
  }
  get Count() { return this.$groups.length; }
  get_Item(key) { const g = this.$get(key); return g === null ? [] : g; }
  Contains(key) { return this.$get(key) !== null; }
  [Symbol.iterator]() { return this.$groups[Symbol.iterator](); }
  toString() { return "System.Linq.Lookup`2[System.Object,System.Object]"; }
}

function $buildLookup(source, keySelector, elementSelector, comparer) {
  const lookup = new $Lookup(comparer);
  for (const x of $orderSource(source)) lookup.$groupFor(keySelector(x)).$a.push(elementSelector ? elementSelector(x) : x);
  return lookup;
}

export const $linqOrdering = {
  OrderBy(source, keySelector, comparer) {
    return new $OrderedQuery($orderSource(source), [{ selector: keySelector, compare: $comparison(comparer), descending: false }]);
  },
  OrderByDescending(source, keySelector, comparer) {
    return new $OrderedQuery($orderSource(source), [{ selector: keySelector, compare: $comparison(comparer), descending: true }]);
  },
  Order(source, comparer) { return $linqOrdering.OrderBy(source, x => x, comparer); },
  OrderDescending(source, comparer) { return $linqOrdering.OrderByDescending(source, x => x, comparer); },
  ThenBy(source, keySelector, comparer) { return source.$then(keySelector, comparer, false); },
  ThenByDescending(source, keySelector, comparer) { return source.$then(keySelector, comparer, true); },
  /** GroupBy(source, keySelector, elementSelector?, resultSelector?(key, elements), comparer?) */
  GroupBy(source, keySelector, elementSelector, resultSelector, comparer) {
    const s = $orderSource(source);
    return {
      [Symbol.iterator]() {
        const groups = $buildLookup(s, keySelector, elementSelector, comparer).$groups;
        return (resultSelector ? groups.map(g => resultSelector(g.Key, g)) : groups)[Symbol.iterator]();
      },
      toString() { return "System.Linq.GroupedEnumerable`2[System.Object,System.Object]"; },
    };
  },
  ToLookup(source, keySelector, elementSelector, comparer) {
    return $buildLookup(source, keySelector, elementSelector, comparer);
  },
};
