// Composite formatting (string.Format, Console.WriteLine(format, …), StringBuilder.AppendFormat)
// and interpolation holes, invariant culture.
import { $FormatException, $ArgumentNullException } from "./exceptions.mjs";
import { $BoxedFloat, $BoxedDouble, $toString } from "./object.mjs";
import { $formatDouble, $formatFloat, $formatInt } from "./numbers.mjs";
import { $enumFormat } from "./enums.mjs";

// Runtime IFormattable types whose ToString(format) takes a .NET format string (time.mjs, datetime.mjs).
const $formatByToString = new Set(["System.TimeSpan", "System.DateTime", "System.DateTimeOffset"]);

// Formats one value with an optional format string. `kind` is the static type when the caller
// knows it ("char", "float", "double", "int", or "sbyte"/"byte"/"short"/"ushort" where the width
// matters for "X"); otherwise numbers with no fraction format as integers.
export function $formatToString(value, format, kind) {
  if (value === null || value === undefined) return "";
  switch (kind) {
    case "char": return String.fromCharCode(value);
    case "float": return $formatFloat(value, format);
    case "double": return $formatDouble(value, format);
    case "int": return $formatInt(value, format);
    case "sbyte": case "byte": return $formatInt(value, format, 8);
    case "short": case "ushort": return $formatInt(value, format, 16);
  }
  if (format === null || format === undefined || format === "") return $toString(value);
  switch (typeof value) {
    // A boxed number outside the int/uint range can only have been a double (longs are BigInt).
    case "number": return Number.isInteger(value) && value >= -2147483648 && value <= 4294967295 && !Object.is(value, -0)
      ? $formatInt(value, format) : $formatDouble(value, format);
    case "bigint": return $formatInt(value, format);
    case "object":
      if (value instanceof $BoxedFloat) return $formatFloat(value.value, format);
      if (value instanceof $BoxedDouble) return $formatDouble(value.value, format);
      // IFormattable runtime/user types implement $formatWith(format); boxed enums know their type.
      if (typeof value.$formatWith === "function") return value.$formatWith(format);
      if ($formatByToString.has(value.constructor?.$fullName)) return value.ToString(format);
      if (value.type?.$isEnum && "value" in value) return $enumFormat(value.type, value.value, format);
      return $toString(value);
  }
  return $toString(value);
}

// One interpolation hole {value,alignment:format}.
export function $formatValue(value, alignment, format, kind) {
  const text = $formatToString(value, format, kind);
  if (!alignment) return text;
  return alignment > 0 ? text.padStart(alignment, " ") : text.padEnd(-alignment, " ");
}

function $formatItemError(offset, reason) {
  return new $FormatException(`Input string was not in a correct format. Failure to parse near offset ${offset}. ${reason}`);
}

// string.Format(format, args): args is the argument array (chars arrive boxed as $BoxedChar).
export function $format(format, args) {
  if (format === null || format === undefined) throw new $ArgumentNullException(null, null, "format");
  let out = "";
  let i = 0;
  const n = format.length;
  while (i < n) {
    const c = format[i];
    if (c === "}") {
      if (format[i + 1] === "}") { out += "}"; i += 2; continue; }
      throw $formatItemError(i + 1, i + 1 >= n ? "Format item ends prematurely." : "Unexpected closing brace without a corresponding opening brace.");
    }
    if (c !== "{") {
      let next = i;
      while (next < n && format[next] !== "{" && format[next] !== "}") next++;
      out += format.slice(i, next);
      i = next;
      continue;
    }
    if (format[i + 1] === "{") { out += "{"; i += 2; continue; }
    // {index[,alignment][:format]}
    i++;
    if (i >= n || format[i] < "0" || format[i] > "9") throw $formatItemError(i, i >= n ? "Format item ends prematurely." : "Expected an ASCII digit.");
    let index = 0;
    while (i < n && format[i] >= "0" && format[i] <= "9") index = index * 10 + (format.charCodeAt(i++) - 48);
    while (i < n && format[i] === " ") i++;
    let alignment = 0;
    if (format[i] === ",") {
      i++;
      while (i < n && format[i] === " ") i++;
      let negative = false;
      if (format[i] === "-") { negative = true; i++; }
      if (i >= n || format[i] < "0" || format[i] > "9") throw $formatItemError(i, i >= n ? "Format item ends prematurely." : "Expected an ASCII digit.");
      while (i < n && format[i] >= "0" && format[i] <= "9") alignment = alignment * 10 + (format.charCodeAt(i++) - 48);
      if (negative) alignment = -alignment;
      while (i < n && format[i] === " ") i++;
    }
    let itemFormat = null;
    if (format[i] === ":") {
      const start = ++i;
      while (i < n && format[i] !== "}") {
        if (format[i] === "{") throw $formatItemError(i, "Unexpected opening brace inside a format item.");
        i++;
      }
      itemFormat = format.slice(start, i);
    }
    if (i >= n) throw $formatItemError(i, "Format item ends prematurely.");
    if (format[i] !== "}") throw $formatItemError(i, "Expected a '}' character.");
    i++;
    if (index >= args.length) throw new $FormatException("Index (zero based) must be greater than or equal to zero and less than the size of the argument list.");
    out += $formatValue(args[index], alignment, itemFormat);
  }
  return out;
}

