// The object protocol (ToString, Equals, GetHashCode, CompareTo) over every JS value that stands
// for a C# value: primitives are handled here, objects answer through their own methods.
import { $doubleToString, $floatToString, $floatHashCode } from "./doubles.mjs";
import { $compareCulture } from "./stringcompare.mjs";
import { $ArgumentException, $InvalidOperationException, $NullReferenceException } from "./exceptions.mjs";
import { $isArray, $arrayElementName } from "./core.mjs";

// A char converted to object or an interface: keeps printing as a character, not a number.
export class $BoxedChar {
  static $name = "Char";
  static $fullName = "System.Char";
  constructor(value) { this.value = value; }
  toString() { return String.fromCharCode(this.value); }
  valueOf() { return this.value; }
  Equals(other) { return other instanceof $BoxedChar && other.value === this.value; }
  GetHashCode() { return this.value | (this.value << 16); }
  CompareTo(other) { return other === null || other === undefined ? 1 : this.value - (other instanceof $BoxedChar ? other.value : other); }
}

// A float converted to object or an interface: keeps printing with single-precision digits
// (0.1f boxed prints "0.1", not the double "0.10000000149011612").
export class $BoxedFloat {
  static $name = "Single";
  static $fullName = "System.Single";
  constructor(value) { this.value = value; }
  toString() { return $floatToString(this.value); }
  valueOf() { return this.value; }
  Equals(other) { return other instanceof $BoxedFloat && (other.value === this.value || (Number.isNaN(other.value) && Number.isNaN(this.value))); }
  GetHashCode() { return $floatHashCode(this.value); }
  CompareTo(other) {
    const v = other instanceof $BoxedFloat ? other.value : other;
    return other === null || other === undefined ? 1 : $compare(this.value, v);
  }
}

export function $boxFloat(x) { return x === null || x === undefined ? null : new $BoxedFloat(x); }

// A double converted to object or an interface whose value is integral (or -0): kept apart from a boxed int,
// so that `is int` / `is double`, GetType and Equals tell them apart. A fractional, NaN or infinite double
// cannot be taken for an int and stays a plain number ($boxDouble).
export class $BoxedDouble {
  static $name = "Double";
  static $fullName = "System.Double";
  constructor(value) { this.value = value; }
  toString() { return $doubleToString(this.value); }
  valueOf() { return this.value; }
  Equals(other) { return other instanceof $BoxedDouble && other.value === this.value; }
  GetHashCode() { return $hashCode(this.value); }
  CompareTo(other) {
    if (other === null || other === undefined) return 1;
    return $compare(this.value, other instanceof $BoxedDouble ? other.value : other);
  }
}
/** The number a boxed double or float holds (a matched `case double d`). */
export function $unboxNumber(x) { return x instanceof $BoxedDouble || x instanceof $BoxedFloat ? x.value : x; }
export function $boxDouble(x) { return typeof x === "number" && Number.isInteger(x) ? new $BoxedDouble(x) : x; }

// The char a boxed value holds, for unboxing: (char)obj.
export function $unboxChar(x) {
  if (x instanceof $BoxedChar) return x.value;
  return x;
}

export function $toString(x) {
  switch (typeof x) {
    case "string": return x;
    case "number": return $doubleToString(x);
    case "boolean": return x ? "True" : "False";
    case "bigint": return x.toString();
    case "undefined": return "";
    case "function": return "System.Delegate";
    case "symbol": return x.toString();
  }
  if (x === null) return "";
  if ($isArray(x)) return `System.${$arrayElementName(x)}[]`;
  // a ToString override may answer null, which concatenation and interpolation print as ""
  if (typeof x.toString === "function" && x.toString !== Object.prototype.toString) return String(x.toString() ?? "");
  return x.constructor?.$fullName ?? "System.Object";
}

// ToString of an array or a System.Collections.Generic class whose static type the compiler knows: name is .NET's
// Type.ToString() of that type ("System.Collections.Generic.List`1[System.String]"), which an erased JS value no longer
// knows. A subclass (a $fullName of its own) or a ToString override prints itself.
export function $toStringNamed(x, name) {
  if (x === null || x === undefined) return "";
  const full = x.constructor?.$fullName;
  return $isArray(x) || full !== undefined && name.startsWith(full + "[") ? name : $toString(x);
}

