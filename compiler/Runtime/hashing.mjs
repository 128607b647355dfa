// Dictionary<K,V> and HashSet<T>. Both keep .NET's entry layout: new keys are appended, removed
// slots go on a free list and are reused last-freed-first, so enumeration order matches .NET's
// exactly (insertion order until something is removed).
import { $toString } from "./object.mjs";
import { $ArgumentException, $KeyNotFoundException, $argOutOfRange, $argNull } from "./exceptions.mjs";
import { $eqComparer } from "./comparers.mjs";
import { $KeyValuePair, $Enumerator, $modifiedDuringEnumeration, $setOut, $items, $structCopy } from "./collections.mjs";

class $HashSlots {
  constructor(comparer) {
    this.$cmp = $eqComparer(comparer);
    this.$clear();
  }
  $clear() {
    this.$keys = [];
    this.$live = [];
    this.$free = [];
    this.$count = 0;
    this.$map = new Map();     // primitive stand-in key -> slot
    this.$buckets = new Map(); // hash code -> slots
  }
  get Count() { return this.$count; }
  get Comparer() { return this.$cmp; }
  $find(key) {
    const c = this.$cmp;
    const k = c.$key ? c.$key(key) : undefined;
    if (k !== undefined) {
      const i = this.$map.get(k);
      return i === undefined ? -1 : i;
    }
    const b = this.$buckets.get(c.GetHashCode(key) | 0);
    if (b !== undefined) for (const i of b) if (c.Equals(this.$keys[i], key)) return i;
    return -1;
  }
  /** Puts a key known to be absent into a slot; returns the slot. */
  $insertKey(key) {
    const i = this.$free.length > 0 ? this.$free.pop() : this.$keys.length;
    this.$keys[i] = key;
    this.$live[i] = true;
    this.$count++;
    const c = this.$cmp;
    const k = c.$key ? c.$key(key) : undefined;
    if (k !== undefined) this.$map.set(k, i);
    else {
      const h = c.GetHashCode(key) | 0;
      const b = this.$buckets.get(h);
      if (b === undefined) this.$buckets.set(h, [i]); else b.push(i);
    }
    return i;
  }
  $removeAt(i) {
    const key = this.$keys[i];
    const c = this.$cmp;
    const k = c.$key ? c.$key(key) : undefined;
    if (k !== undefined) this.$map.delete(k);
    else {
      const h = c.GetHashCode(key) | 0;
      const b = this.$buckets.get(h);
      b.splice(b.indexOf(i), 1);
      if (b.length === 0) this.$buckets.delete(h);
    }
    this.$keys[i] = undefined;
    this.$live[i] = false;
    this.$free.push(i);
    this.$count--;
  }
}

// Walks the live slots of a Dictionary/HashSet (an iterator object: faster than a generator),
// failing if the collection changes version meanwhile, as .NET's enumerators do.
class $SlotIterator {
  constructor(coll, project) { this.$coll = coll; this.$project = project; this.$i = 0; this.$version = coll.$version; }
  next() {
    const c = this.$coll;
    if (this.$version !== c.$version) throw $modifiedDuringEnumeration();
    const live = c.$live, n = c.$keys.length;
    while (this.$i < n) {
      const i = this.$i++;
      if (live[i]) return { value: this.$project(c, i), done: false };
    }
    return { value: undefined, done: true };
  }
  return() { this.$i = this.$coll.$keys.length; return { value: undefined, done: true }; }
  [Symbol.iterator]() { return this; }
}
const $projectKey = (c, i) => c.$keys[i];
const $projectValue = (c, i) => $structCopy(c.$vals[i]);
const $projectPair = (c, i) => new $KeyValuePair(c.$keys[i], $structCopy(c.$vals[i]));

