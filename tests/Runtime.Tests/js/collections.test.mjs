// List/Dictionary/HashSet/Queue/Stack/Array behaviour, with expectations taken from .NET 10.
import { test } from "node:test";
import assert from "node:assert/strict";
import { $List, $KeyValuePair } from "../../../compiler/Runtime/collections.mjs";
import { $Dictionary, $HashSet } from "../../../compiler/Runtime/hashing.mjs";
import { $Queue, $Stack } from "../../../compiler/Runtime/queues.mjs";
import { $Array } from "../../../compiler/Runtime/arrays.mjs";
import { $StringComparer } from "../../../compiler/Runtime/comparers.mjs";

const fails = (f) => { try { f(); } catch (e) { return `${e.constructor.$fullName}: ${e.Message}`; } return "no throw"; };

test("list indexer out of range throws ArgumentOutOfRangeException with .NET's message", () => {
  const l = new $List([1, 2, 3]);
  const msg = "System.ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')";
  assert.equal(fails(() => l.get_Item(5)), msg);
  assert.equal(fails(() => l.get_Item(-1)), msg);
  assert.equal(fails(() => l.set_Item(3, 1)), msg);
  assert.equal(fails(() => l.RemoveAt(3)), msg);
  assert.equal(fails(() => l.Insert(5, 1)), "System.ArgumentOutOfRangeException: Index must be within the bounds of the List. (Parameter 'index')");
});

