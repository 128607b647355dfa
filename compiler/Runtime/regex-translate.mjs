// Translates a .NET regular expression into a JS one (no `u`/`v` flag) with the same meaning:
// .NET's `.`, `^`, `$`, \A \z \Z, inline and scoped options (i m n s x), RegexOptions,
// comments, atomic groups (emulated with a lookahead and a backreference) and .NET's group
// numbering (unnamed groups first, then named ones). What JS cannot express is an error.
import { $ArgumentException, $NotSupportedException } from "./exceptions.mjs";
import { $unicodeWordRanges, $unicodeDigitRanges, $decodeRanges, $hexUnit } from "./regex-unicode.mjs";

export class $RegexParseException extends $ArgumentException {
  static $fullName = "System.Text.RegularExpressions.RegexParseException";
}

export const $RegexOptionBits = { IgnoreCase: 1, Multiline: 2, ExplicitCapture: 4, Compiled: 8, Singleline: 16, IgnorePatternWhitespace: 32, RightToLeft: 64, ECMAScript: 256, CultureInvariant: 512, NonBacktracking: 1024 };

function $parseError(pattern, offset, reason) {
  return new $RegexParseException(`Invalid pattern '${pattern}' at offset ${offset}. ${reason}`, null, null);
}
// .NET's \s (outside ECMAScript mode): JS's \s has U+FEFF and lacks U+0085.
const $spaceClass = "\\t-\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000";
// The letters .NET accepts after a backslash (anything else is "Unrecognized escape sequence").
const $escapeLetters = "abBdDefnrsStvwWxucpPkAzZG";
const $classEscapeLetters = "abdDefnrsStvwWxucpP";
function $unsupported(what) { return new $NotSupportedException(`Regex: ${what} is not supported in JavaScript.`); }

const $optionLetters = { i: 1, m: 2, n: 4, s: 16, x: 32 };

// \p{..} categories become explicit ranges over UTF-16 code units, computed once with a `u`-flag
// classifier (slow: only for patterns that use them); \w and \d use precomputed tables.
const $bmpClassCache = new Map();
function $bmpClass(uClassBody) {
  let ranges = $bmpClassCache.get(uClassBody);
  if (ranges !== undefined) return ranges;
  let classifier;
  try { classifier = new RegExp(`^[${uClassBody}]$`, "u"); }
  catch { return null; }
  ranges = "";
  let start = -1;
  for (let c = 0; c <= 0x10000; c++) {
    const inside = c < 0x10000 && classifier.test(String.fromCharCode(c));
    if (inside && start < 0) start = c;
    else if (!inside && start >= 0) {
      ranges += c - 1 === start ? $hexUnit(start) : `${$hexUnit(start)}-${$hexUnit(c - 1)}`;
      start = -1;
    }
  }
  $bmpClassCache.set(uClassBody, ranges);
  return ranges;
}
let $wordRanges = null, $digitRanges = null;
const $wordClass = () => $wordRanges ??= $decodeRanges($unicodeWordRanges);
const $digitClass = () => $digitRanges ??= $decodeRanges($unicodeDigitRanges);
function $categoryClass(name, pattern, at) {
  // .NET general categories (L, Lu, Nd, ...); named blocks (IsGreek...) have no JS equivalent here.
  const r = /^[A-Z][a-z]?$/.test(name) ? $bmpClass(`\\p{${name}}`) : null;
  if (r === null) throw $unsupported(`the Unicode category or block \\p{${name}}`);
  return r;
}
const $isLetter = c => /[A-Za-z]/.test(c);

/** First pass: the capturing groups in JS order, each { name } (null when unnamed) or hidden (atomic). */
function $scanGroups(pattern, options) {
  const groups = [];
  let explicit = (options & 4) !== 0, extended = (options & 32) !== 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") { i++; continue; }
    if (c === "[") {
      i++;
      if (pattern[i] === "^") i++;
      if (pattern[i] === "]") i++;
      while (i < pattern.length && pattern[i] !== "]") { if (pattern[i] === "\\") i++; i++; }
      continue;
    }
    if (extended && c === "#") { while (i < pattern.length && pattern[i] !== "\n") i++; continue; }
    if (c !== "(") continue;
    if (pattern[i + 1] !== "?") { if (!explicit) groups.push({ name: null }); continue; }
    const rest = pattern.slice(i + 2);
    let m;
    if ((m = /^(?:<([A-Za-z_]\w*)>|'([A-Za-z_]\w*)')/.exec(rest))) groups.push({ name: m[1] ?? m[2] });
    else if (rest.startsWith(">")) groups.push({ hidden: true });
    else if ((m = /^([imnsx]*)(?:-([imnsx]*))?\)/.exec(rest)) && m[0].length > 1) {
      // (?imnsx-imnsx) changes the options of the rest of the enclosing group; good enough for numbering.
      if (m[1].includes("n")) explicit = true;
      if (m[2]?.includes("n")) explicit = false;
      if (m[1].includes("x")) extended = true;
      if (m[2]?.includes("x")) extended = false;
    }
  }
  return groups;
}

