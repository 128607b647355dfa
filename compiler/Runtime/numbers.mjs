// Number → string as .NET prints it (invariant culture). Standard formats work on a decimal
// digit buffer { neg, digits, scale } meaning ±0.DIGITS × 10^scale, as .NET's NumberBuffer does:
// doubles are rounded from their exact binary value (ties to even, like .NET's Dragon4), integers
// from their exact digits (ties away from zero, like .NET's RoundNumber).
import { $FormatException } from "./exceptions.mjs";
import { $formatCustom } from "./customformat.mjs";
import { $doubleToString, $exactDigits, $floatToString, $numExponentText, $numGeneralText, $numNonFinite, $numSigned, $numTrimDigits, $numZeros, $roundDigits, $shortestDigits, $shortestFloatDigits } from "./doubles.mjs";

function $numIntegerDigits(value) {
  const neg = value < 0;
  const text = (typeof value === "number" && Math.abs(value) >= 1e21 ? BigInt(value) : neg ? -value : value).toString().replace("-", "");
  return $numTrimDigits({ neg, digits: text === "0" ? "" : text, scale: text === "0" ? 0 : text.length });
}

function $numGroup(integer) {
  let out = "";
  for (let end = integer.length; end > 0; end -= 3) out = integer.slice(Math.max(0, end - 3), end) + (out ? "," + out : "");
  return out;
}

// ddd.ddd with exactly `decimals` decimals (digits already rounded there).
export function $fixedText(buffer, decimals, grouped) {
  const { digits, scale } = buffer;
  let integer = scale <= 0 ? "0" : digits.slice(0, scale) + $numZeros(scale - digits.length);
  if (grouped) integer = $numGroup(integer);
  if (decimals <= 0) return integer;
  const fraction = scale < 0 ? $numZeros(-scale) + digits : digits.slice(Math.max(0, scale));
  return integer + "." + (fraction + $numZeros(decimals)).slice(0, decimals);
}

// d.dddE+xxx with `decimals` digits after the point.
function $numScientificText(buffer, decimals, expChar, minExpDigits) {
  const digits = buffer.digits.padEnd(decimals + 1, "0");
  const exponent = buffer.digits.length === 0 ? 0 : buffer.scale - 1;
  const mantissa = decimals > 0 ? digits[0] + "." + digits.slice(1, decimals + 1) : digits[0];
  return mantissa + $numExponentText(exponent, expChar, minExpDigits, true);
}

function $numParseStandard(format) {
  if (format === null || format === undefined || format === "") return { spec: "G", precision: -1 };
  const m = /^([A-Za-z])(\d{0,9})$/.exec(format);
  if (m === null) return null;
  return { spec: m[1], precision: m[2] === "" ? -1 : Number(m[2]) };
}

const $numKinds = {
  // maxDigits: where "G"/"R" switch to E notation; customDigits: precision custom formats start from.
  double: { shortest: $shortestDigits, maxDigits: 17, customDigits: 15 },
  float: { shortest: $shortestFloatDigits, maxDigits: 9, customDigits: 7 },
};

// double/float.ToString(format).
function $numFormatFloating(x, format, kind) {
  const parsed = $numParseStandard(format);
  if (parsed === null) return Number.isFinite(x) ? $formatCustom($roundDigits(x === 0 ? $shortestDigits(x) : $exactDigits(x), kind.customDigits, true), format, false) : $numNonFinite(x);
  if (!Number.isFinite(x)) {
    if ("CcEeFfGgNnPpRr".includes(parsed.spec)) return $numNonFinite(x);
    throw new $FormatException("Format specifier was invalid.");
  }
  const { spec, precision } = parsed;
  if ((spec === "F" || spec === "f" || spec === "N" || spec === "n") && precision <= 20) {
    const fast = $numFixedFast(x, precision < 0 ? 2 : precision, spec === "N" || spec === "n");
    if (fast !== null) return fast;
  }
  const exact = () => x === 0 ? { neg: Object.is(x, -0), digits: "", scale: 0 } : $exactDigits(x);
  switch (spec) {
    case "R": case "r": {
      const b = kind.shortest(x);
      return $numSigned(b, $numGeneralText(b, Math.max(b.digits.length, kind.maxDigits), "E"));
    }
    case "G": case "g": {
      if (precision <= 0) {
        const b = kind.shortest(x);
        return $numSigned(b, $numGeneralText(b, Math.max(b.digits.length, kind.maxDigits), spec === "G" ? "E" : "e"));
      }
      const b = $roundDigits(exact(), precision, true);
      return $numSigned(b, $numGeneralText(b, precision, spec === "G" ? "E" : "e"));
    }
    case "E": case "e": {
      const p = precision < 0 ? 6 : precision;
      const b = $roundDigits(exact(), p + 1, true);
      return $numSigned(b, $numScientificText(b, p, spec, 3));
    }
    default:
      return $numFormatFixed(exact(), spec, precision, true);
  }
}

