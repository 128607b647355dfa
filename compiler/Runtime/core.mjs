// Helpers the lowering emits calls to: C# integer semantics, conversions, type tests, arrays,
// construction, iterators, and the type objects of primitive types.
import { $DivideByZeroException, $OverflowException, $InvalidCastException, $IndexOutOfRangeException,
  $InvalidOperationException, $NullReferenceException, $ArgumentOutOfRangeException } from "./exceptions.mjs";
import { $BoxedChar, $BoxedDouble, $BoxedFloat, $toString, $defaultEquals, $hashCode } from "./object.mjs";
import { $enumToString } from "./enums.mjs";
import { $doubleToString, $floatToString } from "./doubles.mjs";

// ---- integer arithmetic ------------------------------------------------------------------------

const $overflow = () => new $OverflowException("Arithmetic operation resulted in an overflow.");
const $divByZero = () => new $DivideByZeroException("Attempted to divide by zero.");

export function $idiv(a, b) {
  if (b === 0) throw $divByZero();
  if (b === -1 && a === -2147483648) throw $overflow();
  return (a / b) | 0;
}
export function $imod(a, b) {
  if (b === 0) throw $divByZero();
  // .NET computes the remainder with the division instruction, which faults on MinValue / -1
  if (b === -1) { if (a === -2147483648) throw $overflow(); return 0; }
  return (a % b) | 0;
}
export function $udiv(a, b) {
  if (b === 0) throw $divByZero();
  return Math.trunc(a / b) >>> 0;
}
export function $umod(a, b) {
  if (b === 0) throw $divByZero();
  return (a % b) >>> 0;
}
export function $ldiv(a, b) {
  if (b === 0n) throw $divByZero();
  if (b === -1n && a === -9223372036854775808n) throw $overflow();
  return a / b;
}
export function $lmod(a, b) {
  if (b === 0n) throw $divByZero();
  if (b === -1n) { if (a === -9223372036854775808n) throw $overflow(); return 0n; }
  return a % b;
}
export function $uldiv(a, b) {
  if (b === 0n) throw $divByZero();
  return a / b;
}
export function $ulmod(a, b) {
  if (b === 0n) throw $divByZero();
  return a % b;
}

// checked: the exact result must fit
export function $ck32(x) {
  if (x < -2147483648 || x > 2147483647) throw $overflow();
  return x;
}
export function $cku32(x) {
  if (x < 0 || x > 4294967295) throw $overflow();
  return x;
}
export function $ck64(x) {
  if (x < -9223372036854775808n || x > 9223372036854775807n) throw $overflow();
  return x;
}
export function $cku64(x) {
  if (x < 0n || x > 18446744073709551615n) throw $overflow();
  return x;
}
export function $ckRange(x, min, max) {
  if (x < min || x > max) throw $overflow();
  return x;
}
export function $ckBigToNumber(x, min, max) {
  if (x < BigInt(min) || x > BigInt(max)) throw $overflow();
  return Number(x);
}

// float → integer: unchecked conversions saturate (NaN → 0), as .NET 9+ does on every platform
export function $dtoi(x, min, max) {
  if (x !== x) return 0;
  x = Math.trunc(x);
  return x < min ? min : x > max ? max : x;
}
export function $dtoi64(x) {
  if (x !== x) return 0n;
  if (x <= -9223372036854775808) return -9223372036854775808n;
  if (x >= 9223372036854775807) return 9223372036854775807n;
  return BigInt(Math.trunc(x));
}
export function $dtou64(x) {
  if (x !== x || x <= 0) return 0n;
  if (x >= 18446744073709551615) return 18446744073709551615n;
  return BigInt(Math.trunc(x));
}
export function $ckd(x, min, max) {
  if (x !== x) throw $overflow();
  const t = Math.trunc(x);
  if (t < min || t > max) throw $overflow();
  return t;
}
export function $ckd64(x) {
  if (x !== x || x < -9223372036854775808 || x >= 9223372036854775808) throw $overflow();
  return BigInt(Math.trunc(x));
}
export function $ckdu64(x) {
  if (x !== x || x <= -1 || x >= 18446744073709551616) throw $overflow();
  return BigInt(Math.trunc(x));
}

