// Enum names, [Flags] formatting and parsing, with expectations taken from .NET 10.
import { test } from "node:test";
import assert from "node:assert/strict";
import { $enumType, $flagsEnumType, $enumToString, $enumFormat, $enumParse, $enumTryParse, $enumGetValues, $enumGetNames, $enumIsDefined, $enumGetName, $hasFlag } from "../../../compiler/Runtime/enums.mjs";

const P = $flagsEnumType("P", "P", [["None", 0], ["Read", 1], ["Write", 2], ["ReadWrite", 3], ["Exec", 4], ["All", 7]], true);
const Q = $flagsEnumType("Q", "Q", [["A", 1], ["B", 2], ["C", 8]], true);
const Color = $enumType("Color", "Color", [["Red", 0], ["Green", 5], ["Blue", 6], ["Dup", 5]], false);
const fails = (f) => { try { f(); } catch (e) { return `${e.constructor.$fullName}: ${e.Message}`; } return "no throw"; };

test("flags values print as .NET combines them", () => {
  assert.equal([0, 5, 3, 7, 8, 9].map(v => $enumToString(P, v)).join("|"), "None|Read, Exec|ReadWrite|All|8|9");
  assert.equal([0, 3, 4, 11, 15].map(v => $enumToString(Q, v)).join("|"), "0|A, B|4|A, B, C|15");
});

test("plain enum values print their name, or the number when undefined", () => {
  assert.equal([5, 6, 7, -1].map(v => $enumToString(Color, v)).join("|"), "Green|Blue|7|-1");
  assert.equal(`${$enumFormat(Color, 6, "D")} ${$enumFormat(Color, 6, "X")} ${$enumFormat(P, 3, "F")} ${$enumFormat(Color, 7, "F")} ${$enumFormat(Color, 5, "G")}`, "6 00000006 ReadWrite 7 Green");
});

test("parsing accepts names, numbers and comma lists, optionally ignoring case", () => {
  assert.equal($enumParse(Color, " green ", true), 5);
  assert.equal($enumParse(Color, "5"), 5);
  assert.equal($enumParse(Color, "Red, Blue"), 6);
  assert.equal($enumToString(P, $enumParse(P, "Read,Exec")), "Read, Exec");
  assert.equal($enumParse(Color, "99"), 99);
  assert.equal(fails(() => $enumParse(Color, "Nope")), "System.ArgumentException: Requested value 'Nope' was not found.");
  assert.equal(fails(() => $enumParse(Color, " ")), "System.ArgumentException: Must specify valid information for parsing in the string. (Parameter 'value')");
  const r = { v: -1 };
  assert.equal($enumTryParse(Color, "green", false, r), false);
  assert.equal(r.v, 0);
  assert.equal($enumTryParse(Color, "green", true, r), true);
  assert.equal(r.v, 5);
});

test("values and names come in .NET's value order", () => {
  assert.deepEqual($enumGetValues(Color), [0, 5, 5, 6]);
  assert.deepEqual($enumGetNames(Color), ["Red", "Green", "Dup", "Blue"]);
  assert.equal(`${$enumIsDefined(Color, 6)} ${$enumGetName(Color, 5)}`, "true Green");
  assert.equal(`${$hasFlag(7, 4)} ${$hasFlag(3, 4)}`, "true false");
});
