// System.Convert (base64, hex, radix parsing/printing, checked numeric conversions),
// BitConverter and Uri.EscapeDataString/UnescapeDataString. byte[] is a JS Array of numbers.
import { $ArgumentException, $ArgumentNullException, $ArgumentOutOfRangeException, $FormatException, $InvalidCastException, $OverflowException, $indexRangeMessage, $checkArgNull } from "./exceptions.mjs";
import { $BoxedChar } from "./object.mjs";
import { $roundEven } from "./math.mjs";
import { $parseInteger, $parseDouble } from "./parse.mjs";

const $base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const $hexDigitsUpper = "0123456789ABCDEF";


export function $toBase64(bytes, offset = 0, length) {
  $checkArgNull(bytes, "inArray");
  const end = length === undefined ? bytes.length : offset + length;
  let out = "";
  for (let i = offset; i < end; i += 3) {
    const b0 = bytes[i], b1 = i + 1 < end ? bytes[i + 1] : 0, b2 = i + 2 < end ? bytes[i + 2] : 0;
    const n = (b0 << 16) | (b1 << 8) | b2;
    out += $base64Alphabet[(n >> 18) & 63] + $base64Alphabet[(n >> 12) & 63]
      + (i + 1 < end ? $base64Alphabet[(n >> 6) & 63] : "=") + (i + 2 < end ? $base64Alphabet[n & 63] : "=");
  }
  return out;
}

// Convert.FromBase64String: white space ignored; length a multiple of 4; at most two '=' at the end.
export function $fromBase64(s) {
  $checkArgNull(s, "s");
  const bad = () => new $FormatException("The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.");
  const text = s.replace(/[ \t\r\n]/g, "");
  if (text.length % 4 !== 0) throw bad();
  const padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  const out = [];
  let bits = 0, count = 0;
  for (let i = 0; i < text.length - padding; i++) {
    const v = $base64Alphabet.indexOf(text[i]);
    if (v < 0) throw bad();
    bits = (bits << 6) | v;
    count += 6;
    if (count >= 8) { count -= 8; out.push((bits >> count) & 0xff); }
  }
  return Uint8Array.from(out); // byte[] is a Uint8Array
}

export function $toHex(bytes, offset = 0, length, lower = false) {
  $checkArgNull(bytes, "inArray");
  const end = length === undefined ? bytes.length : offset + length;
  let out = "";
  for (let i = offset; i < end; i++) out += $hexDigitsUpper[bytes[i] >> 4] + $hexDigitsUpper[bytes[i] & 15];
  return lower ? out.toLowerCase() : out;
}

export function $toHexLower(bytes, offset, length) { return $toHex(bytes, offset, length, true); }

export function $fromHex(s) {
  $checkArgNull(s, "s");
  if (s.length % 2 !== 0) throw new $FormatException("The input is not a valid hex string as its length is not a multiple of 2.");
  const out = new Array(s.length / 2);
  for (let i = 0; i < s.length; i += 2) {
    const hi = parseInt(s[i], 16), lo = parseInt(s[i + 1], 16);
    if (Number.isNaN(hi) || Number.isNaN(lo)) throw new $FormatException("The input is not a valid hex string as it contains a non-hex character.");
    out[i / 2] = (hi << 4) | lo;
  }
  return out;
}


// Convert.ToInt32/ToInt64/… (string, fromBase): bases 2, 8, 16 read the two's complement bits
// (so "ffffffff" is -1); base 16 allows a 0x prefix. `bits` is 8, 16, 32 or 64; 64 returns BigInt.
export function $parseRadix(s, fromBase, bits = 32, signed = true) {
  if (fromBase !== 2 && fromBase !== 8 && fromBase !== 10 && fromBase !== 16) throw new $ArgumentException("Invalid Base.");
  if (s === null || s === undefined) return bits === 64 ? 0n : 0;
  // (.NET really passes this text as the parameter name.)
  if (s.length === 0) throw new $ArgumentOutOfRangeException(null, null, $indexRangeMessage);
  let text = s;
  let negative = false;
  if (text[0] === "-") {
    if (fromBase !== 10) throw new $ArgumentException("String cannot contain a minus sign if the base is not 10.");
    if (!signed) throw new $OverflowException("The string was being parsed as an unsigned number and could not have a negative sign.");
    negative = true;
    text = text.slice(1);
  } else if (text[0] === "+") text = text.slice(1);
  if (fromBase === 16 && /^0[xX]/.test(text)) text = text.slice(2);
  let count = 0;
  while (count < text.length && parseInt(text[count], 16) < fromBase) count++;
  const digits = text.slice(0, count);
  if (digits.length === 0) throw new $FormatException("Could not find any recognizable digits.");
  if (digits.length !== text.length) throw new $FormatException("Additional non-parsable characters are at the end of the string.");
  let value = 0n;
  for (const d of digits) value = value * BigInt(fromBase) + BigInt(parseInt(d, 16));
  if (negative) value = -value;
  if (fromBase === 10) {
    // Base 10 reads a signed number and checks the target type's own range.
    const min = signed ? -(1n << BigInt(bits - 1)) : 0n, max = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
    const names = signed ? { 8: "a signed byte", 16: "an Int16", 32: "an Int32", 64: "an Int64" } : { 8: "an unsigned byte", 16: "a UInt16", 32: "a UInt32", 64: "a UInt64" };
    if (value < min || value > max) throw new $OverflowException(`Value was either too large or too small for ${names[bits]}.`);
    return bits === 64 ? value : Number(value);
  }
  // Other bases read 32 (or 64) bits first, then narrow: bytes and shorts accept 0…2^bits-1.
  if (value >= (bits === 64 ? 1n << 64n : 1n << 32n)) {
    throw new $OverflowException(`Value was either too large or too small for ${bits === 64 ? "a UInt64" : "a UInt32"}.`);
  }
  if (bits < 32 && value >= 1n << BigInt(bits)) {
    const names = signed ? { 8: "a signed byte", 16: "an Int16" } : { 8: "an unsigned byte", 16: "a UInt16" };
    throw new $OverflowException(`Value was either too large or too small for ${names[bits]}.`);
  }
  const result = signed ? BigInt.asIntN(bits, value) : value;
  return bits === 64 ? result : Number(result);
}

