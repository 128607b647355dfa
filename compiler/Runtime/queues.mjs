// Queue<T> and Stack<T>.
import { $defaultEquals } from "./object.mjs";
import { $InvalidOperationException, $argNull } from "./exceptions.mjs";
import { $Enumerator, $modifiedDuringEnumeration, $setOut, $items } from "./collections.mjs";

export class $Queue {
  static $name = "Queue`1";
  static $fullName = "System.Collections.Generic.Queue`1";
  constructor() { this.$a = []; this.$head = 0; this.$version = 0; }
  static $from(source) {
    if (source === null || source === undefined) throw $argNull("collection");
    const q = new $Queue();
    for (const x of $items(source)) q.$a.push(x);
    return q;
  }
  get Count() { return this.$a.length - this.$head; }
  Enqueue(item) { this.$a.push(item); this.$version++; }
  Dequeue() {
    if (this.Count === 0) throw new $InvalidOperationException("Queue empty.");
    const x = this.$a[this.$head];
    this.$a[this.$head++] = undefined;
    // Compact once the dead prefix dominates, so a long-lived queue does not grow without bound.
    if (this.$head > 32 && this.$head * 2 > this.$a.length) { this.$a = this.$a.slice(this.$head); this.$head = 0; }
    this.$version++;
    return x;
  }
  Peek() {
    if (this.Count === 0) throw new $InvalidOperationException("Queue empty.");
    return this.$a[this.$head];
  }
  TryDequeue(result, dflt = null) {
    if (this.Count === 0) { $setOut(result, dflt); return false; }
    $setOut(result, this.Dequeue());
    return true;
  }
  TryPeek(result, dflt = null) {
    if (this.Count === 0) { $setOut(result, dflt); return false; }
    $setOut(result, this.$a[this.$head]);
    return true;
  }
  Clear() { this.$a = []; this.$head = 0; this.$version++; }
  Contains(item) { for (const x of this) if ($defaultEquals(x, item)) return true; return false; }
  ToArray() { return this.$a.slice(this.$head); }
  CopyTo(array, index) { for (const x of this) array[index++] = x; }
  EnsureCapacity(capacity) { return Math.max(capacity, this.Count); }
  TrimExcess() { }
  GetEnumerator() { return new $Enumerator(this); }
  *[Symbol.iterator]() {
    const v = this.$version;
    for (let i = this.$head; i < this.$a.length; i++) {
      yield this.$a[i];
      if (v !== this.$version) throw $modifiedDuringEnumeration();
    }
  }
  toString() { return "System.Collections.Generic.Queue`1[System.Object]"; }
}

export class $Stack {
  static $name = "Stack`1";
  static $fullName = "System.Collections.Generic.Stack`1";
  constructor() { this.$a = []; this.$version = 0; }
  static $from(source) {
    if (source === null || source === undefined) throw $argNull("collection");
    const s = new $Stack();
    for (const x of $items(source)) s.$a.push(x);
    return s;
  }
  get Count() { return this.$a.length; }
  Push(item) { this.$a.push(item); this.$version++; }
  Pop() {
    if (this.$a.length === 0) throw new $InvalidOperationException("Stack empty.");
    this.$version++;
    return this.$a.pop();
  }
  Peek() {
    if (this.$a.length === 0) throw new $InvalidOperationException("Stack empty.");
    return this.$a[this.$a.length - 1];
  }
  TryPop(result, dflt = null) {
    if (this.$a.length === 0) { $setOut(result, dflt); return false; }
    $setOut(result, this.Pop());
    return true;
  }
  TryPeek(result, dflt = null) {
    if (this.$a.length === 0) { $setOut(result, dflt); return false; }
    $setOut(result, this.$a[this.$a.length - 1]);
    return true;
  }
  Clear() { this.$a = []; this.$version++; }
  Contains(item) { return this.$a.some(x => $defaultEquals(x, item)); }
  /** Top of the stack first, as .NET enumerates it. */
  ToArray() { return this.$a.slice().reverse(); }
  CopyTo(array, index) { for (const x of this) array[index++] = x; }
  EnsureCapacity(capacity) { return Math.max(capacity, this.Count); }
  TrimExcess() { }
  GetEnumerator() { return new $Enumerator(this); }
  *[Symbol.iterator]() {
    const v = this.$version;
    for (let i = this.$a.length - 1; i >= 0; i--) {
      yield this.$a[i];
      if (v !== this.$version) throw new $InvalidOperationException("Collection was modified after the enumerator was instantiated.");
    }
  }
  toString() { return "System.Collections.Generic.Stack`1[System.Object]"; }
}
