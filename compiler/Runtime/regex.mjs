// System.Text.RegularExpressions: Regex, Match, Group, MatchCollection, GroupCollection.
// Patterns are translated once (regex-translate.mjs); matching runs on a JS RegExp with the `d`
// flag so every group knows its index.
import { $ArgumentOutOfRangeException, $argNull } from "./exceptions.mjs";
import { $setOut } from "./collections.mjs";
import { $translateRegex } from "./regex-translate.mjs";
import { $flagsEnumType } from "./enums.mjs";

export const $RegexOptions = $flagsEnumType("RegexOptions", "System.Text.RegularExpressions.RegexOptions", [
  ["None", 0], ["IgnoreCase", 1], ["Multiline", 2], ["ExplicitCapture", 4], ["Compiled", 8], ["Singleline", 16],
  ["IgnorePatternWhitespace", 32], ["RightToLeft", 64], ["ECMAScript", 256], ["CultureInvariant", 512], ["NonBacktracking", 1024],
], true);

export class $Group {
  static $name = "Group";
  static $fullName = "System.Text.RegularExpressions.Group";
  constructor(input, name, index, length, success) {
    this.$input = input; this.Name = name; this.Index = index; this.Length = length; this.Success = success;
  }
  get Value() { return this.Success ? this.$input.substr(this.Index, this.Length) : ""; }
  toString() { return this.Value; }
  ToString() { return this.Value; }
}

export class $Match extends $Group {
  static $name = "Match";
  static $fullName = "System.Text.RegularExpressions.Match";
  constructor(regex, input, exec) {
    super(input, "0", exec ? exec.index : 0, exec ? exec[0].length : 0, !!exec);
    this.$regex = regex; this.$exec = exec;
  }
  static get Empty() { return new $Match(null, "", null); }
  get Groups() {
    if (this.$groups === undefined) this.$groups = new $GroupCollection(this);
    return this.$groups;
  }
  $group(number) {
    const t = this.$regex?.$t;
    if (!this.Success || !t || number < 0 || number >= t.numbers.length) {
      return new $Group(this.$input, t && number >= 0 && number < t.names.length ? t.names[number] : String(number), 0, 0, false);
    }
    const span = this.$exec.indices[t.numbers[number]];
    return span === undefined
      ? new $Group(this.$input, t.names[number], 0, 0, false)
      : new $Group(this.$input, t.names[number], span[0], span[1] - span[0], true);
  }
  /** The next match, searching on from the end of this one (one further after an empty match). */
  NextMatch() {
    if (!this.Success) return this;
    return this.$regex.$matchAt(this.$input, this.Index + this.Length + (this.Length === 0 ? 1 : 0));
  }
  /** Match.Result(replacement): the replacement pattern expanded for this match. */
  Result(replacement) { return this.$regex.$expand(replacement, this); }
}

export class $GroupCollection {
  constructor(match) { this.$match = match; }
  // A failed match is .NET's Match.Empty, which has only group 0.
  get Count() { return this.$match.Success && this.$match.$regex ? this.$match.$regex.$t.numbers.length : 1; }
  /** Groups[int] or Groups[string]; an unknown group is an unsuccessful one, as in .NET. */
  get_Item(key) {
    if (typeof key === "number") return this.$match.$group(key);
    const t = this.$match.$regex?.$t;
    const number = t?.numberOfName.get(key) ?? (/^\d+$/.test(key) ? Number(key) : -1);
    if (number < 0 || !t || number >= t.numbers.length) return new $Group(this.$match.$input, key, 0, 0, false);
    return this.$match.$group(number);
  }
  ContainsKey(key) { return this.$match.$regex.$t.names.includes(key); }
  TryGetValue(key, value) {
    const found = this.ContainsKey(key);
    $setOut(value, found ? this.get_Item(key) : null);
    return found;
  }
  get Keys() { return this.$match.$regex.$t.names.slice(); }
  get Values() { return Array.from(this); }
  *[Symbol.iterator]() { for (let i = 0; i < this.Count; i++) yield this.$match.$group(i); }
}

export class $MatchCollection {
  constructor(matches) { this.$a = matches; }
  get Count() { return this.$a.length; }
  get_Item(i) {
    if (!(i >= 0 && i < this.$a.length)) throw new $ArgumentOutOfRangeException(null, null, "i");
    return this.$a[i];
  }
  [Symbol.iterator]() { return this.$a[Symbol.iterator](); }
}

const $regexCache = new Map();

export class $Regex {
  static $name = "Regex";
  static $fullName = "System.Text.RegularExpressions.Regex";
  constructor(pattern, options = 0) {
    if (pattern === null || pattern === undefined) throw $argNull("pattern");
    this.$pattern = pattern;
    this.$options = options;
    this.$t = $translateRegex(pattern, options);
  }
  /** The regex the static Regex methods use, cached by pattern and options as .NET caches them. */
  static $cached(pattern, options = 0) {
    const key = options + "/" + pattern;
    let r = $regexCache.get(key);
    if (r === undefined) {
      r = new $Regex(pattern, options);
      if ($regexCache.size > 64) $regexCache.clear();
      $regexCache.set(key, r);
    }
    return r;
  }
  get Options() { return this.$options; }
  toString() { return this.$pattern; }
  ToString() { return this.$pattern; }
  $checkInput(input) { if (input === null || input === undefined) throw $argNull("input"); }
  $matchAt(input, startat) {
    if (startat > input.length) return new $Match(this, input, null);
    const re = this.$t.regexp;
    re.lastIndex = startat;
    return new $Match(this, input, re.exec(input));
  }
  $all(input, startat = 0) {
    const out = [];
    let m = this.$matchAt(input, startat);
    while (m.Success) { out.push(m); m = m.NextMatch(); }
    return out;
  }
  IsMatch(input, startat = 0) { this.$checkInput(input); return this.$matchAt(input, startat).Success; }
  Match(input, startat = 0) {
    this.$checkInput(input);
    if (startat < 0 || startat > input.length) throw new $ArgumentOutOfRangeException("Start index cannot be less than 0 or greater than input length.", null, "startat");
    return this.$matchAt(input, startat);
  }
  Matches(input, startat = 0) { this.$checkInput(input); return new $MatchCollection(this.$all(input, startat)); }
  Count(input) { this.$checkInput(input); return this.$all(input).length; }

