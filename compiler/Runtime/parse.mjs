// int/long/double….Parse and TryParse (invariant culture, default NumberStyles), with .NET's
// FormatException/OverflowException. Integer kinds: "sbyte" "byte" "short" "ushort" "int" "uint"
// "long" "ulong"; the 64-bit kinds produce BigInt.
import { $ArgumentNullException, $FormatException, $OverflowException } from "./exceptions.mjs";
import { $setOut } from "./collections.mjs";

// [min, max] of each kind; the 64-bit kinds' bounds are BigInts, as their values are.
const $parseIntegerRanges = {
  sbyte: [-128, 127], byte: [0, 255], short: [-32768, 32767], ushort: [0, 65535],
  int: [-2147483648, 2147483647], uint: [0, 4294967295], long: [-(2n ** 63n), 2n ** 63n - 1n], ulong: [0n, 2n ** 64n - 1n],
};
// Only Parse's OverflowException names the type (TryParse needs no table of names).
const $parseIntegerNames = {
  sbyte: "a signed byte", byte: "an unsigned byte", short: "an Int16", ushort: "a UInt16",
  int: "an Int32", uint: "a UInt32", long: "an Int64", ulong: "a UInt64",
};
function $parseOverflow(kind) {
  return new $OverflowException(`Value was either too large or too small for ${$parseIntegerNames[kind]}.`);
}
// What TryParse writes on failure.
function $parseZero(kind) { return kind.endsWith("long") ? 0n : 0; }

// NumberStyles.Integer: [ws][sign]digits[ws] (white space: U+0009–U+000D, U+0020; trailing NULs allowed).
const $parseIntegerRe = /^[\t\n\v\f\r ]*([+-]?)([0-9]+)[\t\n\v\f\r ]*\0*$/;
// NumberStyles.Float | AllowThousands: [ws][sign][digits,][.digits][e[sign]digits][ws].
const $parseFloatRe = /^[\t\n\v\f\r ]*([+-]?)((?:[0-9][0-9,]*)?(?:\.[0-9]*)?)(?:[eE]([+-]?[0-9]+))?[\t\n\v\f\r ]*\0*$/;
const $parseNamedFloatRe = /^[\t\n\v\f\r ]*([+-]?)(Infinity|NaN|∞)[\t\n\v\f\r ]*\0*$/i;

// Parses, or returns undefined for bad format and null for overflow.
function $parseIntegerCore(s, kind) {
  const [min, max] = $parseIntegerRanges[kind];
  const m = $parseIntegerRe.exec(s);
  if (m === null) return undefined;
  let value = typeof min === "bigint" ? BigInt(m[2]) : m[2].length > 15 ? Infinity : Number(m[2]);
  if (m[1] === "-" && value != 0) value = -value; // never -0
  return value < min || value > max ? null : value;
}

export function $parseInteger(s, kind = "int") {
  if (s === null || s === undefined) throw new $ArgumentNullException(null, null, "s");
  const value = $parseIntegerCore(s, kind);
  if (value === undefined) throw new $FormatException(`The input string '${s}' was not in a correct format.`);
  if (value === null) throw $parseOverflow(kind);
  return value;
}


export function $tryParseInteger(s, kind, result) {
  const value = s === null || s === undefined ? undefined : $parseIntegerCore(s, kind);
  const ok = value !== undefined && value !== null;
  $setOut(result, ok ? value : $parseZero(kind));
  return ok;
}

// NumberStyles bits a double's text is checked against (double.Parse's default is Float | AllowThousands).
const $nsLeadingWhite = 1, $nsTrailingWhite = 2, $nsLeadingSign = 4, $nsDecimalPoint = 32, $nsThousands = 64, $nsExponent = 128;

/** The check a Parse(s, NumberStyles) overload passes as `allowed` (undefined for the default styles): a
 *  separate helper, so that a program that never passes NumberStyles does not carry the check. It gives
 *  the text in the default form (a sign in front, no parentheses) or undefined when the styles forbid it. */
export function $doubleStyles(styles) {
  return styles === 231 ? undefined : s => $doubleTextAllowed(s, styles);
}

