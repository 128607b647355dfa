// System.Lazy<T> built from a value factory. As .NET's default mode (ExecutionAndPublication), the
// factory runs once: its value is kept, and so is an exception it throws (every later Value rethrows
// the same exception object); a factory that reads Value of its own Lazy is an InvalidOperationException.
import { $InvalidOperationException, $checkArgNull } from "./exceptions.mjs";
import { $toString } from "./object.mjs";

export class $Lazy {
  static $name = "Lazy`1";
  static $fullName = "System.Lazy`1";
  constructor(valueFactory) {
    $checkArgNull(valueFactory, "valueFactory");
    this.$factory = valueFactory;
    this.$state = 0; // 0 not created, 1 running the factory, 2 created, 3 the factory threw
    this.$value = undefined;
  }
  get IsValueCreated() { return this.$state === 2; }
  get Value() {
    if (this.$state === 2) return this.$value;
    if (this.$state === 3) throw this.$value;
    if (this.$state === 1) throw new $InvalidOperationException("ValueFactory attempted to access the Value property of this instance.");
    this.$state = 1;
    try {
      this.$value = this.$factory();
      this.$state = 2;
    } catch (e) {
      this.$value = e;
      this.$state = 3;
      throw e;
    } finally {
      this.$factory = null;
    }
    return this.$value;
  }
  ToString() { return this.$state === 2 ? $toString(this.$value) : "Value is not created."; }
  toString() { return this.ToString(); }
}