// Convert.ToString(value, toBase): two's complement for negatives in bases 2, 8, 16.
export function $toStringRadix(value, toBase, bits = 32) {
  if (toBase !== 2 && toBase !== 8 && toBase !== 10 && toBase !== 16) throw new $ArgumentException("Invalid Base.");
  if (toBase === 10) return value.toString();
  const unsigned = BigInt.asUintN(bits, BigInt(value));
  return unsigned.toString(toBase);
}

const $intRanges = {
  sbyte: [-128, 127, "a signed byte"], byte: [0, 255, "an unsigned byte"], short: [-32768, 32767, "an Int16"],
  ushort: [0, 65535, "a UInt16"], int: [-2147483648, 2147483647, "an Int32"], uint: [0, 4294967295, "a UInt32"],
  char: [0, 65535, "a character"],
};

// Convert.ToInt32(double) and friends: round half to even, then range-check.
export function $convertToInteger(value, kind = "int") {
  if (value === null || value === undefined) return kind === "long" || kind === "ulong" ? 0n : 0;
  if (typeof value === "string") return $parseInteger(value, kind);
  if (typeof value === "boolean") value = value ? 1 : 0;
  if (typeof value === "object" && typeof value.valueOf === "function") value = value.valueOf();
  if (kind === "long" || kind === "ulong") {
    if (typeof value === "number") {
      const rounded = $roundEven(value);
      if (!Number.isFinite(rounded) || rounded < (kind === "long" ? -(2 ** 63) : 0) || rounded >= (kind === "long" ? 2 ** 63 : 2 ** 64)) {
        // ToInt64(double) is a checked cast in .NET (default message); ToUInt64 names the type.
        throw kind === "long" ? new $OverflowException() : new $OverflowException("Value was either too large or too small for a UInt64.");
      }
      return BigInt(rounded);
    }
    const min = kind === "long" ? -(2n ** 63n) : 0n, max = kind === "long" ? 2n ** 63n - 1n : 2n ** 64n - 1n;
    if (value < min || value > max) throw new $OverflowException(`Value was either too large or too small for ${kind === "long" ? "an Int64" : "a UInt64"}.`);
    return value;
  }
  const [min, max, name] = $intRanges[kind];
  const rounded = typeof value === "bigint" ? value : $roundEven(value);
  // Doubles go through Int32 first for the narrower types, so out-of-int values report Int32.
  if (typeof value === "number" && kind !== "int" && kind !== "uint" && (Number.isNaN(rounded) || rounded < -2147483648 || rounded > 2147483647)) {
    throw new $OverflowException("Value was either too large or too small for an Int32.");
  }
  if (Number.isNaN(rounded) || rounded < min || rounded > max) throw new $OverflowException(`Value was either too large or too small for ${name}.`);
  return Number(rounded);
}