  /** Expands $1, ${name}, $$, $&, $`, $', $+ and $_ in a replacement pattern, as .NET does. */
  $expand(replacement, m) {
    const t = this.$t;
    let out = "";
    for (let i = 0; i < replacement.length; i++) {
      const c = replacement[i];
      if (c !== "$" || i + 1 >= replacement.length) { out += c; continue; }
      const d = replacement[i + 1];
      if (d === "$") { out += "$"; i++; continue; }
      if (d === "&") { out += m.Value; i++; continue; }
      if (d === "`") { out += m.$input.slice(0, m.Index); i++; continue; }
      if (d === "'") { out += m.$input.slice(m.Index + m.Length); i++; continue; }
      if (d === "_") { out += m.$input; i++; continue; }
      if (d === "+") { out += t.numbers.length > 1 ? m.$group(t.numbers.length - 1).Value : ""; i++; continue; }
      if (d === "{") {
        const end = replacement.indexOf("}", i + 2);
        const name = end < 0 ? "" : replacement.slice(i + 2, end);
        const number = /^\d+$/.test(name) ? Number(name) : t.numberOfName.get(name);
        if (end >= 0 && number !== undefined && number < t.numbers.length) { out += m.$group(number).Value; i = end; continue; }
        out += c;
        continue;
      }
      if (/\d/.test(d)) {
        let j = i + 1;
        while (j < replacement.length && /\d/.test(replacement[j])) j++;
        // All the digits name the group; when there is no such group the text stays literal (.NET).
        const digits = replacement.slice(i + 1, j);
        if (Number(digits) < t.numbers.length) { out += m.$group(Number(digits)).Value; i += digits.length; continue; }
      }
      out += c;
    }
    return out;
  }
  /** Replace(input, replacement | evaluator[, count[, startat]]) */
  Replace(input, replacement, count = -1, startat = 0) {
    this.$checkInput(input);
    if (replacement === null || replacement === undefined) throw $argNull(typeof replacement === "function" ? "evaluator" : "replacement");
    if (count < -1) throw new $ArgumentOutOfRangeException("Count cannot be less than -1.", null, "count");
    if (count === 0) return input;
    let out = "", last = 0, done = 0;
    for (const m of this.$all(input, startat)) {
      out += input.slice(last, m.Index) + (typeof replacement === "function" ? replacement(m) ?? "" : this.$expand(replacement, m));
      last = m.Index + m.Length;
      if (++done === count) break;
    }
    return out + input.slice(last);
  }
  /** Split(input[, count[, startat]]): pieces between matches, with captured groups in between. */
  Split(input, count = 0, startat = 0) {
    this.$checkInput(input);
    if (count < 0) throw new $ArgumentOutOfRangeException("Count cannot be less than -1.", null, "count");
    if (count === 1) return [input];
    const out = [];
    let last = 0, pieces = 1;
    for (const m of this.$all(input, startat)) {
      out.push(input.slice(last, m.Index));
      for (let g = 1; g < this.$t.numbers.length; g++) {
        const group = m.$group(g);
        if (group.Success) out.push(group.Value);
      }
      last = m.Index + m.Length;
      if (count > 0 && ++pieces >= count) break;
    }
    out.push(input.slice(last));
    return out;
  }
  GetGroupNames() { return this.$t.names.slice(); }
  GetGroupNumbers() { return this.$t.names.map((_, i) => i); }
  GroupNameFromNumber(i) { return i >= 0 && i < this.$t.names.length ? this.$t.names[i] : ""; }
  GroupNumberFromName(name) { return this.$t.numberOfName.get(name) ?? (/^\d+$/.test(name) && Number(name) < this.$t.names.length ? Number(name) : -1); }

  static IsMatch(input, pattern, options = 0) { return $Regex.$cached(pattern, options).IsMatch(input); }
  static Match(input, pattern, options = 0) { return $Regex.$cached(pattern, options).Match(input); }
  static Matches(input, pattern, options = 0) { return $Regex.$cached(pattern, options).Matches(input); }
  static Replace(input, pattern, replacement, options = 0) { return $Regex.$cached(pattern, options).Replace(input, replacement); }
  static Split(input, pattern, options = 0) { return $Regex.$cached(pattern, options).Split(input); }
  static Count(input, pattern, options = 0) { return $Regex.$cached(pattern, options).Count(input); }
  static Escape(s) {
    if (s === null || s === undefined) throw $argNull("str");
    return s.replace(/[\\*+?|{[()^$.# \t\n\r\f]/g, c => c === " " ? "\\ " : c === "\t" ? "\\t" : c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "\f" ? "\\f" : "\\" + c);
  }
  static Unescape(s) {
    if (s === null || s === undefined) throw $argNull("str");
    const map = { t: "\t", n: "\n", r: "\r", f: "\f", v: "\v", a: "\x07", e: "\x1B" };
    return s.replace(/\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|[\s\S])/g, (_, e) =>
      e.length > 1 ? String.fromCharCode(parseInt(e.slice(1), 16)) : map[e] ?? e);
  }
}