/** A live view of a dictionary's keys or values (Dictionary.Keys / .Values). */
class $DictionaryView {
  constructor(dict, values) { this.$dict = dict; this.$values = values; }
  get Count() { return this.$dict.$count; }
  Contains(x) { return this.$values ? this.$dict.ContainsValue(x) : this.$dict.ContainsKey(x); }
  CopyTo(array, index) { for (const x of this) array[index++] = x; }
  GetEnumerator() { return new $Enumerator(this); }
  [Symbol.iterator]() { return new $SlotIterator(this.$dict, this.$values ? $projectValue : $projectKey); }
}

export class $Dictionary extends $HashSlots {
  static $name = "Dictionary`2";
  static $fullName = "System.Collections.Generic.Dictionary`2";
  constructor(comparer) { super(comparer); this.$version = 0; }
  $clear() { super.$clear(); this.$vals = []; }
  /** new Dictionary(IDictionary or IEnumerable of KeyValuePair, comparer?) */
  static $from(source, comparer) {
    if (source === null || source === undefined) throw $argNull(source === null ? "dictionary" : "collection");
    const d = new $Dictionary(comparer);
    for (const kv of source) d.Add(kv.Key, kv.Value);
    return d;
  }
  static $withCapacity(capacity, comparer) {
    if (capacity < 0) throw $argOutOfRange("capacity", "Non-negative number required.");
    return new $Dictionary(comparer);
  }
  $checkKey(key) { if (key === null || key === undefined) throw $argNull("key"); }
  get_Item(key) {
    this.$checkKey(key);
    const i = this.$find(key);
    if (i < 0) throw new $KeyNotFoundException(`The given key '${$toString(key)}' was not present in the dictionary.`);
    return $structCopy(this.$vals[i]);
  }
  set_Item(key, value) {
    this.$checkKey(key);
    const i = this.$find(key);
    if (i >= 0) { this.$vals[i] = value; return; }
    this.$vals[this.$insertKey(key)] = value;
    this.$version++;
  }
  Add(key, value) {
    if (!this.TryAdd(key, value)) throw new $ArgumentException(`An item with the same key has already been added. Key: ${$toString(key)}`);
  }
  TryAdd(key, value) {
    this.$checkKey(key);
    if (this.$find(key) >= 0) return false;
    this.$vals[this.$insertKey(key)] = value;
    this.$version++;
    return true;
  }
  ContainsKey(key) { this.$checkKey(key); return this.$find(key) >= 0; }
  ContainsValue(value) {
    const c = $eqComparer(null);
    for (let i = 0; i < this.$keys.length; i++) if (this.$live[i] && c.Equals(this.$vals[i], value)) return true;
    return false;
  }
  /** TryGetValue(key, out value); dflt is default(TValue). */
  TryGetValue(key, value, dflt = null) {
    this.$checkKey(key);
    const i = this.$find(key);
    $setOut(value, i >= 0 ? $structCopy(this.$vals[i]) : dflt);
    return i >= 0;
  }
  /** Remove(key) | Remove(key, out value, default(TValue)) */
  Remove(key, value, dflt = null) {
    this.$checkKey(key);
    const i = this.$find(key);
    if (value !== undefined) $setOut(value, i >= 0 ? this.$vals[i] : dflt);
    if (i < 0) return false;
    this.$removeAt(i);
    this.$vals[i] = undefined;
    return true;
  }
  // .NET Core's Clear and Remove leave enumerators valid (they just see fewer entries).
  Clear() { if (this.$count > 0) this.$clear(); }
  GetValueOrDefault(key, dflt = null) {
    this.$checkKey(key);
    const i = this.$find(key);
    return i >= 0 ? this.$vals[i] : dflt;
  }
  EnsureCapacity(capacity) { return Math.max(capacity, this.$count); }
  TrimExcess() { }
  get Keys() { return new $DictionaryView(this, false); }
  get Values() { return new $DictionaryView(this, true); }
  GetEnumerator() { return new $Enumerator(this); }
  [Symbol.iterator]() { return new $SlotIterator(this, $projectPair); }
  toString() { return "System.Collections.Generic.Dictionary`2[System.Object,System.Object]"; }
}