// ---- nullable and lifted operators ---------------------------------------------------------------

export function $nullableValue(x) {
  if (x === null || x === undefined) throw new $InvalidOperationException("Nullable object must have a value.");
  return x;
}
// bool? & and | are three-valued: false & null is false, true | null is true
export function $liftedAnd(a, b) {
  if (a === false || b === false) return false;
  return a == null || b == null ? null : true;
}
export function $liftedOr(a, b) {
  if (a === true || b === true) return true;
  return a == null || b == null ? null : false;
}

export function $refEq(a, b) { return a === b || (a === null || a === undefined) && (b === null || b === undefined); }
export function $refNe(a, b) { return !$refEq(a, b); }

// ---- primitive type objects (typeof(int), is int, GetType()) --------------------------------------

function $primitive(name, test, zero) {
  return { $name: name, $fullName: "System." + name, $isPrimitive: true, $test: test, $default: zero };
}
const $isInt = (min, max) => x => typeof x === "number" && Number.isInteger(x) && x >= min && x <= max;
export const $Object = $primitive("Object", x => x !== null && x !== undefined, null);
export const $String = $primitive("String", x => typeof x === "string", null);
export const $Boolean = $primitive("Boolean", x => typeof x === "boolean", false);
export const $Char = $primitive("Char", x => x instanceof $BoxedChar, 0);
export const $SByte = $primitive("SByte", $isInt(-128, 127), 0);
export const $Byte = $primitive("Byte", $isInt(0, 255), 0);
export const $Int16 = $primitive("Int16", $isInt(-32768, 32767), 0);
export const $UInt16 = $primitive("UInt16", $isInt(0, 65535), 0);
export const $Int32 = $primitive("Int32", $isInt(-2147483648, 2147483647), 0);
export const $UInt32 = $primitive("UInt32", $isInt(0, 4294967295), 0);
export const $Int64 = $primitive("Int64", x => typeof x === "bigint" && x === BigInt.asIntN(64, x), 0n);
export const $UInt64 = $primitive("UInt64", x => typeof x === "bigint" && x === BigInt.asUintN(64, x), 0n);
// A boxed float is a $BoxedFloat; a boxed double is a fractional (NaN, infinite) number or a $BoxedDouble.
// $text: how a value of this type prints where only the type says so (string.Join of floats: a float is a bare JS number)
export const $Single = Object.assign($primitive("Single", x => x instanceof $BoxedFloat, 0), { $text: v => typeof v === "number" ? new $BoxedFloat(v).toString() : $toString(v) });
export const $Double = $primitive("Double", x => x instanceof $BoxedDouble || typeof x === "number" && !Number.isInteger(x), 0);
export const $Decimal = $primitive("Decimal", x => typeof x === "number", 0);

/** A boxed enum value: prints its name, unboxes to the number. */
export class $BoxedEnum {
  constructor(value, type) { this.value = value; this.type = type; }
  toString() { return $enumToString(this.type, this.value); }
  valueOf() { return this.value; }
  Equals(o) { return o instanceof $BoxedEnum && o.type === this.type && o.value === this.value; }
  GetHashCode() { return typeof this.value === "bigint" ? Number(BigInt.asIntN(32, this.value)) : this.value | 0; }
  CompareTo(o) { const v = o instanceof $BoxedEnum ? o.value : o; return this.value < v ? -1 : this.value > v ? 1 : 0; }
  GetType() { return this.type; }
}
export function $boxEnum(value, type) {
  return value === null || value === undefined ? null : new $BoxedEnum(value, type);
}

// ---- type tests and casts -------------------------------------------------------------------------

