// Enums are numbers (BigInt for long-based enums); an enum type is a runtime type object made by
// $enumType(name, fullName, members, isFlags) — $flagsEnumType for a [Flags] enum —, where members is
// [[name, value], ...] in declaration order. Names, parsing and formatting follow System.Enum.
import { $ArgumentException, $FormatException } from "./exceptions.mjs";
import { $setOut } from "./collections.mjs";
import { $boxEnum } from "./core.mjs";

// A BCL enum the runtime does not define, built from its metadata where it is printed: one object per type,
// so boxes and GetType() agree.
const $bclEnumTypes = new Map();
export function $bclEnum(name, fullName, members, isFlags, size, isUnsigned) {
  let type = $bclEnumTypes.get(fullName);
  if (type === undefined) $bclEnumTypes.set(fullName, type = (isFlags ? $flagsEnumType : $enumType)(name, fullName, members, isFlags, size, isUnsigned));
  return type;
}

export function $enumType(name, fullName, members, isFlags = false, size = 4, isUnsigned = false) {
  // .NET orders an enum's values by their unsigned magnitude (GetValues, GetNames, name lookup).
  const unsigned = v => typeof v === "bigint" ? BigInt.asUintN(64, v) : v >>> 0;
  const sorted = members.map(([n, v], i) => ({ name: n, value: v, i }))
    .sort((a, b) => unsigned(a.value) < unsigned(b.value) ? -1 : unsigned(a.value) > unsigned(b.value) ? 1 : a.i - b.i);
  return { $name: name, $fullName: fullName, $isEnum: true, $isFlags: isFlags, $members: sorted, $isBig: size === 8, $size: size, $unsigned: isUnsigned };
}

/** A [Flags] enum's type object: its ToString names combinations of flags ("A, B"), which needs
 *  $enumFlagNames; other enums' type objects do without. */
export function $flagsEnumType(name, fullName, members, isFlags, size, isUnsigned) {
  const type = $enumType(name, fullName, members, true, size, isUnsigned);
  type.$flagNames = $enumFlagNames;
  return type;
}

// JS bitwise operators give signed 32-bit results: compare bit patterns unsigned (a uint enum's 0x80000000 flag)
const $enumBits = v => typeof v === "bigint" ? v : v >>> 0;
const $enumAnd = (a, b) => typeof a === "bigint" ? a & b : (a & b) >>> 0;

function $enumZero(type) { return type.$isBig ? 0n : 0; }

function $enumFlagNames(type, value) {
  const zero = $enumZero(type);
  if (value === zero) {
    const z = type.$members.find(m => m.value === zero);
    return z ? z.name : null;
  }
  let rest = value;
  const names = [];
  for (let i = type.$members.length - 1; i >= 0; i--) {
    const m = type.$members[i];
    if (m.value === zero) continue;
    if ($enumAnd(rest, m.value) === $enumBits(m.value)) { names.push(m.name); rest = $enumAnd(rest, ~m.value); if (rest === zero) break; }
  }
  if (rest !== zero) return null;
  return names.reverse().join(", ");
}

/** value.ToString() for an enum value: its name, "A, B" for [Flags] combinations, else the number. */
export function $enumToString(type, value) {
  if (value === null || value === undefined) return "";
  const m = type.$members.find(x => x.value === value);
  if (m) return m.name;
  if (type.$flagNames !== undefined) {
    const names = type.$flagNames(type, value);
    if (names !== null) return names;
  }
  return String(value);
}