function $parseDoubleCore(s, allowed) {
  if (allowed !== undefined && (s = allowed(s)) === undefined) return undefined;
  const named = $parseNamedFloatRe.exec(s);
  if (named !== null) {
    // .NET accepts "Infinity"/"NaN" in any case, but not the ∞ sign, in the invariant culture.
    if (named[2] === "∞") return undefined;
    if (named[2].toLowerCase() === "nan") return NaN;
    return named[1] === "-" ? -Infinity : Infinity;
  }
  const m = $parseFloatRe.exec(s);
  if (m === null) return undefined;
  const mantissa = m[2];
  // At least one digit, and thousands separators only before the point.
  if (!/[0-9]/.test(mantissa) || /\..*,/.test(mantissa)) return undefined;
  const text = mantissa.replace(/,/g, "") + (m[3] !== undefined ? "e" + m[3] : "");
  const value = Number(text);
  return m[1] === "-" ? -value : value;
}

// NumberStyles bits that change the text's shape: a sign after the number, (negative) in parentheses,
// the invariant culture's currency sign ¤ before or after it.
const $nsTrailingSign = 8, $nsParentheses = 16, $nsCurrency = 256;

/** The text if it uses only what the NumberStyles allow (white space, signs, parentheses, currency, point,
 *  thousands, exponent), rewritten with its sign in front; undefined otherwise. */
function $doubleTextAllowed(s, styles) {
  const body = s.replace(/\0+$/, "");
  if (!(styles & $nsLeadingWhite) && /^[\t\n\v\f\r ]/.test(body)) return undefined;
  if (!(styles & $nsTrailingWhite) && /[\t\n\v\f\r ]$/.test(body)) return undefined;
  let t = body.trim();
  if ((styles & $nsCurrency) && t.includes("\u00a4")) t = t.replace(/^\u00a4|\u00a4$/, "");
  if (!(styles & $nsLeadingSign) && /^[+-]/.test(t)) return undefined;
  if (/^[+-]?(infinity|nan)$/i.test(t)) return t;
  if ((styles & $nsParentheses) && t.startsWith("(") && t.endsWith(")")) {
    t = t.slice(1, -1);
    if (/^[+-]|[+-]$|^(infinity|nan|∞)$/i.test(t)) return undefined; // nor "(NaN)"
    t = "-" + t;
  } else if ((styles & $nsTrailingSign) && /[0-9.][+-]$/.test(t)) {
    if (/^[+-]/.test(t)) return undefined;
    t = t.slice(-1) + t.slice(0, -1);
  }
  if (!(styles & $nsDecimalPoint) && t.includes(".")) return undefined;
  if (!(styles & $nsThousands) && t.includes(",")) return undefined;
  if (!(styles & $nsExponent) && /[eE]/.test(t)) return undefined;
  return t;
}

export function $parseDouble(s, allowed) {
  if (s === null || s === undefined) throw new $ArgumentNullException(null, null, "s");
  const value = $parseDoubleCore(s, allowed);
  if (value === undefined) throw new $FormatException(`The input string '${s}' was not in a correct format.`);
  return value;
}

export function $tryParseDouble(s, result, allowed) {
  const value = s === null || s === undefined ? undefined : $parseDoubleCore(s, allowed);
  $setOut(result, value === undefined ? 0 : value);
  return value !== undefined;
}

export function $parseFloat(s, allowed) { return Math.fround($parseDouble(s, allowed)); }

export function $tryParseFloat(s, result, allowed) {
  let parsed = 0;
  const ok = $tryParseDouble(s, { set v(x) { parsed = x; } }, allowed);
  $setOut(result, Math.fround(parsed));
  return ok;
}

// bool.Parse / TryParse: "True"/"False" in any case, surrounding white space allowed.
function $parseBoolCore(s) {
  const t = s.trim().replace(/\0+$/, "").toLowerCase();
  return t === "true" ? true : t === "false" ? false : undefined;
}

export function $parseBool(s) {
  if (s === null || s === undefined) throw new $ArgumentNullException(null, null, "value");
  const value = $parseBoolCore(s);
  if (value === undefined) throw new $FormatException(`String '${s}' was not recognized as a valid Boolean.`);
  return value;
}

export function $tryParseBool(s, result) {
  const value = s === null || s === undefined ? undefined : $parseBoolCore(s);
  $setOut(result, value ?? false);
  return value !== undefined;
}

// char.Parse.
export function $parseChar(s) {
  if (s === null || s === undefined) throw new $ArgumentNullException(null, null, "s");
  if (s.length !== 1) throw new $FormatException("String must be exactly one character long.");
  return s.charCodeAt(0);
}