function $implements(ctor, iface) {
  for (let c = ctor; c; c = Object.getPrototypeOf(c)) {
    const list = Object.prototype.hasOwnProperty.call(c, "$interfaces") ? c.$interfaces : null;
    if (list) for (const i of list) if (i === iface || $implements(i, iface)) return true;
  }
  return false;
}

/** x is T for classes, interfaces (static $interfaces), enums, primitives and runtime types. */
export function $is(x, type) {
  if (x === null || x === undefined || type === null || type === undefined) return false;
  if (type.$isPrimitive) return type.$test(x);
  if (type.$isEnum) return x instanceof $BoxedEnum ? x.type === type : false;
  if (typeof type === "function") {
    if (x instanceof type) return true;
    if (type === Function) return typeof x === "function";
    if (type === Array) return $isArray(x);
    if (type.$isInterface || type.$interfaces !== undefined || type.$test) {
      if (typeof type.$test === "function" && type.$test(x)) return true;
      return typeof x === "object" && $implements(x.constructor, type);
    }
    return false;
  }
  if (typeof type.$test === "function") return type.$test(x);
  return false;
}

export function $as(x, type) { return $is(x, type) ? x : null; }

export function $cast(x, type) {
  if (x === null || x === undefined || $is(x, type)) return x ?? null;
  throw new $InvalidCastException(`Unable to cast object of type '${$getType(x).$fullName}' to type '${type.$fullName ?? type.name}'.`);
}

/** (T)obj for a value type T: null throws NullReferenceException, a wrong type InvalidCastException. */
export function $unbox(x, type) {
  if (x === null || x === undefined) throw new $NullReferenceException("Object reference not set to an instance of an object.");
  if (x instanceof $BoxedEnum) x = x.value;
  else if (x instanceof $BoxedChar) {
    if (type !== $Char && type !== null) throw $invalidCast(x, type);
    return x.value;
  }
  else if (x instanceof $BoxedDouble || x instanceof $BoxedFloat) {
    if (type !== (x instanceof $BoxedDouble ? $Double : $Single) && type !== null && !type.$isEnum) throw $invalidCast(x, type);
    return x.value;
  }
  // a plain number unboxed to double/float: a double, or a value of an erased generic T
  if (type && type.$isPrimitive && !type.$test(x) && !((type === $Double || type === $Single) && typeof x === "number")) throw $invalidCast(x, type);
  return x;
}
export function $unboxOrNull(x, type) { return x === null || x === undefined ? null : $unbox(x, type); }
export function $unboxCharOrNull(x) { return x === null || x === undefined ? null : x instanceof $BoxedChar ? x.value : x; }

function $invalidCast(x, type) {
  return new $InvalidCastException(`Unable to cast object of type '${$getType(x).$fullName}' to type '${type.$fullName}'.`);
}

/** x.GetType(): the class of an object, or the type object of a primitive. */
export function $getType(x) {
  if (x === null || x === undefined) throw new $NullReferenceException("Object reference not set to an instance of an object.");
  switch (typeof x) {
    case "string": return $String;
    case "boolean": return $Boolean;
    case "number": return Number.isInteger(x) && x >= -2147483648 && x <= 2147483647 ? $Int32 : $Double;
    case "bigint": return $Int64;
    case "function": return { $name: "Func`1", $fullName: "System.Delegate" };
  }
  if (x instanceof $BoxedChar) return $Char;
  if (x instanceof $BoxedDouble) return $Double;
  if (x instanceof $BoxedFloat) return $Single;
  if (x instanceof $BoxedEnum) return x.type;
  if ($isArray(x)) { const e = $arrayElementName(x); return { $name: `${e}[]`, $fullName: `System.${e}[]` }; }
  if (typeof x.GetType === "function") return x.GetType();
  return x.constructor;
}

/** default(T) for a type object. */
/** The type object of T? for a value type T passed as a type argument: values test as T's, default(T?) is null. */
export function $nullableType(t) {
  if (t === null || t === undefined) return t;
  return t.$nullableOf ??= { $name: "Nullable`1", $fullName: "System.Nullable`1", $test: x => $is(x, t), $defaultValue: () => null, $underlying: t };
}