test("list range methods validate like .NET", () => {
  const l = new $List([1, 2, 3]);
  assert.equal(fails(() => l.GetRange(1, 5)), "System.ArgumentException: Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
  assert.equal(fails(() => l.GetRange(-1, 1)), "System.ArgumentOutOfRangeException: Non-negative number required. (Parameter 'index')");
  assert.equal(fails(() => l.GetRange(1, -1)), "System.ArgumentOutOfRangeException: Non-negative number required. (Parameter 'count')");
  assert.deepEqual(l.GetRange(1, 2).ToArray(), [2, 3]);
});

test("list changed during foreach throws on the next step", () => {
  const l = new $List([1, 2, 3]);
  assert.equal(fails(() => { for (const x of l) l.Add(x); }), "System.InvalidOperationException: Collection was modified; enumeration operation may not execute.");
  const m = new $List([1, 2, 3]);
  assert.equal(fails(() => { for (const _ of m) m.set_Item(0, 5); }), "System.InvalidOperationException: Collection was modified; enumeration operation may not execute.");
});

test("list members behave as in .NET", () => {
  const l = new $List([5, 1, 4, 1, 3]);
  assert.equal(l.IndexOf(1), 1);
  assert.equal(l.LastIndexOf(1), 3);
  assert.equal(l.RemoveAll(x => x === 1), 2);
  assert.deepEqual([...l], [5, 4, 3]);
  l.InsertRange(1, [7, 8]);
  assert.deepEqual([...l], [5, 7, 8, 4, 3]);
  l.Sort();
  assert.deepEqual([...l], [3, 4, 5, 7, 8]);
  assert.equal(l.BinarySearch(7), 3);
  assert.equal(l.BinarySearch(6), ~3);
  l.Sort((a, b) => b - a);
  assert.deepEqual([...l], [8, 7, 5, 4, 3]);
  l.Reverse(1, 3);
  assert.deepEqual([...l], [8, 4, 5, 7, 3]);
  assert.equal(l.Find(x => x > 100, 0), 0);
  assert.equal(l.FindIndex(x => x === 5), 2);
  assert.deepEqual([...l.FindAll(x => x % 2 === 1)], [5, 7, 3]);
  assert.ok(l.Exists(x => x === 4) && !l.TrueForAll(x => x > 3));
  assert.deepEqual([...l.ConvertAll(x => x * 2)], [16, 8, 10, 14, 6]);
});

test("sort orders equal keys exactly as .NET's introsort does", () => {
  const items = Array.from({ length: 40 }, (_, i) => ({ k: i % 3, v: i }));
  $Array.Sort(items, (a, b) => a.k - b.k);
  assert.equal(items.map(p => p.v).join(" "),
    "0 36 33 30 27 24 21 18 15 12 39 9 3 6 25 37 1 34 31 28 4 10 19 16 13 7 22 14 35 8 2 32 23 29 38 26 20 5 17 11");
});

test("dictionary reports a missing key and a duplicate add with .NET's messages", () => {
  const d = new $Dictionary();
  d.set_Item("a", 1);
  assert.equal(fails(() => d.Add("a", 2)), "System.ArgumentException: An item with the same key has already been added. Key: a");
  assert.equal(fails(() => d.get_Item("zz")), "System.Collections.Generic.KeyNotFoundException: The given key 'zz' was not present in the dictionary.");
  assert.equal(fails(() => d.get_Item(null)), "System.ArgumentNullException: Value cannot be null. (Parameter 'key')");
});

test("dictionary reuses freed slots last-freed-first, as .NET enumerates them", () => {
  const d = new $Dictionary();
  for (const [k, v] of [["a", 1], ["b", 2], ["c", 3]]) d.Add(k, v);
  d.Remove("b");
  d.Remove("a");
  d.set_Item("z", 9);
  d.set_Item("y", 8);
  assert.deepEqual([...d.Keys], ["z", "y", "c"]);
  assert.deepEqual([...d].map(kv => kv.toString()), ["[z, 9]", "[y, 8]", "[c, 3]"]);
});

test("dictionary allows overwrite and remove during enumeration but not add", () => {
  const d = new $Dictionary();
  for (const k of ["a", "b", "c"]) d.Add(k, 0);
  assert.equal(fails(() => { for (const _ of d) d.set_Item("a", 5); }), "no throw");
  assert.equal(fails(() => { for (const _ of d) d.Remove("b"); }), "no throw");
  assert.equal(fails(() => { for (const _ of d) d.set_Item("q", 1); }), "System.InvalidOperationException: Collection was modified; enumeration operation may not execute.");
});

test("dictionary with OrdinalIgnoreCase treats keys case-insensitively and keeps the first spelling", () => {
  const d = new $Dictionary($StringComparer.OrdinalIgnoreCase);
  d.Add("Content-Type", "a");
  d.set_Item("content-type", "b");
  assert.equal(d.Count, 1);
  assert.equal(d.get_Item("CONTENT-TYPE"), "b");
  assert.deepEqual([...d.Keys], ["Content-Type"]);
  const out = { v: null };
  assert.equal(d.TryGetValue("x", out, null), false);
  assert.equal(out.v, null);
  assert.equal(d.TryGetValue("CONTENT-type", out, null), true);
  assert.equal(out.v, "b");
});

test("dictionary keys use the object protocol (Equals/GetHashCode) of user objects", () => {
  class Point { constructor(x, y) { this.x = x; this.y = y; } Equals(o) { return o instanceof Point && o.x === this.x && o.y === this.y; } GetHashCode() { return this.x * 31 + this.y; } }
  const d = new $Dictionary();
  d.Add(new Point(1, 2), "p");
  assert.equal(d.ContainsKey(new Point(1, 2)), true);
  assert.equal(d.ContainsKey(new Point(2, 1)), false);
});

test("hash set reuses slots like .NET and supports the set operations", () => {
  const h = $HashSet.$from([1, 2, 3]);
  h.Remove(1); h.Add(7); h.Add(8);
  assert.deepEqual([...h], [7, 2, 3, 8]);
  const s = $HashSet.$from([1, 2, 3, 4]);
  s.IntersectWith([2, 4, 6]);
  assert.deepEqual([...s], [2, 4]);
  s.UnionWith([5, 2]);
  assert.deepEqual([...s], [2, 5, 4]);
  const sym = $HashSet.$from([1, 2, 3]);
  sym.SymmetricExceptWith([3, 4, 5]);
  assert.deepEqual([...sym], [1, 2, 4, 5]);
  s.ExceptWith([4]);
  assert.deepEqual([...s], [2, 5]);
  assert.ok(s.IsSubsetOf([1, 2, 5]) && s.IsProperSubsetOf([1, 2, 5]) && !s.IsProperSubsetOf([2, 5]) && s.SetEquals([5, 2, 2]));
  assert.ok(s.Overlaps([9, 5]) && !s.Overlaps([9]));
  const ci = new $HashSet($StringComparer.OrdinalIgnoreCase);
  ci.Add("A");
  assert.equal(ci.Add("a"), false);
  assert.equal(ci.Count, 1);
});

test("queue and stack enumerate in .NET order and fail when empty", () => {
  const q = $Queue.$from([1, 2]);
  q.Enqueue(3);
  assert.equal(q.Dequeue(), 1);
  assert.deepEqual([...q], [2, 3]);
  const s = $Stack.$from([1, 2]);
  s.Push(3);
  assert.deepEqual([...s], [3, 2, 1]);
  assert.deepEqual(s.ToArray(), [3, 2, 1]);
  assert.equal(s.Pop(), 3);
  assert.equal(fails(() => new $Queue().Dequeue()), "System.InvalidOperationException: Queue empty.");
  assert.equal(fails(() => new $Stack().Peek()), "System.InvalidOperationException: Stack empty.");
  const r = { v: -1 };
  assert.equal(new $Stack().TryPop(r, 0), false);
  assert.equal(r.v, 0);
});

test("array helpers match System.Array", () => {
  const a = [3, 1, 2];
  $Array.Reverse(a);
  assert.deepEqual(a, [2, 1, 3]);
  assert.equal($Array.IndexOf(a, 1), 1);
  const ref = { v: a };
  $Array.Resize(ref, 5, 0);
  assert.deepEqual(ref.v, [2, 1, 3, 0, 0]);
  const dst = [0, 0, 0, 0];
  $Array.Copy([9, 8, 7], 1, dst, 2, 2);
  assert.deepEqual(dst, [0, 0, 8, 7]);
  assert.equal(fails(() => $Array.Copy([1, 2], [0], 2)), "System.ArgumentException: Destination array was not long enough. Check the destination index, length, and the array's lower bounds. (Parameter 'destinationArray')");
  $Array.Fill(dst, 4);
  assert.deepEqual(dst, [4, 4, 4, 4]);
  $Array.Clear(dst, 1, 2);
  assert.deepEqual(dst, [4, 0, 0, 4]);
  assert.equal($Array.BinarySearch([1, 3, 5], 4), ~2);
  assert.deepEqual($Array.ConvertAll([1, 2], x => `${x}`), ["1", "2"]);
});

test("key value pair prints like .NET", () => {
  assert.equal(new $KeyValuePair("a", 1).toString(), "[a, 1]");
  assert.ok(new $KeyValuePair("a", 1).Equals(new $KeyValuePair("a", 1)));
});

test("list capacity grows as .NET's does", () => {
  const l = new $List();
  const caps = [l.Capacity];
  for (let i = 0; i < 5; i++) { l.Add(i); caps.push(l.Capacity); }
  assert.deepEqual(caps, [0, 4, 4, 4, 4, 8]);
  l.TrimExcess();
  assert.equal(l.Capacity, 5);
  const c = $List.$from([1, 2, 3]);
  c.Add(4);
  assert.equal(c.Capacity, 6);
  assert.equal($List.$withCapacity(100).Capacity, 100);
  assert.deepEqual([...$List.$from("ab")], [97, 98]);
});

test("collections built from a string hold its chars", () => {
  assert.deepEqual([...$Stack.$from("abc")], [99, 98, 97]);
  assert.deepEqual([...$HashSet.$from("abca")], [97, 98, 99]);
});

test("struct elements come out of indexers, enumerators and copies by value", () => {
  class Counter { static $isStruct = true; constructor(v = 0) { this.Value = v; } $clone() { return new Counter(this.Value); } }
  const l = $List.$from([new Counter(5)]);
  l.get_Item(0).Value++;
  assert.equal(l.get_Item(0).Value, 5);
  for (const c of l) c.Value++;
  assert.equal(l.get_Item(0).Value, 5);
  const d = new $Dictionary();
  d.Add("k", new Counter(7));
  d.get_Item("k").Value++;
  assert.equal(d.get_Item("k").Value, 7);
  const arr = [new Counter(1)];
  const copy = $Array.Clone(arr);
  copy[0].Value = 9;
  assert.equal(arr[0].Value, 1);
});