export function $convertToDouble(value) {
  if (value === null || value === undefined) return 0;
  if (typeof value === "string") return $parseDouble(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  // char is IConvertible but refuses every floating-point conversion
  if (value instanceof $BoxedChar) throw new $InvalidCastException("Invalid cast from 'Char' to 'Double'.");
  return Number(typeof value === "object" ? value.valueOf() : value);
}

export function $convertToBoolean(value) {
  if (value === null || value === undefined) return false;
  if (typeof value === "string") {
    const t = value.trim().toLowerCase();
    if (t === "true") return true;
    if (t === "false") return false;
    throw new $FormatException(`String '${value}' was not recognized as a valid Boolean.`);
  }
  if (value instanceof $BoxedChar) throw new $InvalidCastException("Invalid cast from 'Char' to 'Boolean'.");
  if (typeof value === "object") value = value.valueOf();
  return typeof value === "bigint" ? value !== 0n : Boolean(value);
}

// BitConverter.ToString(bytes [, startIndex [, length]]): "01-AB-FF".
export function $bitConverterToString(bytes, startIndex = 0, length) {
  $checkArgNull(bytes, "value");
  if (length === undefined) length = bytes.length - startIndex;
  if (startIndex < 0 || (startIndex >= bytes.length && startIndex > 0)) throw new $ArgumentOutOfRangeException("StartIndex cannot be less than zero.", null, "startIndex");
  if (length < 0 || startIndex > bytes.length - length) throw new $ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
  const parts = [];
  for (let i = startIndex; i < startIndex + length; i++) parts.push($hexDigitsUpper[bytes[i] >> 4] + $hexDigitsUpper[bytes[i] & 15]);
  return parts.join("-");
}

const $bitView = new DataView(new ArrayBuffer(8));

// BitConverter.GetBytes(value) for the given kind, little-endian as on every .NET platform we target.
export function $bitConverterGetBytes(value, kind) { return Uint8Array.from($bitConverterBytes(value, kind)); }
function $bitConverterBytes(value, kind) {
  switch (kind) {
    case "bool": return [value ? 1 : 0];
    case "char": case "short": case "ushort": $bitView.setUint16(0, value & 0xffff, true); return [0, 1].map(i => $bitView.getUint8(i));
    case "int": case "uint": $bitView.setUint32(0, value >>> 0, true); return [0, 1, 2, 3].map(i => $bitView.getUint8(i));
    case "long": case "ulong": $bitView.setBigUint64(0, BigInt.asUintN(64, value), true); break;
    case "float": if (Number.isNaN(value)) return [0, 0, 192, 255]; $bitView.setFloat32(0, value, true); return [0, 1, 2, 3].map(i => $bitView.getUint8(i));
    // .NET's NaN constants have the sign bit set (0xFFF8… / 0xFFC0…); JS writes the positive quiet NaN.
    case "double": if (Number.isNaN(value)) return [0, 0, 0, 0, 0, 0, 248, 255]; $bitView.setFloat64(0, value, true); break;
  }
  return [0, 1, 2, 3, 4, 5, 6, 7].map(i => $bitView.getUint8(i));
}

// BitConverter.ToInt32/ToInt64/ToDouble…(bytes, startIndex).
export function $bitConverterRead(bytes, startIndex, kind) {
  $checkArgNull(bytes, "value");
  const size = { short: 2, ushort: 2, char: 2, int: 4, uint: 4, float: 4, long: 8, ulong: 8, double: 8, bool: 1 }[kind];
  if (startIndex < 0 || startIndex >= bytes.length) throw new $ArgumentOutOfRangeException($indexRangeMessage, null, "startIndex");
  if (startIndex > bytes.length - size) throw new $ArgumentException("The array starting from the specified index is not long enough to read a value of the specified type.", null, "value");
  for (let i = 0; i < size; i++) $bitView.setUint8(i, bytes[startIndex + i]);
  switch (kind) {
    case "bool": return $bitView.getUint8(0) !== 0;
    case "short": return $bitView.getInt16(0, true);
    case "ushort": case "char": return $bitView.getUint16(0, true);
    case "int": return $bitView.getInt32(0, true);
    case "uint": return $bitView.getUint32(0, true);
    case "float": return $bitView.getFloat32(0, true);
    case "long": return $bitView.getBigInt64(0, true);
    case "ulong": return $bitView.getBigUint64(0, true);
    case "double": return $bitView.getFloat64(0, true);
  }
  throw new $ArgumentException("Unsupported BitConverter kind " + kind);
}

// Uri.EscapeDataString: everything but RFC 3986 unreserved characters, as %XX of UTF-8 (uppercase).
export function $escapeDataString(s) {
  $checkArgNull(s, "stringToEscape");
  return encodeURIComponent(s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd"))
    .replace(/[!'()*]/g, c => "%" + c.charCodeAt(0).toString(16).toUpperCase());
}

// Uri.UnescapeDataString: decodes %XX runs that form valid UTF-8; anything else stays as written.
export function $unescapeDataString(s) {
  $checkArgNull(s, "stringToUnescape");
  if (!s.includes("%")) return s;
  return s.replace(/(?:%[0-9A-Fa-f]{2})+/g, run => {
    try { return decodeURIComponent(run); } catch { return $unescapeRunPartially(run); }
  });
}

function $unescapeRunPartially(run) {
  // Decode the longest valid prefixes one sequence at a time; invalid bytes keep their %XX form.
  let out = "";
  for (let i = 0; i < run.length;) {
    let decoded = null;
    for (let len = 12; len >= 3 && decoded === null; len -= 3) {
      if (i + len > run.length) continue;
      try { decoded = decodeURIComponent(run.slice(i, i + len)); i += len; } catch { }
    }
    if (decoded === null) { out += run.slice(i, i + 3); i += 3; } else out += decoded;
  }
  return out;
}