export function $defaultOf(type) {
  if (type === null || type === undefined) return null;
  if (type.$isPrimitive) return type.$default;
  if (type.$isEnum) return type.$isBig ? 0n : 0;
  if (type.$isStruct) return new type();
  if (typeof type.$defaultValue === "function") return type.$defaultValue();
  return null;
}

// ---- classes ----------------------------------------------------------------------------------------

/** Gives the classes of one namespace their C# Name and FullName: the JS class's own name is the C# name.
 *  Defined, not assigned: $Exception answers both through static getters, which an assignment to a
 *  subclass would run into. */
export function $types(ns, ...classes) {
  for (const c of classes) {
    Object.defineProperty(c, "$name", { value: c.name, writable: true });
    Object.defineProperty(c, "$fullName", { value: ns ? `${ns}.${c.name}` : c.name, writable: true });
  }
}

/** Records the interfaces a class implements and copies their default methods it lacks. */
// A class implementing IEquatable<T> with both Equals(T) and Equals(object): the typed one, under its JS name,
// is what EqualityComparer<T>.Default calls (for an argument that is a T).
export function $equatable(cls, target, name) {
  Object.defineProperty(cls.prototype, "$typedEquals", {
    value: function (o) { return o instanceof target ? this[name](o) : this.Equals(o); },
    writable: true, configurable: true,
  });
}

export function $implement(cls, interfaces) {
  cls.$interfaces = interfaces;
  for (const iface of interfaces) {
    if (typeof iface !== "function") continue;
    for (const key of Object.getOwnPropertyNames(iface.prototype)) {
      if (key === "constructor" || key in cls.prototype) continue;
      Object.defineProperty(cls.prototype, key, Object.getOwnPropertyDescriptor(iface.prototype, key));
    }
  }
}

/** A user class whose base is a runtime class: run the base's JS constructor with the C# base(...)
 * arguments and adopt the state it set up. */
export function $baseCtor(self, base, args) {
  const made = Reflect.construct(base, args, self.constructor);
  for (const key of Reflect.ownKeys(made)) Object.defineProperty(self, key, Object.getOwnPropertyDescriptor(made, key));
}

/** The end of a class's lazy static initialization ($cinit): each static field's accessor pair (which ran
 * $cinit first) becomes a plain data property holding the initialized value, so later reads are direct. */
export function $staticsReady(cls, names) {
  for (const name of names)
    Object.defineProperty(cls, name, { value: cls["$s_" + name], writable: true, configurable: true, enumerable: true });
}

/** A copy with the same class and own fields. Constructing it first gives the copy the class's own
 * object shape (user classes have no JS constructor logic), which keeps copies fast to make and to read. */
export function $shallowClone(x) {
  return Object.assign(new x.constructor(), x);
}
/** Boxing a struct copies it. */
export function $cloneValue(x) {
  return x !== null && x !== undefined && typeof x.$clone === "function" ? x.$clone() : x;
}

export function $throw(e) { throw e; }

export function $switchFail(value) {
  throw new $InvalidOperationException("Non-exhaustive switch expression failed to match its input.");
}

// ---- arrays -----------------------------------------------------------------------------------------

export function $newArray(length, fill) {
  if (length < 0) throw $overflow();
  return new Array(length).fill(fill);
}
/** new T[n] for numeric T: a typed array (compiler/README.md, Values), already zero-filled. */
export function $newTypedArray(type, length) {
  if (length < 0) throw $overflow();
  return new type(length);
}
/** A library result typed T[] for numeric T, as the typed array such arrays are (a copy only when it was a plain Array). */
export function $asTypedArray(type, x) {
  return x === null || x === undefined || x instanceof type ? x ?? null : type.from(x);
}
/** A C# array at run time: a JS Array, or a typed array for numeric element types. */
export function $isArray(x) {
  return Array.isArray(x) || ArrayBuffer.isView(x) && !(x instanceof DataView);
}
/** char[]: UTF-16 codes like ushort[], but its own class so that it prints as System.Char[]. */
export class $CharArray extends Uint16Array {}
const $typedArrayNames = new Map([[$CharArray, "Char"], [Uint8Array, "Byte"], [Int8Array, "SByte"], [Int16Array, "Int16"], [Uint16Array, "UInt16"],
  [Int32Array, "Int32"], [Uint32Array, "UInt32"], [Float32Array, "Single"], [Float64Array, "Double"],
  [BigInt64Array, "Int64"], [BigUint64Array, "UInt64"]]);