/** { source, flags, numbers: [.NET number -> JS group index], names: [.NET number -> name] } */
export function $translateRegex(pattern, options) {
  if (pattern === null || pattern === undefined) throw new $ArgumentException(null, null, "pattern");
  if (options & 64) throw $unsupported("RegexOptions.RightToLeft");
  const scanned = $scanGroups(pattern, options);
  // .NET numbers unnamed groups 1..n in order, then named groups in order of appearance.
  const jsIndexOfNumber = [0], nameOfNumber = ["0"], numberOfName = new Map();
  scanned.forEach((g, k) => { if (!g.hidden && g.name === null) { jsIndexOfNumber.push(k + 1); nameOfNumber.push(String(jsIndexOfNumber.length - 1)); } });
  scanned.forEach((g, k) => {
    if (g.hidden || g.name === null) return;
    if (numberOfName.has(g.name)) throw $unsupported(`a group name used twice ('${g.name}')`);
    numberOfName.set(g.name, jsIndexOfNumber.length);
    jsIndexOfNumber.push(k + 1);
    nameOfNumber.push(g.name);
  });

  // A leading (?i) (or the option) becomes the JS `i` flag; other scoped `i` is emulated on literals.
  let globalI = (options & 1) !== 0;
  if (/^\(\?[mnsx]*i[imnsx]*\)/.test(pattern)) globalI = true;
  let opts = options | (globalI ? 1 : 0);
  const ecma = (options & 256) !== 0;
  const stack = [];
  let out = "", jsGroup = 0, i = 0;
  const n = pattern.length;

  const backref = (number, at) => {
    if (number >= jsIndexOfNumber.length) throw $parseError(pattern, at, `Reference to undefined group number ${number}.`);
    return `(?:\\${jsIndexOfNumber[number]})`;
  };
  const literal = ch => {
    if (((opts & 1) !== 0) !== globalI && $isLetter(ch)) {
      if (!globalI) return `[${ch.toLowerCase()}${ch.toUpperCase()}]`;
      throw $unsupported("turning case-insensitivity off inside a case-insensitive pattern");
    }
    return ch;
  };

  while (i < n) {
    const c = pattern[i];
    if ((opts & 32) && /\s/.test(c)) { i++; continue; }
    if ((opts & 32) && c === "#") { while (i < n && pattern[i] !== "\n") i++; continue; }
    switch (c) {
      case "\\": {
        const e = pattern[i + 1];
        if (e === undefined) throw $parseError(pattern, n, "Illegal \\\\ at end of pattern.");
        if (e === "A") { out += "(?<![\\s\\S])"; i += 2; break; }
        if (e === "z") { out += "(?![\\s\\S])"; i += 2; break; }
        if (e === "Z") { out += "(?=\\n?(?![\\s\\S]))"; i += 2; break; }
        if (e === "G") throw $unsupported("\\G");
        if (e === "p" || e === "P") {
          const m = /^[pP]\{(\w+)\}/.exec(pattern.slice(i + 1));
          if (!m) throw $parseError(pattern, i + 2, "Malformed \\p{X} character escape.");
          out += `[${e === "P" ? "^" : ""}${$categoryClass(m[1], pattern, i)}]`;
          i += 1 + m[0].length;
          break;
        }
        if (!ecma && (e === "s" || e === "S")) {
          out += `[${e === "S" ? "^" : ""}${$spaceClass}]`;
          i += 2;
          break;
        }
        if (/[A-Za-z]/.test(e) && !$escapeLetters.includes(e)) throw $parseError(pattern, i + 2, `Unrecognized escape sequence \\${e}.`);
        if (!ecma && (e === "w" || e === "W" || e === "d" || e === "D")) {
          out += `[${e === "W" || e === "D" ? "^" : ""}${e === "w" || e === "W" ? $wordClass() : $digitClass()}]`;
          i += 2;
          break;
        }
        if (!ecma && (e === "b" || e === "B")) {
          const w = `[${$wordClass()}]`;
          out += e === "b" ? `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))` : `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))`;
          i += 2;
          break;
        }
        if (e === "e") { out += "\\x1B"; i += 2; break; }
        if (e === "a") { out += "\\x07"; i += 2; break; }
        if (e === "k") {
          const m = /^k(?:<(\w+)>|'(\w+)')/.exec(pattern.slice(i + 1));
          if (!m) throw $parseError(pattern, i + 2, "Malformed \\k<...> named back reference.");
          const name = m[1] ?? m[2];
          const number = /^\d+$/.test(name) ? Number(name) : numberOfName.get(name);
          if (number === undefined) throw $parseError(pattern, i + 2, `Reference to undefined group name '${name}'.`);
          out += backref(number, i);
          i += 1 + m[0].length;
          break;
        }
        if (/[1-9]/.test(e)) {
          let j = i + 1;
          while (j < n && /\d/.test(pattern[j])) j++;
          // All the digits name the group, as .NET reads them (outside ECMAScript mode).
          const digits = pattern.slice(i + 1, j);
          if (Number(digits) >= jsIndexOfNumber.length && digits.length > 1) throw $unsupported(`the octal escape or back reference \\${digits}`);
          out += backref(Number(digits), i);
          i += 1 + digits.length;
          break;
        }
        out += (((opts & 1) !== 0) !== globalI && $isLetter(e) && !/[dDwWsSbBnrtfvxuc0]/.test(e)) ? literal(e) : "\\" + e;
        i += 2;
        break;
      }
      case "[": {
        let j = i + 1, cls = "[";
        if (pattern[j] === "^") { cls += "^"; j++; }
        if (pattern[j] === "]") { cls += "\\]"; j++; }
        for (; j < n && pattern[j] !== "]"; j++) {
          const d = pattern[j];
          if (d === "\\") {
            const e = pattern[j + 1];
            if (e === "p") {
              const m = /^p\{(\w+)\}/.exec(pattern.slice(j + 1));
              if (!m) throw $parseError(pattern, j + 2, "Malformed \\p{X} character escape.");
              cls += $categoryClass(m[1], pattern, j);
              j += m[0].length;
              continue;
            }
            if (e === "P") throw $unsupported("\\P{...} inside a character class");
            if (!ecma && (e === "w" || e === "d")) { cls += e === "w" ? $wordClass() : $digitClass(); j++; continue; }
            if (!ecma && e === "s") { cls += $spaceClass; j++; continue; }
            if (/[A-Za-z]/.test(e) && !$classEscapeLetters.includes(e)) throw $parseError(pattern, j + 2, `Unrecognized escape sequence \\${e}.`);
            cls += e === "e" ? "\\x1B" : e === "a" ? "\\x07" : "\\" + e;
            j++;
            continue;
          }
          if (d === "-" && pattern[j + 1] === "[") throw $unsupported("character class subtraction");
          if (d === "[") { cls += "\\["; continue; }
          if (((opts & 1) !== 0) !== globalI && $isLetter(d)) throw $unsupported("a scoped (?i) around a character class");
          cls += d;
        }
        if (j >= n) throw $parseError(pattern, n, "Unterminated [] set.");
        out += cls + "]";
        i = j + 1;
        break;
      }
      case "(": {
        if (pattern[i + 1] !== "?") {
          if (opts & 4) { out += "(?:"; stack.push({ opts, close: ")" }); }
          else { out += "("; jsGroup++; stack.push({ opts, close: ")" }); }
          i++;
          break;
        }
        const rest = pattern.slice(i + 2);
        let m;
        if (rest.startsWith("#")) {
          const end = pattern.indexOf(")", i);
          if (end < 0) throw $parseError(pattern, n, "Unterminated (?#...) comment.");
          i = end + 1;
          break;
        }
        if (rest.startsWith(":") || rest.startsWith("=") || rest.startsWith("!") || rest.startsWith("<=") || rest.startsWith("<!")) {
          const head = rest.startsWith("<") ? rest.slice(0, 2) : rest[0];
          out += "(?" + head; stack.push({ opts, close: ")" });
          i += 2 + head.length;
          break;
        }
        if (rest.startsWith(">")) {
          jsGroup++;
          out += "(?=(";
          stack.push({ opts, close: `))\\${jsGroup}` });
          i += 3;
          break;
        }
        if ((m = /^(?:<([A-Za-z_]\w*)>|'([A-Za-z_]\w*)')/.exec(rest))) {
          jsGroup++;
          out += `(?<${m[1] ?? m[2]}>`;
          stack.push({ opts, close: ")" });
          i += 2 + m[0].length;
          break;
        }
        if ((m = /^([imnsx]*)(?:-([imnsx]*))?([:)])/.exec(rest))) {
          let next = opts;
          for (const l of m[1]) next |= $optionLetters[l];
          for (const l of m[2] ?? "") next &= ~$optionLetters[l];
          if (m[3] === ")") opts = next;
          else { stack.push({ opts, close: ")" }); opts = next; out += "(?:"; }
          i += 2 + m[0].length;
          break;
        }
        if (rest.startsWith("(")) throw $unsupported("conditional groups (?(...)...)");
        if (/^<\w*-/.test(rest) || /^'\w*-/.test(rest)) throw $unsupported("balancing groups");
        throw $parseError(pattern, i + 2, "Unrecognized grouping construct.");
      }
      case ")": {
        const top = stack.pop();
        if (!top) throw $parseError(pattern, i + 1, "Too many )'s.");
        out += top.close;
        opts = top.opts;
        i++;
        break;
      }
      case ".": out += (opts & 16) ? "[\\s\\S]" : "[^\\n]"; i++; break;
      case "^": out += (opts & 2) ? "(?<![^\\n])" : "^"; i++; break;
      case "$": out += (opts & 2) ? "(?![^\\n])" : "(?=\\n?(?![\\s\\S]))"; i++; break;
      default: out += literal(c); i++;
    }
  }
  if (stack.length > 0) throw $parseError(pattern, n, "Not enough )'s.");
  let flags = "gd" + (globalI ? "i" : "");
  let regexp;
  try { regexp = new RegExp(out, flags); }
  catch (e) { throw $parseError(pattern, n, String(e.message ?? e)); }
  return { regexp, source: out, flags, numbers: jsIndexOfNumber, names: nameOfNumber, numberOfName };
}