/** CollectionExtensions.GetValueOrDefault / TryAdd / Remove on any IDictionary-like receiver. */
export function $dictGetValueOrDefault(dict, key, dflt) { return dict.GetValueOrDefault(key, dflt); }

export class $HashSet extends $HashSlots {
  static $name = "HashSet`1";
  static $fullName = "System.Collections.Generic.HashSet`1";
  constructor(comparer) { super(comparer); this.$version = 0; }
  static $from(source, comparer) {
    if (source === null || source === undefined) throw $argNull("collection");
    const s = new $HashSet(comparer);
    for (const x of $items(source)) s.Add(x);
    return s;
  }
  Add(item) {
    if (this.$find(item) >= 0) return false;
    this.$insertKey(item);
    this.$version++;
    return true;
  }
  Remove(item) {
    const i = this.$find(item);
    if (i < 0) return false;
    this.$removeAt(i);
    return true;
  }
  Contains(item) { return this.$find(item) >= 0; }
  TryGetValue(equalValue, actualValue, dflt = null) {
    const i = this.$find(equalValue);
    $setOut(actualValue, i >= 0 ? this.$keys[i] : dflt);
    return i >= 0;
  }
  Clear() { if (this.$count > 0) this.$clear(); }
  RemoveWhere(match) {
    let n = 0;
    for (let i = 0; i < this.$keys.length; i++) {
      if (this.$live[i] && match(this.$keys[i])) { this.$removeAt(i); n++; }
    }
    return n;
  }
  $other(other) {
    if (other === null || other === undefined) throw $argNull("other");
    return other instanceof $HashSet && other.$cmp === this.$cmp ? other : $HashSet.$from($items(other), this.$cmp);
  }
  UnionWith(other) { if (other === null || other === undefined) throw $argNull("other"); for (const x of Array.from($items(other))) this.Add(x); }
  ExceptWith(other) { if (other === null || other === undefined) throw $argNull("other"); for (const x of Array.from($items(other))) this.Remove(x); }
  IntersectWith(other) {
    const o = this.$other(other);
    for (let i = 0; i < this.$keys.length; i++) {
      if (this.$live[i] && !o.Contains(this.$keys[i])) this.$removeAt(i);
    }
  }
  SymmetricExceptWith(other) {
    const o = this.$other(other);
    for (const x of Array.from(o)) if (!this.Remove(x)) this.Add(x);
  }
  IsSubsetOf(other) { const o = this.$other(other); return this.$all(x => o.Contains(x)); }
  IsProperSubsetOf(other) { const o = this.$other(other); return o.$count > this.$count && this.$all(x => o.Contains(x)); }
  IsSupersetOf(other) { if (other === null || other === undefined) throw $argNull("other"); for (const x of $items(other)) if (!this.Contains(x)) return false; return true; }
  IsProperSupersetOf(other) { const o = this.$other(other); return this.$count > o.$count && o.$all(x => this.Contains(x)); }
  Overlaps(other) { if (other === null || other === undefined) throw $argNull("other"); for (const x of $items(other)) if (this.Contains(x)) return true; return false; }
  SetEquals(other) { const o = this.$other(other); return o.$count === this.$count && this.$all(x => o.Contains(x)); }
  $all(f) { for (let i = 0; i < this.$keys.length; i++) if (this.$live[i] && !f(this.$keys[i])) return false; return true; }
  CopyTo(array, index = 0) { for (const x of this) array[index++] = x; }
  EnsureCapacity(capacity) { return Math.max(capacity, this.$count); }
  TrimExcess() { }
  GetEnumerator() { return new $Enumerator(this); }
  [Symbol.iterator]() { return new $SlotIterator(this, $projectKey); }
  toString() { return "System.Collections.Generic.HashSet`1[System.Object]"; }
}