// Parse(s, NumberStyles): hex (AllowHexSpecifier, 0x200) reads two's complement bits of the type's
// width ("FFFFFFFF" is -1 for int); other styles parse as NumberStyles.Integer plus thousands/decimal zeros.
// The parts of a number written in the given NumberStyles (invariant culture), or undefined when it does not
// fit them: [ws][sign|(]digits[,digits][.digits][e[sign]digits][)|sign][ws].
function $scanStyledNumber(s, style) {
  const n = s.length;
  const isWs = c => c === " " || (c >= "\t" && c <= "\r");
  const isDigit = c => c >= "0" && c <= "9";
  let i = 0, neg = false, signed = false, paren = false, digits = "", frac = "", exp = 0;
  if (style & 0x01) while (i < n && isWs(s[i])) i++;
  if ((style & 0x04) && (s[i] === "-" || s[i] === "+")) { neg = s[i] === "-"; signed = true; i++; }
  else if ((style & 0x10) && s[i] === "(") { neg = paren = true; i++; }
  while (i < n && (isDigit(s[i]) || s[i] === "," && (style & 0x40) && digits !== "")) { if (s[i] !== ",") digits += s[i]; i++; }
  if ((style & 0x20) && s[i] === ".") for (i++; i < n && isDigit(s[i]); i++) frac += s[i];
  if (digits === "" && frac === "") return undefined;
  if ((style & 0x80) && (s[i] === "e" || s[i] === "E")) {
    let j = i + 1, expNeg = false, expDigits = "";
    if (s[j] === "-" || s[j] === "+") { expNeg = s[j] === "-"; j++; }
    for (; j < n && isDigit(s[j]); j++) expDigits += s[j];
    if (expDigits !== "") { exp = (expNeg ? -1 : 1) * Math.min(Number(expDigits), 100000); i = j; }
  }
  if (paren) { if (s[i] !== ")") return undefined; i++; }
  else if (!signed && (style & 0x08) && (s[i] === "-" || s[i] === "+")) { neg = s[i] === "-"; i++; }
  if (style & 0x02) while (i < n && isWs(s[i])) i++;
  while (i < n && s[i] === "\0") i++;
  return i === n ? { neg, digits, frac, exp } : undefined;
}

function $parseIntegerStylesCore(s, style, kind) {
  if ((style & 0x200) === 0) {
    const parts = $scanStyledNumber(s, style);
    if (parts === undefined) return undefined;
    // a fraction that is not all zeros does not fit an integer: .NET reports it as an overflow
    let mantissa = BigInt((parts.digits + parts.frac) || "0");
    const scale = parts.exp - parts.frac.length;
    if (scale >= 0) mantissa *= 10n ** BigInt(Math.min(scale, 400));
    else { const d = 10n ** BigInt(-scale); if (mantissa % d !== 0n) return null; mantissa /= d; }
    if (parts.neg) mantissa = -mantissa;
    const [min, max] = $parseIntegerRanges[kind];
    if (mantissa < BigInt(min) || mantissa > BigInt(max)) return null;
    return typeof min === "bigint" ? mantissa : Number(mantissa);
  }
  const m = /^[\t\n\v\f\r ]*([0-9A-Fa-f]+)[\t\n\v\f\r ]*\0*$/.exec(s);
  if (m === null) return undefined;
  const min = $parseIntegerRanges[kind][0];
  const bits = { sbyte: 8, byte: 8, short: 16, ushort: 16, int: 32, uint: 32, long: 64, ulong: 64 }[kind];
  const value = BigInt("0x" + m[1]);
  if (value >= 1n << BigInt(bits)) return null;
  const signed = min < 0 ? BigInt.asIntN(bits, value) : value;
  return typeof min === "bigint" ? signed : Number(signed);
}

export function $parseIntegerStyles(s, style, kind) {
  if (s === null || s === undefined) throw new $ArgumentNullException(null, null, "s");
  const value = $parseIntegerStylesCore(s, style, kind);
  if (value === undefined) throw new $FormatException(`The input string '${s}' was not in a correct format.`);
  if (value === null) throw $parseOverflow(kind);
  return value;
}

export function $tryParseIntegerStyles(s, style, kind, result) {
  const value = s === null || s === undefined ? undefined : $parseIntegerStylesCore(s, style, kind);
  const ok = value !== undefined && value !== null;
  $setOut(result, ok ? value : $parseZero(kind));
  return ok;
}
