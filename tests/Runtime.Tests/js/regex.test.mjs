// Regex: .NET patterns and replacement syntax on JS, with expectations taken from .NET 10.
import { test } from "node:test";
import assert from "node:assert/strict";
import { $Regex } from "../../../compiler/Runtime/regex.mjs";

const fails = (f) => { try { f(); } catch (e) { return `${e.constructor.$fullName}`; } return "no throw"; };

test("groups are numbered as .NET numbers them: unnamed first, then named", () => {
  const m = $Regex.Match("x=1, y=22", "(?<k>\\w)=(\\d+)");
  const g = m.Groups;
  assert.equal(`${g.Count} ${g.get_Item(0).Name} ${g.get_Item(1).Name} ${g.get_Item(2).Name} ${g.get_Item(1).Value} ${g.get_Item(2).Value} ${g.get_Item("k").Index}`, "3 0 1 k 1 x 0");
  const r = new $Regex("(?<y>\\d{4})-(?<m>\\d\\d)|(x)");
  assert.equal(r.GetGroupNames().join(","), "0,1,y,m");
  assert.equal($Regex.Match("2024-05", "(?<y>\\d{4})-(?<m>\\d\\d)").Groups.get_Item("m").Value, "05");
});

test("a group that did not take part fails with an empty value", () => {
  const g = $Regex.Match("ab", "(a)|(b)").Groups.get_Item(2);
  assert.equal(g.Success, false);
  assert.equal(g.Value, "");
  const none = $Regex.Match("abc", "z");
  assert.equal(`${none.Success} ${none.Value.length} ${none.Index}`, "false 0 0");
});

test("split includes captures and handles empty matches like .NET", () => {
  assert.equal($Regex.Split("a1b22c", "(\\d)+").join("|"), "a|1|b|2|c");
  assert.equal($Regex.Split("abc", "").join("|"), "|a|b|c|");
  assert.equal($Regex.Split("a,b,,c", ",").join("|"), "a|b||c");
});

test("replacement patterns expand $1, ${name}, $$, $&, $_ and $+, and leave unknown groups literal", () => {
  assert.equal($Regex.Replace("hello world", "(?<w>\\w+)", "[${w}|$1|$0|$$|$&|$10|${zz}|$+|$_]"),
    "[hello|hello|hello|$|hello|$10|${zz}|hello|hello world] [world|world|world|$|world|$10|${zz}|world|hello world]");
  assert.equal($Regex.Replace("abc", "", "-"), "-a-b-c-");
  assert.equal($Regex.Replace("a-b-c", "-", m => `${m.Index}`), "a1b3c");
  assert.equal(new $Regex("\\d").Replace("1a2b3c", "#", 2), "#a#b3c");
});

test("anchors and dot follow .NET: $ before a final newline, ^/$ at \\n only in Multiline, . excludes only \\n", () => {
  assert.equal($Regex.Replace("line1\nline2\n", "$", "!"), "line1\nline2!\n!");
  assert.equal($Regex.Replace("line1\nline2\n", "$", "!", 2), "line1!\nline2!\n!");
  assert.equal($Regex.Replace("line1\r\nline2", "^", ">", 2), ">line1\r\n>line2");
  assert.equal($Regex.Match("a\nb", "a.b").Success, false);
  assert.equal($Regex.Match("a\rb", "a.b").Success, true);
  assert.equal($Regex.Match("a\nb", "a.b", 16).Success, true);
  assert.equal(`${$Regex.Match("end\n", "end\\Z").Success} ${$Regex.Match("end\n", "end\\z").Success} ${$Regex.Match("x\nend", "\\Aend", 2).Success}`, "true false false");
});

test("inline options apply to their scope", () => {
  assert.equal(`${$Regex.IsMatch("ABC", "(?i)abc")} ${$Regex.IsMatch("ABC", "a(?i)bc")} ${$Regex.IsMatch("aBC", "a(?i:bc)")}`, "true false true");
  assert.equal($Regex.IsMatch("ABC", "abc", 1), true);
  assert.equal(`${$Regex.Match("ab  cd", "b \\s+ c", 32).Success} ${$Regex.Match("ab  cd", "b\\ \\ c # comment", 32).Success}`, "true true");
  assert.equal($Regex.Match("ab", "(a)(?<n>b)", 4).Groups.Count, 2);
});

test("atomic groups do not give back what they matched", () => {
  assert.equal(`${$Regex.Match("aaab", "(?>a+)b").Success} ${$Regex.Match("aaa", "(?>a+)a").Success}`, "true false");
  assert.equal($Regex.Match("aaab", "(?>a+)(b)").Groups.get_Item(1).Value, "b");
});

test("matches and NextMatch step over empty matches as .NET does", () => {
  const mm = $Regex.Matches("aaa", "a*?");
  assert.equal(`${mm.Count} ${Array.from(mm).map(x => `${x.Index}:${x.Length}`).join(",")}`, "4 0:0,1:0,2:0,3:0");
  assert.equal($Regex.Match("aXbXc", "X").NextMatch().Index, 3);
  assert.equal($Regex.Match("foo123", "\\d+").NextMatch().Success, false);
});

test("escape and unescape match .NET", () => {
  assert.equal($Regex.Escape("a b\t\n\r\f.*+?|{}[]()^$#\\-/"), "a\\ b\\t\\n\\r\\f\\.\\*\\+\\?\\|\\{}\\[]\\(\\)\\^\\$\\#\\\\-/");
  assert.equal($Regex.Unescape("a\\.b\\tc\\\\d"), "a.b\tc\\d");
});

test("patterns JS cannot express are errors, not silently different", () => {
  assert.equal(fails(() => new $Regex("\\p{IsGreek}")), "System.NotSupportedException");
  assert.equal(fails(() => new $Regex("[a-z-[aeiou]]")), "System.NotSupportedException");
  assert.equal(fails(() => new $Regex("(")), "System.Text.RegularExpressions.RegexParseException");
});

test("\\w, \\d, \\b and \\p{..} are Unicode-aware as in .NET, ASCII under RegexOptions.ECMAScript", () => {
  assert.equal(`${$Regex.IsMatch("über", "^\\w+$")} ${$Regex.IsMatch("a b", "^\\w+$")} ${$Regex.IsMatch("\u0663", "^\\d$")} ${$Regex.IsMatch("x", "^\\d$")}`, "true false true false");
  assert.equal($Regex.Replace("héllo wörld", "\\b", "|"), "|héllo| |wörld|");
  assert.equal(`${$Regex.IsMatch("Ω", "\\p{Lu}")} ${$Regex.IsMatch("ω", "[\\p{Lu}]")} ${$Regex.IsMatch("é", "[\\w-]")} ${$Regex.IsMatch("é", "\\P{L}")}`, "true false true false");
  assert.equal($Regex.IsMatch("über", "^\\w+$", 256), false);
});
