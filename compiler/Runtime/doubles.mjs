// Shortest round-trip printing of double and float as .NET's ToString() does it, and the decimal
// digit buffer { neg, digits, scale } (±0.DIGITS × 10^scale) the formatting code shares.
// Kept apart from numbers.mjs (format strings) because every program that prints a number needs it.

export const $numView = new DataView(new ArrayBuffer(8));
export const $numPow5 = new Map();

// The exact decimal expansion of a finite, non-zero |x| (every double is a finite decimal).
export function $exactDigits(x) {
  $numView.setFloat64(0, Math.abs(x));
  const hi = $numView.getUint32(0), lo = $numView.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exponent = -1074;
  if (biased !== 0) { mantissa |= 1n << 52n; exponent = biased - 1075; }
  let digits, scale;
  if (exponent >= 0) {
    digits = (mantissa << BigInt(exponent)).toString();
    scale = digits.length;
  } else {
    let p = $numPow5.get(-exponent);
    if (p === undefined) { p = 5n ** BigInt(-exponent); $numPow5.set(-exponent, p); }
    digits = (mantissa * p).toString();
    scale = digits.length + exponent;
  }
  return $numTrimDigits({ neg: x < 0 || Object.is(x, -0), digits, scale });
}

// The shortest digits that round-trip (what double.ToString() and "R" print).
export function $shortestDigits(x) {
  const neg = x < 0 || Object.is(x, -0);
  if (x === 0) return { neg, digits: "", scale: 0 };
  const text = Math.abs(x).toExponential();
  const e = text.indexOf("e");
  return { neg, digits: text.slice(0, e).replace(".", ""), scale: Number(text.slice(e + 1)) + 1 };
}

// The shortest digits that round-trip through single precision (float.ToString()).
export function $shortestFloatDigits(x) {
  const neg = x < 0 || Object.is(x, -0);
  if (x === 0) return { neg, digits: "", scale: 0 };
  // Candidates are rounded from the exact value with ties to even, as .NET's shortest search does.
  const abs = Math.abs(x), exact = $exactDigits(x);
  for (let p = 1; p < 9; p++) {
    const b = $roundDigits(exact, p, true);
    if (Math.fround(Number("0." + b.digits + "e" + b.scale)) === abs) return b;
  }
  return $roundDigits(exact, 9, true);
}

export function $numTrimDigits(buffer) {
  let end = buffer.digits.length;
  while (end > 0 && buffer.digits.charCodeAt(end - 1) === 48) end--;
  buffer.digits = buffer.digits.slice(0, end);
  if (end === 0) buffer.scale = 0;
  return buffer;
}

// Keeps `count` digits; `toEven` rounds exact ties to an even digit, otherwise ties go away from zero.
export function $roundDigits(buffer, count, toEven) {
  const { digits } = buffer;
  if (count >= digits.length) return buffer;
  if (count < 0) return { neg: buffer.neg, digits: "", scale: 0 };
  const next = digits.charCodeAt(count) - 48;
  let up = next > 5 || (next === 5 && (!toEven || count + 1 < digits.length
    || (count > 0 && (digits.charCodeAt(count - 1) - 48) % 2 === 1)));
  let kept = digits.slice(0, count);
  let scale = buffer.scale;
  if (up) {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === "9") i--;
    if (i < 0) { kept = "1"; scale++; }
    else kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
  }
  return $numTrimDigits({ neg: buffer.neg, digits: kept, scale });
}

export function $numZeros(n) { return n > 0 ? "0".repeat(n) : ""; }

export function $numExponentText(exponent, expChar, minDigits, alwaysSign) {
  const sign = exponent < 0 ? "-" : alwaysSign ? "+" : "";
  return expChar + sign + String(Math.abs(exponent)).padStart(minDigits, "0");
}

// "G": plain digits unless the exponent is out of [-5, maxDigits).
export function $numGeneralText(buffer, maxDigits, expChar) {
  const { digits, scale } = buffer;
  if (digits.length === 0) return "0";
  if (scale > maxDigits || scale < -3) {
    const mantissa = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
    return mantissa + $numExponentText(scale - 1, expChar, 2, true);
  }
  if (scale <= 0) return "0." + $numZeros(-scale) + digits;
  if (scale >= digits.length) return digits + $numZeros(scale - digits.length);
  return digits.slice(0, scale) + "." + digits.slice(scale);
}

export function $numSigned(buffer, text) { return buffer.neg ? "-" + text : text; }

export function $numNonFinite(x) {
  return Number.isNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
}

export function $doubleToString(x) {
  if (Number.isInteger(x) && Math.abs(x) < 1e17) return Object.is(x, -0) ? "-0" : String(x);
  if (!Number.isFinite(x)) return $numNonFinite(x);
  const b = $shortestDigits(x);
  return $numSigned(b, $numGeneralText(b, Math.max(b.digits.length, 17), "E"));
}

export function $floatToString(x) {
  if (!Number.isFinite(x)) return $numNonFinite(x);
  const b = $shortestFloatDigits(x);
  return $numSigned(b, $numGeneralText(b, Math.max(b.digits.length, 9), "E"));
}

export function $isInfinity(d) { return d === Infinity || d === -Infinity; }

// double.IsNegative: true for -0 too.
export function $isNegative(d) { return d < 0 || Object.is(d, -0); }

// double.GetHashCode / float.GetHashCode: from the IEEE bits, as .NET computes them (all zeros hash
// as 0, all NaNs as the infinity bits).
export function $doubleHashCode(x) {
  if (x === 0) return 0;
  if (Number.isNaN(x)) return 0x7ff00000;
  $numView.setFloat64(0, x);
  return ($numView.getInt32(0) ^ $numView.getInt32(4)) | 0;
}

export function $floatHashCode(x) {
  if (x === 0) return 0;
  if (Number.isNaN(x)) return 0x7f800000;
  $numView.setFloat32(0, x);
  return $numView.getInt32(0);
}
