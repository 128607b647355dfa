// System.ValueTuple: (a, b, ...) as one flat object with Item1..ItemN (an 8+-tuple keeps its items
// flat too, so Item8 and beyond are plain properties), value equality, ordering and .NET's ToString.
import { $equals, $defaultEquals, $hashCode, $compare, $toString } from "./object.mjs";
import { $defaultOf, $Double, $boxTyped } from "./core.mjs";

export class $ValueTuple {
  static $name = "ValueTuple";
  static $fullName = "System.ValueTuple";
  constructor(...items) {
    this.$n = items.length;
    for (let i = 0; i < items.length; i++) this["Item" + (i + 1)] = items[i];
  }
  /** ValueTuple.Create(a, b, ...) */
  static Create(...items) { return new $ValueTuple(...items); }
  $elements() {
    const r = [];
    for (let i = 1; i <= this.$n; i++) r.push(this["Item" + i]);
    return r;
  }
  Equals(o) {
    if (!(o instanceof $ValueTuple) || o.$n !== this.$n) return false;
    for (let i = 1; i <= this.$n; i++) if (!$defaultEquals(this["Item" + i], o["Item" + i])) return false;
    return true;
  }
  GetHashCode() {
    let h = 17;
    for (let i = 1; i <= this.$n; i++) {
      const v = this["Item" + i];
      h = (Math.imul(h, 31) + (v === null || v === undefined ? 0 : $hashCode(v))) | 0;
    }
    return h;
  }
  CompareTo(o) {
    if (o === null || o === undefined) return 1;
    for (let i = 1; i <= this.$n; i++) {
      const c = $compare(this["Item" + i], o["Item" + i]);
      if (c !== 0) return c;
    }
    return 0;
  }
  toString() { return "(" + this.$elements().map(x => $toString(x)).join(", ") + ")"; }
  ToString() { return this.toString(); }
  // a copy of the tuple copies its struct and tuple elements too (they are values)
  $clone() { return new $ValueTuple(...this.$elements().map(x => x instanceof $ValueTuple || x?.constructor?.$isStruct ? x.$clone() : x)); }
}

/** An element of a tuple the runtime builds (Zip, Index), given its C# type's object: stored boxed as
 *  the compiler stores a char, float or enum tuple slot, since the tuple's ToString and Equals cannot
 *  tell such a number from an int otherwise. */
export function $tupleSlot(value, type) {
  // as $boxTyped boxes a T value, except a double: the compiler keeps a double slot a plain number
  return type === $Double ? value : $boxTyped(value, type);
}

/** Tuple equality `a == b` as C# lowers it element-wise, for callers that only have the tuples. */
export function $tupleEquals(a, b) { return a.Equals(b); }

/** The type object of a constructed tuple type passed as a type argument: `$ValueTuple` erases the elements,
 *  but default(T) of `(int, string)` is `(0, null)`. Tests like `$ValueTuple` of the same arity. */
export function $tupleType(...elementTypes) {
  const n = elementTypes.length;
  return {
    $name: "ValueTuple`" + n,
    $fullName: "System.ValueTuple`" + n,
    $test: x => x instanceof $ValueTuple && x.$n === n,
    $defaultValue: () => new $ValueTuple(...elementTypes.map($defaultOf)),
  };
}

/** `t1 == t2` on tuples: C# compares element by element with each element's own `==` — numbers as numbers
 *  (NaN is not equal to itself), a user type by its `==` operator, records by value, other objects by
 *  reference — where Equals (tuple.Equals) would use Equals on each element. */
export function $tupleOpEquals(a, b) {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (a instanceof $ValueTuple && b instanceof $ValueTuple) {
    for (let i = 1; i <= a.$n; i++) if (!$tupleOpEquals(a["Item" + i], b["Item" + i])) return false;
    return true;
  }
  if (typeof a === "object" && typeof b === "object" && a.constructor === b.constructor && typeof a.valueOf === "function" && a.valueOf() !== a) return a.valueOf() === b.valueOf();
  if (typeof a !== "object" || typeof b !== "object") return typeof a === typeof b ? a === b : a == b;
  if (a.$order !== undefined && a.constructor === b.constructor) return a.$order === b.$order; // DateTime, TimeSpan
  const op = a.constructor?.op_Equality;
  if (typeof op === "function") return op.call(a.constructor, a, b);
  return typeof a.$printMembers === "function" ? $equals(a, b) : a === b;
}