export function $equals(a, b) {
  if (a === b) return true;
  if (a === null || a === undefined) return b === null || b === undefined;
  if (b === undefined) b = null;
  switch (typeof a) {
    case "number": return typeof b === "number" && Number.isNaN(a) && Number.isNaN(b);
    case "object": case "function":
      return typeof a.Equals === "function" ? a.Equals(b) === true : false;
  }
  return false;
}

// EqualityComparer<T>.Default: like .NET's, it never calls Equals with null, and a type implementing
// IEquatable<T> is compared through Equals(T) ($typedEquals, set by $equatable), not Equals(object).
export function $defaultEquals(a, b) {
  if (a !== null && a !== undefined && b !== null && b !== undefined && typeof a === "object" && typeof a.$typedEquals === "function") {
    return a.$typedEquals(b) === true;
  }
  return $equals(a, b);
}

const $hashView = new DataView(new ArrayBuffer(8));
let $hashNextIdentity = 0x2a5;
const $hashIdentities = new WeakMap();

function $fnvHash(s) {
  // Deterministic (FNV-1a over UTF-16 units); .NET randomizes string hashes, so no value can match it.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

export function $hashCode(x) {
  switch (typeof x) {
    case "string": return $fnvHash(x);
    case "number": {
      if (Number.isInteger(x) && x >= -2147483648 && x <= 4294967295) return x | 0;
      if (x === 0) return 0;
      $hashView.setFloat64(0, Number.isNaN(x) ? NaN : x);
      return ($hashView.getInt32(0) ^ $hashView.getInt32(4)) | 0;
    }
    case "boolean": return x ? 1 : 0;
    case "bigint": return Number(BigInt.asIntN(32, x) ^ BigInt.asIntN(32, x >> 32n)) | 0;
    case "undefined": return 0;
  }
  if (x === null) return 0;
  if (typeof x.GetHashCode === "function") return x.GetHashCode() | 0;
  let id = $hashIdentities.get(x);
  if (id === undefined) { id = $hashNextIdentity = (Math.imul($hashNextIdentity, 1103515245) + 12345) & 0x7fffffff; $hashIdentities.set(x, id); }
  return id;
}

// Comparer<T>.Default: null first, numbers with NaN lowest, strings by the invariant culture.
export function $compare(a, b) {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (a === null) return b === null ? 0 : -1;
  if (b === null) return 1;
  switch (typeof a) {
    case "number": case "bigint":
      if (a < b) return -1;
      if (a > b) return 1;
      if (a == b) return 0;
      return Number.isNaN(a) ? (Number.isNaN(b) ? 0 : -1) : 1;
    case "string": return $compareCulture(a, b, false);
    case "boolean": return a === b ? 0 : a ? 1 : -1;
  }
  if (typeof a.CompareTo === "function") return a.CompareTo(b);
  throw new $InvalidOperationException("Failed to compare two elements in the array.",
    new $ArgumentException("At least one object must implement IComparable."));
}

// IComparable.CompareTo(object): a class with its own CompareTo(T) implements this one explicitly, under the
// name the compiler gives it (CompareTo$IComparable).
export function $compareUntyped(a, b) {
  if (a !== null && typeof a === "object" && typeof a.CompareTo$IComparable === "function") return a.CompareTo$IComparable(b === undefined ? null : b);
  return $compare(a, b);
}

// Instance calls (x.ToString(), x.Equals(o), x.GetHashCode()) on a null receiver throw, as in .NET.
function $receiver(x) {
  if (x === null || x === undefined) throw new $NullReferenceException();
  return x;
}
export function $toStringOf(x) { return $toString($receiver(x)); }
export function $equalsOf(x, other) { return $equals($receiver(x), other); }
/** HashCode.Combine(a, b, …): each value's hash code (null is 0) mixed into one 32-bit int. */
export function $hashCombine(values) {
  let h = 0x2d2816fe;
  for (const v of values) h = (Math.imul(h, 31) + (v === null || v === undefined ? 0 : $hashCode(v))) | 0;
  return h;
}

export function $hashCodeOf(x) { return $hashCode($receiver(x)); }
export function $compareTo(x, other) { return $compare($receiver(x), other); }