/** The C# type name of an array's elements ("Byte" for a Uint8Array; "Object" for a JS Array, whose element type is erased). */
export function $arrayElementName(x) { return $typedArrayNames.get(x.constructor) ?? "Object"; }
export function $newArrayOf(length, make) {
  if (length < 0) throw $overflow();
  const a = new Array(length);
  for (let i = 0; i < length; i++) a[i] = make();
  return a;
}
/** A checked array index: IndexOutOfRangeException outside [0, length). */
/** The failing branch of the lowering's inline bounds check (`a[i >>> 0 < a.length ? i : $throwIndex()]`). */
export function $throwIndex() {
  throw new $IndexOutOfRangeException("Index was outside the bounds of the array.");
}

export function $ix(array, index) {
  if (index >= 0 && index < array.length) return index;
  if (array === null || array === undefined) throw new $NullReferenceException("Object reference not set to an instance of an object.");
  throw new $IndexOutOfRangeException("Index was outside the bounds of the array.");
}

// ---- iterators --------------------------------------------------------------------------------------

/** An IEnumerable<T> iterator method's result: every enumeration runs the generator afresh. */
export function $iterable(self, generator) {
  return { [Symbol.iterator]: () => generator.call(self) };
}
/** An IEnumerator<T> iterator method's result: the running generator, usable as MoveNext/Current too. */
export function $iterator(self, generator) {
  return $asEnumerator(generator.call(self));
}
function $asEnumerator(it) {
  let current;
  it.MoveNext = function () { const r = it.next(); if (r.done) return false; current = r.value; return true; };
  Object.defineProperty(it, "Current", { get: () => current });
  it.Dispose = function () { it.return?.(); };
  return it;
}
/** [Symbol.iterator] of a user IEnumerable: adapts what GetEnumerator returns (a generator or an object with MoveNext/Current). */
export function $enumeratorIterator(e) {
  if (typeof e.next === "function") return e;
  if (typeof e[Symbol.iterator] === "function" && typeof e.MoveNext !== "function") return e[Symbol.iterator]();
  return {
    next() { return e.MoveNext() ? { value: e.Current, done: false } : (e.Dispose?.(), { value: undefined, done: true }); },
    return() { e.Dispose?.(); return { value: undefined, done: true }; },
    [Symbol.iterator]() { return this; },
  };
}

/** A nullable value as string concatenation prints it ("" for null). */
export function $toStringNullable(value, type) {
  if (value === null || value === undefined) return "";
  if (type === $Char) return String.fromCharCode(value);
  if (type === $Boolean) return value ? "True" : "False";
  if (type && type.$isEnum) return $enumToString(type, value);
  return String(new $BoxedNumber(value, type));
}
class $BoxedNumber { constructor(v, t) { this.v = v; this.t = t; } toString() { return $numberText(this.v, this.t); } }
function $numberText(v, t) { return t === $Single ? $floatToString(v) : $doubleToString(v); }

/** An anonymous object: properties by name, ToString as .NET prints it, value equality.
 * `values` holds [value, text] pairs for members whose text needs their static type. */
