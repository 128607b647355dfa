// System.Math where JS's Math differs: banker's rounding and MidpointRounding, overflow and NaN
// checks, IEEE pow special cases, and BigInt (long) overloads.
import { $ArgumentException, $ArgumentOutOfRangeException, $ArithmeticException, $OverflowException } from "./exceptions.mjs";
import { $idiv, $imod, $ldiv, $lmod } from "./core.mjs";
import { $ValueTuple } from "./tuples.mjs";
import { $setOut } from "./collections.mjs";

// Math.Round(double): ties to even; keeps the sign of zero (Math.Round(-0.4) is -0).
export function $roundEven(x) {
  if (!Number.isFinite(x)) return x;
  const floor = Math.floor(x);
  const diff = x - floor;
  const r = diff > 0.5 ? floor + 1 : diff < 0.5 ? floor : floor % 2 === 0 ? floor : floor + 1;
  return r === 0 && (x < 0 || Object.is(x, -0)) ? -0 : r;
}

const $mathRoundPowers = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const $mathJustBelowHalf = 0.49999999999999994;

function $mathRoundMode(x, mode) {
  switch (mode) {
    case 0: return $roundEven(x);
    case 1: { const t = Math.trunc(x + (x < 0 || Object.is(x, -0) ? -$mathJustBelowHalf : $mathJustBelowHalf)); return t === 0 && (x < 0 || Object.is(x, -0)) ? -0 : t; }
    case 2: return Math.trunc(x);
    case 3: return Math.floor(x);
    case 4: return Math.ceil(x);
  }
  throw new $ArgumentException(`The value '${mode}' is not valid for this usage of the type MidpointRounding.`, null, "mode");
}

// Math.Round(value [, digits] [, mode]) for doubles, with .NET's scaling algorithm (so results match bit for bit).
export function $round(value, digits = 0, mode = 0) {
  if (digits < 0 || digits > 15) throw new $ArgumentOutOfRangeException("Rounding digits must be between 0 and 15, inclusive.", null, "digits");
  if (digits === 0) return $mathRoundMode(value, mode);
  if (Math.abs(value) < 1e16) {
    const power = $mathRoundPowers[digits];
    value = $mathRoundMode(value * power, mode) / power;
  }
  return value;
}

// min: the type's MinValue (short and sbyte pass theirs), the one value whose negation overflows.
export function $absInt(x, min = -2147483648) {
  if (x === min) throw new $OverflowException("Negating the minimum value of a twos complement number is invalid.");
  return Math.abs(x);
}

export function $absLong(x) {
  if (x === -(2n ** 63n)) throw new $OverflowException("Negating the minimum value of a twos complement number is invalid.");
  return x < 0n ? -x : x;
}

export function $maxLong(a, b) { return a > b ? a : b; }
export function $minLong(a, b) { return a < b ? a : b; }

/** Math.CopySign(x, y): |x| with y's sign. JS cannot read a NaN's sign bit reliably; a NaN that .NET
 *  produces on x64 (double.NaN, 0.0 / 0.0, Sqrt(-1)) has it set, so a NaN y counts as negative. */
export function $copySign(x, y) {
  const negative = y < 0 || Object.is(y, -0) || Number.isNaN(y);
  return negative ? -Math.abs(x) : Math.abs(x);
}

export function $sign(x) {
  if (typeof x === "bigint") return x > 0n ? 1 : x < 0n ? -1 : 0;
  if (Number.isNaN(x)) throw new $ArithmeticException("Function does not accept floating point Not-a-Number values.");
  return x > 0 ? 1 : x < 0 ? -1 : 0;
}

export function $clamp(value, min, max) {
  if (min > max) throw new $ArgumentException(`'${min}' cannot be greater than ${max}.`);
  return value < min ? min : value > max ? max : value;
}

// IEEE pow: JS gives NaN for 1^NaN and (±1)^±Infinity, .NET (C's pow) gives 1.
export function $pow(x, y) {
  if (x === 1 || ((x === -1) && !Number.isFinite(y) && !Number.isNaN(y))) return 1;
  return x ** y;
}

export function $log(a, newBase) {
  if (newBase === undefined) return Math.log(a);
  if (Number.isNaN(a)) return a;
  if (Number.isNaN(newBase)) return newBase;
  if (newBase === 1) return NaN;
  if (a !== 1 && (newBase === 0 || newBase === Infinity)) return NaN;
  return Math.log(a) / Math.log(newBase);
}

// Math.IEEERemainder: x - y * round-to-even(x / y).
export function $ieeeRemainder(x, y) {
  if (Number.isNaN(x) || Number.isNaN(y) || !Number.isFinite(x) || y === 0) return NaN;
  if (!Number.isFinite(y)) return x;
  const q = $roundEven(x / y);
  const r = x - q * y;
  return r === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : r;
}

/** Math.DivRem(a, b, out result): the quotient, and the remainder through result (C#'s / and %). */
export function $divRem(a, b, result) {
  const quotient = $idiv(a, b);
  $setOut(result, $imod(a, b));
  return quotient;
}
export function $divRemLong(a, b, result) {
  const quotient = $ldiv(a, b);
  $setOut(result, $lmod(a, b));
  return quotient;
}
/** Math.DivRem(left, right): the (Quotient, Remainder) tuple. */
export function $divRemPair(left, right) { return new $ValueTuple($idiv(left, right), $imod(left, right)); }
export function $divRemLongPair(left, right) { return new $ValueTuple($ldiv(left, right), $lmod(left, right)); }
