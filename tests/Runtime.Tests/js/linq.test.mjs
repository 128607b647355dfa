// LINQ to objects, with expectations taken from .NET 10.
import { test } from "node:test";
import assert from "node:assert/strict";
import { $Enumerable as E } from "../../../compiler/Runtime/linq.mjs";
import { $List } from "../../../compiler/Runtime/collections.mjs";
import { $StringComparer } from "../../../compiler/Runtime/comparers.mjs";

const fails = (f) => { try { f(); } catch (e) { return `${e.constructor.$fullName}: ${e.Message}`; } return "no throw"; };
const words = ["apple", "Bob", "cat", "avocado", "bob", "Cherry"];
const join = (s) => Array.from(s).map(x => `${x}`).join(",");

test("lazy operators run again on each enumeration and only when enumerated", () => {
  let calls = 0;
  const q = E.Select([1, 2, 3], x => { calls++; return x * 2; });
  assert.equal(calls, 0);
  assert.equal(join(q), "2,4,6");
  assert.equal(join(q), "2,4,6");
  assert.equal(calls, 6);
  assert.equal(E.Count(E.Where(new $List([1, 2, 3, 4]), x => x % 2 === 0)), 2);
});

test("element operators throw .NET's InvalidOperationException messages", () => {
  assert.equal(fails(() => E.First([])), "System.InvalidOperationException: Sequence contains no elements");
  assert.equal(fails(() => E.First([1, 2, 3], x => x > 10)), "System.InvalidOperationException: Sequence contains no matching element");
  assert.equal(fails(() => E.Last([], null)), "System.InvalidOperationException: Sequence contains no elements");
  assert.equal(fails(() => E.Single([1, 2])), "System.InvalidOperationException: Sequence contains more than one element");
  assert.equal(fails(() => E.Single([1, 2, 3], x => x > 1)), "System.InvalidOperationException: Sequence contains more than one matching element");
  assert.equal(fails(() => E.MinNumber([], null, false)), "System.InvalidOperationException: Sequence contains no elements");
  assert.equal(fails(() => E.AverageNumber([], null, false, false)), "System.InvalidOperationException: Sequence contains no elements");
  assert.equal(fails(() => E.Aggregate([], false, null, (a, b) => a + b)), "System.InvalidOperationException: Sequence contains no elements");
  assert.equal(fails(() => E.ElementAt(new $List([1, 2, 3]), 10)), "System.ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')");
  assert.equal(fails(() => E.ElementAt(E.Select([1], x => x), 10)), "System.ArgumentOutOfRangeException: Specified argument was out of the range of valid values. (Parameter 'index')");
  assert.equal(fails(() => E.SumInt32([2147483647, 1])), "System.OverflowException: Arithmetic operation resulted in an overflow.");
  assert.equal(fails(() => E.Range(0, -1)), "System.ArgumentOutOfRangeException: Specified argument was out of the range of valid values. (Parameter 'count')");
  assert.equal(fails(() => E.ToDictionary([1, 1], x => x)), "System.ArgumentException: An item with the same key has already been added. Key: 1");
});

test("ordering is stable and ThenBy refines it", () => {
  assert.equal(join(E.ThenByDescending(E.OrderBy(words, w => w.length), w => w.charCodeAt(0))), "cat,bob,Bob,apple,Cherry,avocado");
  assert.equal(join(E.OrderBy(words, w => w, $StringComparer.Ordinal)), "Bob,Cherry,apple,avocado,bob,cat");
  assert.equal(join(E.ThenBy(E.OrderByDescending(["b2", "a1", "b1", "a2"], x => x[0]), x => x[1])), "b1,b2,a1,a2");
  assert.equal(join(E.Order([3, 1, 2])), "1,2,3");
});

test("default string ordering is culture-aware as .NET's invariant culture", () => {
  assert.equal(join(E.OrderBy(words, w => w)), "apple,avocado,bob,Bob,cat,Cherry");
});

test("grouping keeps first-appearance order of keys and of elements", () => {
  const groups = E.GroupBy(words, w => w[0].toLowerCase());
  assert.equal(Array.from(groups).map(g => `${g.Key}:${join(g)}:${E.Count(g)}`).join(";"), "a:apple|avocado:2;b:Bob|bob:2;c:cat|Cherry:2".replace(/\|/g, ","));
  const lookup = E.ToLookup(["a1", "b1", "a2"], x => x[0]);
  assert.equal(`${E.Count(lookup.get_Item("a"))} ${E.Count(lookup.get_Item("z"))} ${lookup.Count}`, "2 0 2");
});