export function $anonymous(names, values, typed) {
  const o = Object.create($Anonymous.prototype);
  const texts = {};
  names.forEach((n, i) => {
    if (typed[i]) { o[n] = values[i][0]; texts[n] = values[i][1]; }
    else o[n] = values[i];
  });
  Object.defineProperty(o, "$names", { value: names });
  Object.defineProperty(o, "$texts", { value: texts });
  return o;
}
class $Anonymous {
  toString() {
    const parts = this.$names.map(n => `${n} = ${n in this.$texts ? this.$texts[n] : $toString(this[n])}`);
    return parts.length === 0 ? "{ }" : `{ ${parts.join(", ")} }`;
  }
  Equals(o) { return o instanceof $Anonymous && this.$names.length === o.$names.length && this.$names.every(n => $defaultEquals(this[n], o[n])); }
  GetHashCode() { let h = 17; for (const n of this.$names) h = (Math.imul(h, 31) + $hashCode(this[n])) | 0; return h; }
}

/** arr[a..b] on an array (RuntimeHelpers.GetSubArray). */
export function $subArray(array, start, length) {
  if (start < 0 || length < 0 || start + length > array.length) throw new $ArgumentOutOfRangeException("Specified argument was out of the range of valid values. (Parameter 'length')");
  return array.slice(start, start + length);
}

// ---- BCL interfaces as type objects (is/as on IComparable, IEnumerable…) ----------------------------

function $bclInterface(name, fullName, test) {
  return { $name: name, $fullName: fullName, $isPrimitive: true, $test: test, $default: null };
}
const $hasMethod = (x, name) => x !== null && typeof x === "object" && typeof x[name] === "function";
export const $IComparable = $bclInterface("IComparable", "System.IComparable",
  x => typeof x === "number" || typeof x === "string" || typeof x === "bigint" || typeof x === "boolean" || $hasMethod(x, "CompareTo"));
export const $IEquatable = $bclInterface("IEquatable`1", "System.IEquatable`1",
  x => typeof x === "number" || typeof x === "string" || typeof x === "bigint" || typeof x === "boolean" || $hasMethod(x, "Equals"));
export const $IDisposable = $bclInterface("IDisposable", "System.IDisposable", x => $hasMethod(x, "Dispose"));
export const $IEnumerable = $bclInterface("IEnumerable", "System.Collections.IEnumerable",
  x => typeof x === "string" || x !== null && typeof x === "object" && typeof x[Symbol.iterator] === "function");
export const $IEnumerableNotString = $bclInterface("IEnumerable`1", "System.Collections.Generic.IEnumerable`1",
  x => x !== null && typeof x === "object" && typeof x[Symbol.iterator] === "function");
export const $IList = $bclInterface("IList", "System.Collections.IList", x => $isArray(x) || $hasMethod(x, "get_Item") && "Count" in x);
export const $IDictionary = $bclInterface("IDictionary", "System.Collections.IDictionary", x => $hasMethod(x, "ContainsKey"));
export const $IFormattable = $bclInterface("IFormattable", "System.IFormattable",
  x => typeof x === "number" || typeof x === "bigint" || $hasMethod(x, "$formatWith"));

// ---- records and structs ------------------------------------------------------------------------

function $defineMissing(cls, name, fn, keep) {
  if (keep && keep.includes(name)) return;
  if (Object.prototype.hasOwnProperty.call(cls.prototype, name)) return;
  Object.defineProperty(cls.prototype, name, { value: fn, writable: true, configurable: true });
}

function $valueEquality(cls, d) {
  const fields = d.fields;
  const base = Object.getPrototypeOf(cls.prototype);
  $defineMissing(cls, "Equals", d.typedEquals
    ? function (o) { return o !== null && o !== undefined && o.constructor === this.constructor && this[d.typedEquals](o); }
    : function (o) {
      if (o === this) return true;
      if (o === null || o === undefined || o.constructor !== this.constructor) return false;
      if (d.derived && !base.Equals.call(this, o)) return false;
      for (const f of fields) if (!$defaultEquals(this[f], o[f])) return false;
      return true;
    }, d.keep);
  $defineMissing(cls, "GetHashCode", function () {
    let h = d.derived ? base.GetHashCode.call(this) : 17;
    for (const f of fields) h = (Math.imul(h, 31) + $hashCode(this[f])) | 0;
    return h;
  }, d.keep);
  $defineMissing(cls, "$clone", function () {
    const c = $shallowClone(this);
    if (d.structs) for (const f of d.structs) c[f] = c[f].$clone();
    return c;
  });
}