// "F"/"N" through toFixed, which rounds the exact value half up: the same as .NET's ties-to-even
// unless the value is exactly halfway, which needs exactly decimals + 1 fractional bits (2^-k has k
// decimal digits). Those ties, -0 and huge values take the exact path (null).
function $numFixedFast(x, decimals, grouped) {
  const abs = Math.abs(x);
  if (!(abs < 1e15) || Object.is(x, -0)) return null;
  let y = abs, bits = 0;
  while (bits <= decimals + 1 && y !== Math.floor(y)) { y *= 2; bits++; }
  if (bits === decimals + 1) return null;
  const text = abs.toFixed(decimals);
  const point = text.indexOf(".");
  const integer = point < 0 ? text : text.slice(0, point);
  const body = (grouped ? $numGroup(integer) : integer) + (point < 0 ? "" : text.slice(point));
  return x < 0 ? "-" + body : body;
}

// F N P C (shared by doubles and integers); null when spec is not one of them.
function $numFormatFixed(exact, spec, precision, toEven) {
  switch (spec) {
    case "F": case "f": case "N": case "n": {
      const p = precision < 0 ? 2 : precision;
      const b = $roundDigits(exact, exact.scale + p, toEven);
      return $numSigned(b, $fixedText(b, p, spec === "N" || spec === "n"));
    }
    case "P": case "p": {
      const p = precision < 0 ? 2 : precision;
      const shifted = exact.digits.length === 0 ? exact : { ...exact, scale: exact.scale + 2 };
      const b = $roundDigits(shifted, shifted.scale + p, toEven);
      return $numSigned(b, $fixedText(b, p, true) + " %");
    }
    case "C": case "c": {
      const p = precision < 0 ? 2 : precision;
      const b = $roundDigits(exact, exact.scale + p, toEven);
      const text = "¤" + $fixedText(b, p, true);
      return b.neg ? "(" + text + ")" : text;
    }
  }
  throw new $FormatException("Format specifier was invalid.");
}

export function $formatDouble(x, format) {
  return format ? $numFormatFloating(x, format, $numKinds.double) : $doubleToString(x);
}

export function $formatFloat(x, format) {
  return format ? $numFormatFloating(x, format, $numKinds.float) : $floatToString(x);
}

// int/long/short/byte….ToString(format): `value` is a number or a BigInt; `bits` is the type's width,
// which "X" needs for negatives (default 32 for numbers, 64 for BigInt).
/** Hexadecimal ("X2", "x8"): a negative value as two's complement at its C# width (bits 8 or 16, else 32; BigInt: 64).
 * The lowering calls it directly for a constant "X"/"x" format, so such a program links no other formatting. */
export function $formatHex(value, upper, precision, bits) {
  const unsigned = typeof value === "bigint" ? BigInt.asUintN(64, value)
    : value >= 0 ? value : bits === 8 ? value & 0xff : bits === 16 ? value & 0xffff : value >>> 0;
  const text = unsigned.toString(16).padStart(precision, "0");
  return upper ? text.toUpperCase() : text;
}

export function $formatInt(value, format, bits) {
  if (!format) return value.toString();
  const parsed = $numParseStandard(format);
  if (parsed === null) return $formatCustom($numIntegerDigits(value), format, true);
  const { spec, precision } = parsed;
  switch (spec) {
    case "D": case "d": {
      const text = (value < 0 ? -value : value).toString().padStart(precision, "0");
      return value < 0 ? "-" + text : text;
    }
    case "X": case "x": return $formatHex(value, spec === "X", precision, bits);
    case "G": case "g": {
      if (precision <= 0) return value.toString();
      const b = $roundDigits($numIntegerDigits(value), precision, false);
      return $numSigned(b, $numGeneralText(b, precision, spec === "G" ? "E" : "e"));
    }
    case "R": case "r": return value.toString();
    case "E": case "e": {
      const p = precision < 0 ? 6 : precision;
      const b = $roundDigits($numIntegerDigits(value), p + 1, false);
      return $numSigned(b, $numScientificText(b, p, spec, 3));
    }
    default:
      return $numFormatFixed($numIntegerDigits(value), spec, precision, false);
  }
}
