// System.Text.StringBuilder over a JS string (V8 concatenation builds ropes, so appends stay cheap).
import { $ArgumentNullException, $ArgumentOutOfRangeException, $IndexOutOfRangeException, $argOutOfRange, $indexRangeMessage, $indexRangeOrEqualMessage, $throwIfNegative } from "./exceptions.mjs";
import { $toString } from "./object.mjs";
import { $format } from "./format.mjs";
import { $replace } from "./strings.mjs";


export class $StringBuilder {
  static $name = "StringBuilder";
  static $fullName = "System.Text.StringBuilder";

  // new StringBuilder(), (capacity), (string), (string, capacity): only a string argument matters.
  constructor(value) {
    this.s = typeof value === "string" ? value : "";
  }

  get Length() { return this.s.length; }
  set Length(value) {
    $throwIfNegative(value, "value");
    this.s = value <= this.s.length ? this.s.slice(0, value) : this.s + "\0".repeat(value - this.s.length);
  }
  get Capacity() { return Math.max(16, this.s.length); }
  set Capacity(value) { }
  EnsureCapacity(capacity) { return Math.max(capacity, this.Capacity); }

  GetChar(index) {
    if (index < 0 || index >= this.s.length) throw new $IndexOutOfRangeException();
    return this.s.charCodeAt(index);
  }
  SetChar(index, c) {
    if (index < 0 || index >= this.s.length) throw new $ArgumentOutOfRangeException($indexRangeMessage, null, "index");
    this.s = this.s.slice(0, index) + String.fromCharCode(c) + this.s.slice(index + 1);
  }

  // Append(string): a null string appends nothing.
  Append(value) { if (value !== null && value !== undefined) this.s += value; return this; }
  AppendObject(value) { this.s += $toString(value); return this; }
  AppendChar(c, repeatCount = 1) {
    $throwIfNegative(repeatCount, "repeatCount");
    this.s += repeatCount === 1 ? String.fromCharCode(c) : String.fromCharCode(c).repeat(repeatCount);
    return this;
  }
  // Append(char[] [, startIndex, charCount]).
  AppendChars(chars, startIndex = 0, charCount) {
    if (charCount !== undefined) {
      $throwIfNegative(startIndex, "startIndex");
      $throwIfNegative(charCount, "charCount");
      if (chars === null || chars === undefined) {
        if (startIndex === 0 && charCount === 0) return this;
        throw new $ArgumentNullException(null, null, "value");
      }
      if (charCount > chars.length - startIndex) throw $argOutOfRange("charCount", $indexRangeOrEqualMessage);
    }
    if (chars === null || chars === undefined) return this;
    const end = charCount === undefined ? chars.length : startIndex + charCount;
    for (let i = startIndex; i < end; i++) this.s += String.fromCharCode(chars[i]);
    return this;
  }
  // Append(string, startIndex, count).
  AppendSubstring(value, startIndex, count) {
    $throwIfNegative(startIndex, "startIndex");
    $throwIfNegative(count, "count");
    if (value === null || value === undefined) {
      if (startIndex === 0 && count === 0) return this;
      throw new $ArgumentNullException(null, null, "value");
    }
    if (startIndex > value.length - count) throw $argOutOfRange("startIndex", $indexRangeOrEqualMessage);
    this.s += value.substr(startIndex, count);
    return this;
  }
  AppendLine(value) { if (value !== null && value !== undefined) this.s += value; this.s += "\n"; return this; }
  AppendFormat(format, args) { this.s += $format(format, args); return this; }
  AppendJoin(separator, values) {
    const sep = typeof separator === "number" ? String.fromCharCode(separator) : separator ?? "";
    let first = true;
    for (const v of values) { if (!first) this.s += sep; this.s += $toString(v); first = false; }
    return this;
  }

  Insert(index, value, count = 1) {
    $throwIfNegative(count, "count");
    if (index < 0 || index > this.s.length) throw $argOutOfRange("index", $indexRangeOrEqualMessage);
    const text = value === null || value === undefined ? "" : String(value);
    this.s = this.s.slice(0, index) + (count === 1 ? text : text.repeat(count)) + this.s.slice(index);
    return this;
  }
  InsertChar(index, c) { return this.Insert(index, String.fromCharCode(c)); }
  InsertObject(index, value) { return this.Insert(index, $toString(value)); }

  Remove(startIndex, length) {
    $throwIfNegative(length, "length");
    $throwIfNegative(startIndex, "startIndex");
    if (length > this.s.length - startIndex) throw $argOutOfRange("length", $indexRangeOrEqualMessage);
    this.s = this.s.slice(0, startIndex) + this.s.slice(startIndex + length);
    return this;
  }

  // Replace(old, new [, startIndex, count]) for strings or char codes.
  Replace(oldValue, newValue, startIndex, count) {
    if (startIndex === undefined) { this.s = $replace(this.s, oldValue, newValue); return this; }
    if (startIndex < 0 || startIndex > this.s.length) throw $argOutOfRange("startIndex", $indexRangeOrEqualMessage);
    if (count < 0 || startIndex > this.s.length - count) throw $argOutOfRange("count", $indexRangeOrEqualMessage);
    const middle = $replace(this.s.substr(startIndex, count), oldValue, newValue);
    this.s = this.s.slice(0, startIndex) + middle + this.s.slice(startIndex + count);
    return this;
  }

  Clear() { this.s = ""; return this; }

  // ToString(); ToString(startIndex, length) is a method of its own, linked only where a program calls it.
  toString() { return this.s; }
  ToString(startIndex, length) {
    if (startIndex === undefined) return this.s;
    // .NET checks in this order, each with its own message.
    $throwIfNegative(startIndex, "startIndex");
    if (startIndex > this.s.length) throw $argOutOfRange("startIndex", "startIndex cannot be larger than length of string.");
    $throwIfNegative(length, "length");
    if (startIndex > this.s.length - length) throw $argOutOfRange("length", "Index and length must refer to a location within the string.");
    return this.s.substr(startIndex, length);
  }

  // StringBuilder.Equals(StringBuilder) compares contents; object.Equals stays reference equality.
  EqualsBuilder(other) { return other instanceof $StringBuilder && other.s === this.s; }
}