/** Installs a record's synthesized members: value equality, hash, ToString as .NET prints it, $clone for `with`. */
export function $record(cls, d) {
  $valueEquality(cls, d);
  const base = Object.getPrototypeOf(cls.prototype);
  $defineMissing(cls, "$printMembers", d.printer ? function () { return d.printer(this); } : function () {
    const parts = d.derived ? [base.$printMembers.call(this)].filter(s => s !== "") : [];
    // An entry is "Name" (JS name = C# name, printed by $toString) or [name, key, formatter?]; no list: the fields.
    for (const entry of d.print ?? d.fields) {
      const [name, key, text] = typeof entry === "string" ? [entry, entry] : entry;
      parts.push(`${name} = ${text ? text(this[key]) : $toString(this[key])}`);
    }
    return parts.join(", ");
  });
  // what a user's override of PrintMembers reaches with base.PrintMembers(builder)
  $defineMissing(cls, "PrintMembers", function (b) { const m = cls.prototype.$printMembers.call(this); b.Append(m); return m !== ""; });
  // The name is the record's that synthesized ToString, not the runtime type's: a derived record whose own
  // ToString calls base.ToString() prints the base's name (with the derived members, PrintMembers being virtual).
  // C# prints the name as written in source: a generic record's without its `arity.
  $defineMissing(cls, "toString", function () {
    const m = this.$printMembers();
    return cls.$name.replace(/`\d+$/, "") + (m ? ` { ${m} }` : " { }");
  }, d.keep);
}

/** Installs a struct's field-wise Equals, GetHashCode and $clone (copies on assignment). */
export function $struct(cls, d) {
  // A readonly struct cannot change after construction: sharing the object is as good as copying it
  // (`with` on one copies explicitly).
  if (d.immutable) $defineMissing(cls, "$clone", function () { return this; });
  $valueEquality(cls, d);
}

/** A generic T value converted to object when T's type object is known: a char or an enum boxes as itself. */
export function $boxTyped(value, type) {
  if (type === $Char && typeof value === "number") return new $BoxedChar(value);
  if (type && type.$isEnum && (typeof value === "number" || typeof value === "bigint")) return $boxEnum(value, type);
  if (type === $Double && typeof value === "number" && Number.isInteger(value)) return new $BoxedDouble(value);
  if (type === $Single && typeof value === "number") return new $BoxedFloat(value);
  return value;
}

/** ToString of a generic T value when T's type object is known: chars and enums print as themselves. */
export function $toStringTyped(value, type) {
  if (value === null || value === undefined) return "";
  if (type === $Char && typeof value === "number") return String.fromCharCode(value);
  if (type && type.$isEnum && typeof value !== "object") return $enumToString(type, value);
  if (type === $Single && typeof value === "number") return $floatToString(value);
  return $toString(value);
}

const $identityHashes = new WeakMap();
let $nextIdentityHash = 0x1d3f;
/** object.GetHashCode() itself (base.GetHashCode() from an override): a stable per-object number. */
export function $identityHash(x) {
  let id = $identityHashes.get(x);
  if (id === undefined) { id = $nextIdentityHash = (Math.imul($nextIdentityHash, 1103515245) + 12345) & 0x7fffffff; $identityHashes.set(x, id); }
  return id;
}

/** new T() for a type object: primitives give their default, user classes run their parameterless constructor. */
export function $newOf(type) {
  if (type.$isPrimitive) return type.$default;
  if (type.$isEnum) return type.$isBig ? 0n : 0;
  const o = new type();
  return typeof o.$ctor === "function" ? o.$ctor() : o;
}
