// ValueTuple equality, ordering and printing, with expectations taken from .NET 10.
import { test } from "node:test";
import assert from "node:assert/strict";
import { $ValueTuple } from "../../../compiler/Runtime/tuples.mjs";

test("tuples compare by value and print like .NET", () => {
  assert.equal(new $ValueTuple(1, 2).Equals(new $ValueTuple(1, 2)), true);
  assert.equal(new $ValueTuple(1, "a").Equals(new $ValueTuple(1, "b")), false);
  assert.equal(new $ValueTuple(1, 2).GetHashCode(), new $ValueTuple(1, 2).GetHashCode());
  assert.equal(`${new $ValueTuple(1, 2, 3, 4, 5, 6, 7, 8, 9)}`, "(1, 2, 3, 4, 5, 6, 7, 8, 9)");
  assert.equal(`${new $ValueTuple(1, "a", 2.5, true, null)}`, "(1, a, 2.5, True, )");
  assert.equal(new $ValueTuple(1, 2).CompareTo(new $ValueTuple(1, 3)), -1);
  const t = new $ValueTuple(1, 2), c = t.$clone();
  c.Item1 = 9;
  assert.equal(t.Item1, 1);
});
