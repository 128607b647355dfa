// LINQ joins and keyed aggregation: Join, GroupJoin, LeftJoin, RightJoin (.NET 10), CountBy,
// AggregateBy and Index (.NET 9). All lazy, all in .NET's output order.
import { $argNull } from "./exceptions.mjs";
import { $KeyValuePair } from "./collections.mjs";
import { $Dictionary } from "./hashing.mjs";
import { $linqOrdering } from "./linq-order.mjs";
import { $ValueTuple, $tupleSlot } from "./tuples.mjs";

class $JoinQuery {
  constructor(generator) { this.$generator = generator; }
  [Symbol.iterator]() { return this.$generator(); }
}
function $joinSource(s, name) {
  if (s === null || s === undefined) throw $argNull(name);
  return typeof s === "string" ? Array.from(s, c => c.charCodeAt(0)) : s;
}
function $matches(lookup, key) { return key === null || key === undefined ? [] : lookup.get_Item(key); }

export const $linqJoins = {
  /** Join(outer, inner, outerKeySelector, innerKeySelector, resultSelector[, comparer]) */
  Join(outer, inner, outerKey, innerKey, resultSelector, comparer) {
    const o = $joinSource(outer, "outer"), i = $joinSource(inner, "inner");
    return new $JoinQuery(function* () {
      const lookup = $linqOrdering.ToLookup(i, innerKey, null, comparer);
      for (const x of o) for (const y of $matches(lookup, outerKey(x))) yield resultSelector(x, y);
    });
  },
  GroupJoin(outer, inner, outerKey, innerKey, resultSelector, comparer) {
    const o = $joinSource(outer, "outer"), i = $joinSource(inner, "inner");
    return new $JoinQuery(function* () {
      const lookup = $linqOrdering.ToLookup(i, innerKey, null, comparer);
      for (const x of o) yield resultSelector(x, lookup.get_Item(outerKey(x)));
    });
  },
  /** LeftJoin: every outer element, with default(TInner) where nothing matches. */
  LeftJoin(outer, inner, outerKey, innerKey, resultSelector, comparer, innerDefault = null) {
    const o = $joinSource(outer, "outer"), i = $joinSource(inner, "inner");
    return new $JoinQuery(function* () {
      const lookup = $linqOrdering.ToLookup(i, innerKey, null, comparer);
      for (const x of o) {
        const ys = $matches(lookup, outerKey(x));
        if (ys.Count === 0 || ys.length === 0) yield resultSelector(x, innerDefault);
        else for (const y of ys) yield resultSelector(x, y);
      }
    });
  },
  /** RightJoin: every inner element, with default(TOuter) where nothing matches. */
  RightJoin(outer, inner, outerKey, innerKey, resultSelector, comparer, outerDefault = null) {
    const o = $joinSource(outer, "outer"), i = $joinSource(inner, "inner");
    return new $JoinQuery(function* () {
      const lookup = $linqOrdering.ToLookup(o, outerKey, null, comparer);
      for (const y of i) {
        const xs = $matches(lookup, innerKey(y));
        if (xs.Count === 0 || xs.length === 0) yield resultSelector(outerDefault, y);
        else for (const x of xs) yield resultSelector(x, y);
      }
    });
  },
  /** CountBy: KeyValuePair(key, count) per distinct key, in first-appearance order. */
  CountBy(source, keySelector, comparer) {
    return $linqJoins.AggregateBy(source, keySelector, null, (n) => n + 1, comparer, 0);
  },
  /** AggregateBy(source, keySelector, seed | seedSelector, func[, comparer]) → KeyValuePairs. */
  AggregateBy(source, keySelector, seedSelector, func, comparer, seed) {
    const s = $joinSource(source, "source");
    return new $JoinQuery(function* () {
      const acc = new $Dictionary(comparer);
      for (const x of s) {
        const k = keySelector(x);
        const slot = acc.$find(k);
        const current = slot >= 0 ? acc.$vals[slot] : seedSelector ? seedSelector(k) : seed;
        acc.set_Item(k, func(current, x));
      }
      for (const kv of acc) yield new $KeyValuePair(kv.Key, kv.Value);
    });
  },
  /** Index: (Index, Item) tuples. */
  Index(source, elementType) {
    const s = $joinSource(source, "source");
    return new $JoinQuery(function* () { let i = 0; for (const x of s) yield new $ValueTuple(i++, $tupleSlot(x, elementType)); });
  },
};