/** value.ToString(format): G/g (default), D/d (number), X/x (hex, the underlying width), F/f (as flags). */
export function $enumFormat(type, value, format) {
  if (value === null || value === undefined) return ""; // a null Nullable<TEnum>
  switch (format ?? "G") {
    case "": case "G": case "g": return $enumToString(type, value);
    case "D": case "d": return String(value);
    case "X": case "x": {
      const width = type.$size * 2;
      const bits = type.$isBig ? BigInt.asUintN(64, BigInt(value)) : type.$size === 4 ? value >>> 0 : value & (2 ** (type.$size * 8) - 1);
      return bits.toString(16).toUpperCase().padStart(width, "0");
    }
    case "F": case "f": {
      const m = type.$members.find(x => x.value === value);
      if (m) return m.name;
      return $enumFlagNames(type, value) ?? String(value);
    }
    default: throw new $FormatException("Format string can be only \"G\", \"g\", \"X\", \"x\", \"F\", \"f\", \"D\" or \"d\".");
  }
}

function $enumParseCore(type, text, ignoreCase) {
  if (text === null || text === undefined) return { error: "null" };
  const s = text.trim();
  if (s.length === 0) return { error: "empty" };
  if (/^[+-]?\d+$/.test(s)) return { value: type.$isBig ? BigInt(s) : type.$unsigned ? Number(s) >>> 0 : Number(s) | 0 };
  let result = $enumZero(type);
  for (const part of s.split(",")) {
    const p = part.trim();
    const m = type.$members.find(x => ignoreCase ? x.name.toUpperCase() === p.toUpperCase() : x.name === p);
    if (!m) return { error: "notfound" };
    result |= m.value;
  }
  return { value: type.$unsigned ? result >>> 0 : result };
}

/** Enum.Parse(type, text[, ignoreCase]) and Enum.Parse<T>(text[, ignoreCase]). */
export function $enumParse(type, text, ignoreCase = false) {
  const r = $enumParseCore(type, text, ignoreCase);
  if (r.error === "null") throw new $ArgumentException(null, null, "value");
  if (r.error === "empty") throw new $ArgumentException("Must specify valid information for parsing in the string.", null, "value");
  if (r.error) throw new $ArgumentException(`Requested value '${text}' was not found.`);
  return r.value;
}

/** Enum.Parse(Type, text[, ignoreCase]) answers an object: the enum value boxed, so that it prints its name. */
export function $enumParseBoxed(type, text, ignoreCase = false) {
  return $boxEnum($enumParse(type, text, ignoreCase), type);
}

/** Enum.TryParse(Type, text, [ignoreCase,] out object result): the value boxed, null on failure. */
export function $enumTryParseBoxed(type, text, ignoreCase, result) {
  const r = $enumParseCore(type, text, ignoreCase);
  $setOut(result, r.error ? null : $boxEnum(r.value, type));
  return !r.error;
}

/** Enum.TryParse<T>(text[, ignoreCase], out result): result is 0 on failure. */
export function $enumTryParse(type, text, ignoreCase, result) {
  const r = $enumParseCore(type, text, ignoreCase);
  $setOut(result, r.error ? $enumZero(type) : r.value);
  return !r.error;
}

// An enum passed as System.Enum or object arrives boxed (core.mjs's $BoxedEnum); its valueOf is the number.
function $enumRaw(x) { return x !== null && typeof x === "object" ? x.valueOf() : x; }

export function $hasFlag(value, flag) {
  const v = $enumRaw(value), f = $enumRaw(flag);
  return $enumAnd(v, f) === $enumBits(f);
}
/** Enum.CompareTo(object): by underlying value. */
export function $enumCompare(a, b) {
  if (b === null || b === undefined) return 1;
  const x = $enumRaw(a), y = $enumRaw(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
/** Enum.Equals(object): same underlying value. */
export function $enumEquals(a, b) { return b !== null && b !== undefined && $enumRaw(a) === $enumRaw(b); }
export function $enumGetValues(type) { return type.$members.map(m => m.value); }
export function $enumGetNames(type) { return type.$members.map(m => m.name); }
export function $enumGetName(type, value) {
  const v = $enumRaw(value);
  const m = type.$members.find(x => x.value === v);
  return m ? m.name : null;
}
export function $enumIsDefined(type, value) {
  const v = $enumRaw(value);
  return typeof v === "string" ? type.$members.some(m => m.name === v) : type.$members.some(m => m.value === v);
}
