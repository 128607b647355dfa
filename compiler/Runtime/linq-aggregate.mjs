// LINQ's numeric aggregates (Sum, Average, Min, Max, MinBy, MaxBy) and Aggregate, with .NET's
// overflow checks, empty-sequence rules and NaN handling.
import { $OverflowException, $InvalidOperationException, $argNull } from "./exceptions.mjs";
import { $comparison } from "./comparers.mjs";

function $aggSource(source) {
  if (source === null || source === undefined) throw $argNull("source");
  if (typeof source === "string") return Array.from(source, c => c.charCodeAt(0));
  return source;
}
function $aggEmpty() { return new $InvalidOperationException("Sequence contains no elements"); }
function $aggOverflow() { return new $OverflowException("Arithmetic operation resulted in an overflow."); }

/** min/max over numbers (int, long as BigInt, char): nullable → skip nulls, null when empty. */
function $numericExtreme(source, selector, isMax, nullable) {
  let best = null, any = false;
  for (const x of $aggSource(source)) {
    const v = selector ? selector(x) : x;
    if (v === null || v === undefined) continue;
    if (!any || (isMax ? v > best : v < best)) best = v;
    any = true;
  }
  if (!any) { if (nullable) return null; throw $aggEmpty(); }
  return best;
}

/** min/max over double/float: Min returns NaN if any element is NaN; Max ignores NaN unless all are. */
function $floatExtreme(source, selector, isMax, nullable) {
  let best = null, any = false;
  for (const x of $aggSource(source)) {
    const v = selector ? selector(x) : x;
    if (v === null || v === undefined) continue;
    if (!any) { best = v; any = true; if (!isMax && Number.isNaN(v)) return v; continue; }
    if (isMax) { if (v > best || Number.isNaN(best)) best = v; }
    else if (Number.isNaN(v)) return v;
    else if (v < best) best = v;
  }
  if (!any) { if (nullable) return null; throw $aggEmpty(); }
  return best;
}

/** Min<T>/Max<T>: dflt is default(T); where that is null (classes, nullables) nulls are skipped and
 *  an empty sequence gives null, otherwise an empty sequence throws, as .NET does. */
function $genericExtreme(source, selector, isMax, dflt, comparer) {
  const cmp = $comparison(comparer);
  const nullable = dflt === null || dflt === undefined;
  let best = null, any = false;
  for (const x of $aggSource(source)) {
    const v = selector ? selector(x) : x;
    if (nullable && (v === null || v === undefined)) continue;
    if (!any) { best = v; any = true; continue; }
    const c = cmp(v, best);
    if (isMax ? c > 0 : c < 0) best = v;
  }
  if (!any) { if (nullable) return null; throw $aggEmpty(); }
  return best;
}

function $extremeBy(source, keySelector, isMax, comparer, dflt) {
  const cmp = $comparison(comparer);
  const nullable = dflt === null || dflt === undefined;
  let best = null, bestKey = null, any = false;
  for (const x of $aggSource(source)) {
    const k = keySelector(x);
    if (!any) { best = x; bestKey = k; any = true; continue; }
    if (k === null || k === undefined) continue;
    if (bestKey === null || bestKey === undefined) { best = x; bestKey = k; continue; }
    const c = cmp(k, bestKey);
    if (isMax ? c > 0 : c < 0) { best = x; bestKey = k; }
  }
  if (!any) { if (nullable) return null; throw $aggEmpty(); }
  return best;
}

export const $linqAggregates = {
  /** Sum of int (checked, as .NET's Sum is). */
  SumInt32(source, selector) {
    let sum = 0;
    for (const x of $aggSource(source)) {
      const v = selector ? selector(x) : x;
      if (v === null || v === undefined) continue;
      sum += v;
      if (sum > 2147483647 || sum < -2147483648) throw $aggOverflow();
    }
    return sum;
  },
  SumInt64(source, selector) {
    let sum = 0n;
    for (const x of $aggSource(source)) {
      const v = selector ? selector(x) : x;
      if (v === null || v === undefined) continue;
      sum += v;
      if (sum > 9223372036854775807n || sum < -9223372036854775808n) throw $aggOverflow();
    }
    return sum;
  },
  SumDouble(source, selector) {
    let sum = 0;
    for (const x of $aggSource(source)) {
      const v = selector ? selector(x) : x;
      if (v !== null && v !== undefined) sum += v;
    }
    return sum;
  },
  SumSingle(source, selector) { return Math.fround($linqAggregates.SumDouble(source, selector)); },
  /** Average of int/long/double/float; nullable → null when there is nothing to average. */
  AverageNumber(source, selector, nullable, single) {
    let sum = 0, big = 0n, n = 0, isBig = false;
    for (const x of $aggSource(source)) {
      const v = selector ? selector(x) : x;
      if (v === null || v === undefined) continue;
      if (typeof v === "bigint") { isBig = true; big += v; } else sum += v;
      n++;
    }
    if (n === 0) { if (nullable) return null; throw $aggEmpty(); }
    const avg = isBig ? Number(big) / n : sum / n;
    return single ? Math.fround(avg) : avg;
  },
  MinNumber(source, selector, nullable) { return $numericExtreme(source, selector, false, nullable); },
  MaxNumber(source, selector, nullable) { return $numericExtreme(source, selector, true, nullable); },
  MinFloat(source, selector, nullable) { return $floatExtreme(source, selector, false, nullable); },
  MaxFloat(source, selector, nullable) { return $floatExtreme(source, selector, true, nullable); },
  Min(source, selector, dflt, comparer) { return $genericExtreme(source, selector, false, dflt, comparer); },
  Max(source, selector, dflt, comparer) { return $genericExtreme(source, selector, true, dflt, comparer); },
  MinBy(source, keySelector, comparer, dflt) { return $extremeBy(source, keySelector, false, comparer, dflt); },
  MaxBy(source, keySelector, comparer, dflt) { return $extremeBy(source, keySelector, true, comparer, dflt); },
  /** Aggregate(func) | Aggregate(seed, func[, resultSelector]) — hasSeed tells which. */
  Aggregate(source, hasSeed, seed, func, resultSelector) {
    let acc = seed, any = hasSeed;
    for (const x of $aggSource(source)) {
      if (!any) { acc = x; any = true; continue; }
      acc = func(acc, x);
    }
    if (!any) throw $aggEmpty();
    return resultSelector ? resultSelector(acc) : acc;
  },
};