test("set operators and distinct follow .NET's order and comparers", () => {
  assert.equal(join(E.Distinct(words, $StringComparer.OrdinalIgnoreCase)), "apple,Bob,cat,avocado,Cherry");
  assert.equal(join(E.Union([1, 2, 2, 3], [3, 4])), "1,2,3,4");
  assert.equal(join(E.Intersect([1, 2, 2, 3], [3, 2, 9])), "2,3");
  assert.equal(E.Count(E.Except([1, 2, 3], [2])), 2);
  assert.equal(E.SequenceEqual([1, 2], new $List([1, 2])), true);
  assert.equal(join(E.Distinct("hello")), "104,101,108,111");
  assert.equal(E.Count("hello", c => c === 108), 2);
});

test("partitioning, projection and combination operators", () => {
  assert.equal(join(E.Select(E.Chunk(E.Range(1, 10), 3), c => E.SumInt32(c))), "6,15,24,10");
  assert.equal(join(E.Zip(E.Range(1, 5), ["a", "b", "c"])), "(1, a),(2, b),(3, c)");
  assert.equal(join(E.Reverse(E.TakeWhile(E.SkipWhile([1, 2, 3, 4, 5, 6], x => x < 3), x => x < 6))), "5,4,3");
  assert.equal(join(E.SelectIndexed([1, 2, 3], (x, i) => x * i)), "0,2,6");
  assert.equal(join(E.WhereIndexed([5, 6, 7], (x, i) => i !== 1)), "5,7");
  assert.equal(join(E.SelectMany(["a b", "c"], x => x.split(" "), null)), "a,b,c");
  assert.equal(join(E.TakeLast([1, 2, 3, 4, 5], 2)) + " " + join(E.SkipLast([1, 2, 3, 4, 5], 2)), "4,5 1,2,3");
  assert.equal(E.ElementAtOrDefault([4, 5], 9, 0), 0);
  assert.equal(join(E.DefaultIfEmpty([], 7)), "7");
  assert.equal(join(E.Append(E.Prepend([1, 2, 3], 0), 4)), "0,1,2,3,4");
  assert.equal(E.LastOrDefault([5, 6], x => x > 9, 0), 0);
  assert.equal(join(E.Join([[1, "x"], [2, "y"]], [[1, "p"], [1, "q"], [3, "r"]], a => a[0], b => b[0], (a, b) => a[1] + b[1])), "xp,xq");
  assert.equal(join(E.GroupJoin([1, 2], [1, 1, 3], a => a, b => b, (a, bs) => `${a}:${E.Count(bs)}`)), "1:2,2:0");
  assert.equal(join(E.Repeat("ab", 3)) + " " + E.Last(E.Range(5, 3)) + " " + E.Any(E.Empty()), "ab,ab,ab 7 false");
});

test("aggregates follow .NET's NaN, null and overflow rules", () => {
  assert.equal(`${E.MaxFloat([1, NaN, 3], null, false)} ${E.MinFloat([1, NaN, 3], null, false)} ${E.MaxFloat([NaN], null, false)}`, "3 NaN NaN");
  assert.equal(E.MaxNumber([], null, true), null);
  assert.equal(E.Max([], null, null), null);
  assert.equal(E.AverageNumber([1, 2, 3, 4], null, false, false), 2.5);
  assert.equal(E.MaxBy(["bb", "a", "ccc"], x => x.length, null, null), "ccc");
  assert.equal(E.Aggregate([1, 2, 3], false, null, (a, b) => a * b), 6);
  assert.equal(E.Aggregate([1, 2, 3], true, 10, (a, b) => a + b, a => a * 2), 32);
  assert.equal(E.SumInt64([1n, 2n]), 3n);
  assert.equal(E.SumDouble([0.1, 0.2]), 0.30000000000000004);
  assert.equal(E.SumInt32([1, null, 3]), 4);
  assert.equal(E.AverageNumber([null], null, true, false), null);
  assert.equal(E.ToDictionary(["x", "yy"], s => s.length, s => s.toUpperCase()).get_Item(2), "YY");
});

test("left/right joins fill in defaults, CountBy/AggregateBy/Index follow .NET's order", () => {
  const people = [["ann", 1], ["bob", 2], ["cid", 9]], depts = [[1, "eng"], [2, "ops"], [2, "sec"], [3, "hr"]];
  assert.equal(join(E.LeftJoin(people, depts, p => p[1], d => d[0], (p, d) => `${p[0]}:${d ? d[1] : "-"}`, null, null)), "ann:eng,bob:ops,bob:sec,cid:-");
  assert.equal(join(E.RightJoin(people, depts, p => p[1], d => d[0], (p, d) => `${p ? p[0] : "-"}:${d[1]}`, null, null)), "ann:eng,bob:ops,bob:sec,-:hr");
  assert.equal(join(E.CountBy("mississippi", c => String.fromCharCode(c), null)), "[m, 1],[i, 4],[s, 4],[p, 2]");
  assert.equal(join(E.AggregateBy([1, 2, 3, 4, 5], x => x % 2, null, (acc, x) => acc + x, null, 0)), "[1, 9],[0, 6]");
  assert.equal(join(E.Index([1, 2, 3])), "(0, 1),(1, 2),(2, 3)");
});
