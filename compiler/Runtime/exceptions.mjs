// .NET exceptions as JS classes. Every class answers static $name/$fullName (GetType().Name and
// FullName) and a static $defaultMessage, which .NET shows when the message given is null. A runtime
// class is named `$` + its .NET name, so $Exception derives both names from the JS class name (in
// System unless the class declares its own $fullName); compiled subclasses define their own.

export class $Exception extends Error {
  static get $name() { return this.name.slice(1); }
  static get $fullName() { return "System." + this.$name; }
  static get $defaultMessage() { return `Exception of type '${this.$fullName}' was thrown.`; }

  // JS constructor: (message, innerException); subclasses add their own trailing arguments.
  constructor(message, innerException) {
    super();
    this.$message = message ?? null;
    this.InnerException = innerException ?? null;
    this.HResult = -2146233088;
    this.Source = null;
  }

  get Message() { return this.$message ?? this.constructor.$defaultMessage; }
  // Made when first asked for: most exceptions never are.
  get Data() { return this.$data ??= new Map(); }
  // Error.prototype.message/name are data properties; these getters keep JS tooling informative.
  get message() { return this.Message; }
  get name() { return this.constructor.$fullName; }

  get StackTrace() {
    const stack = typeof this.stack === "string" ? this.stack : "";
    const frames = stack.split("\n").filter(line => /^\s+at /.test(line));
    return frames.length === 0 ? null : frames.map(line => "   " + line.trim()).join("\n");
  }

  GetBaseException() {
    let e = this;
    while (e.InnerException !== null) e = e.InnerException;
    return e;
  }

  // As .NET prints it, without stack frames (JS frames would never match .NET's anyway).
  toString() {
    const message = this.Message;
    let text = message ? `${this.constructor.$fullName}: ${message}` : this.constructor.$fullName;
    if (this.InnerException !== null) {
      text += `\n ---> ${$exceptionToText(this.InnerException)}\n   --- End of inner exception stack trace ---`;
    }
    return text;
  }

  ToString() { return this.toString(); }
  GetType() { return this.constructor; }
}

function $exceptionToText(e) {
  return e instanceof $Exception ? e.toString() : String(e);
}

export class $SystemException extends $Exception {
  static $defaultMessage = "System error.";

  constructor(message, innerException) {
    // .NET quirk: SystemException(null, inner) keeps the generic "Exception of type …" text.
    if (new.target === $SystemException && (message === null || message === undefined) && innerException !== undefined) {
      message = "Exception of type 'System.SystemException' was thrown.";
    }
    super(message, innerException);
  }
}

export class $ArgumentException extends $SystemException {
  static $defaultMessage = "Value does not fall within the expected range.";

  constructor(message, innerException, paramName) {
    super(message, innerException);
    this.ParamName = paramName ?? null;
  }

  get Message() {
    const message = super.Message;
    return this.ParamName ? `${message} (Parameter '${this.ParamName}')` : message;
  }
}

export class $ArgumentNullException extends $ArgumentException {
  static $defaultMessage = "Value cannot be null.";

  static ThrowIfNull(argument, paramName) {
    if (argument === null || argument === undefined) throw new $ArgumentNullException(null, null, paramName);
  }
}

export class $ArgumentOutOfRangeException extends $ArgumentException {
  static $defaultMessage = "Specified argument was out of the range of valid values.";

  // actualValue: the offending value (printed in Message), or undefined when not given.
  constructor(message, innerException, paramName, actualValue) {
    super(message, innerException, paramName);
    this.ActualValue = actualValue ?? null;
  }

  get Message() {
    const message = super.Message;
    if (this.ActualValue === null) return message;
    const v = this.ActualValue;
    const text = typeof v === "boolean" ? (v ? "True" : "False") : String(v);
    return `${message}\nActual value was ${text}.`;
  }
}

export class $InvalidOperationException extends $SystemException {
  static $defaultMessage = "Operation is not valid due to the current state of the object.";
}

export class $NotSupportedException extends $SystemException {
  static $defaultMessage = "Specified method is not supported.";
}

export class $NotImplementedException extends $SystemException {
  static $defaultMessage = "The method or operation is not implemented.";
}

export class $FormatException extends $SystemException {
  static $defaultMessage = "One of the identified items was in an invalid format.";
}

export class $UriFormatException extends $FormatException { }

export class $KeyNotFoundException extends $SystemException {
  static $fullName = "System.Collections.Generic.KeyNotFoundException";
  static $defaultMessage = "The given key was not present in the dictionary.";
}

export class $IndexOutOfRangeException extends $SystemException {
  static $defaultMessage = "Index was outside the bounds of the array.";
}

export class $NullReferenceException extends $SystemException {
  static $defaultMessage = "Object reference not set to an instance of an object.";
}

export class $ArithmeticException extends $SystemException {
  static $defaultMessage = "Overflow or underflow in the arithmetic operation.";
}

export class $DivideByZeroException extends $ArithmeticException {
  static $defaultMessage = "Attempted to divide by zero.";
}

export class $OverflowException extends $ArithmeticException {
  static $defaultMessage = "Arithmetic operation resulted in an overflow.";
}

export class $InvalidCastException extends $SystemException {
  static $defaultMessage = "Specified cast is not valid.";
}

export class $OperationCanceledException extends $SystemException {
  static $defaultMessage = "The operation was canceled.";
}

export class $TaskCanceledException extends $OperationCanceledException {
  static $fullName = "System.Threading.Tasks.TaskCanceledException";
  static $defaultMessage = "A task was canceled.";
}

/** An exception escaped a static constructor or static field initializer: every later use of the type throws it again. */
export class $TypeInitializationException extends $SystemException {
  static $name = "TypeInitializationException";
  static $fullName = "System.TypeInitializationException";
  constructor(fullTypeName, innerException) {
    super(`The type initializer for '${fullTypeName}' threw an exception.`, innerException);
    this.TypeName = fullTypeName;
  }
}

/** Called by a class's $cinit when its initialization threw: the type stays broken, as in .NET. */
export function $typeInitFailed(cls, fullTypeName, e) {
  const failure = new $TypeInitializationException(fullTypeName, $toException(e));
  cls.$cinit = () => { throw failure; };
  throw failure;
}

export class $TimeoutException extends $SystemException {
  static $defaultMessage = "The operation has timed out.";
}

export class $ObjectDisposedException extends $InvalidOperationException {
  static $defaultMessage = "Cannot access a disposed object.";

  constructor(message, innerException, objectName) {
    super(message, innerException);
    this.ObjectName = objectName ?? "";
  }

  get Message() {
    const message = super.Message;
    return this.ObjectName ? `${message}\nObject name: '${this.ObjectName}'.` : message;
  }
}

export class $AggregateException extends $Exception {
  static $defaultMessage = "One or more errors occurred.";

  // innerExceptions: an iterable of exceptions (the first becomes InnerException, as in .NET).
  constructor(message, innerExceptions) {
    const list = innerExceptions === null || innerExceptions === undefined ? []
      : innerExceptions instanceof Error ? [innerExceptions] : [...innerExceptions];
    super(message, list.length > 0 ? list[0] : null);
    this.InnerExceptions = list;
  }

  get Message() {
    const message = super.Message;
    if (this.InnerExceptions.length === 0) return message;
    return message + this.InnerExceptions.map(e => ` (${e.Message})`).join("");
  }

  Flatten() {
    // .NET goes breadth first: an aggregate's plain exceptions, then those of the aggregates it holds, in turn.
    const flat = [], pending = [this];
    for (let i = 0; i < pending.length; i++)
      for (const inner of pending[i].InnerExceptions) (inner instanceof $AggregateException ? pending : flat).push(inner);
    return new $AggregateException(super.Message, flat);
  }

  toString() {
    let text = `${this.constructor.$fullName}: ${this.Message}`;
    this.InnerExceptions.forEach((inner, i) => {
      text += i === 0
        ? `\n ---> ${$exceptionToText(inner)}\n   --- End of inner exception stack trace ---`
        : `\n ---> (Inner Exception #${i}) ${$exceptionToText(inner)}<---\n`;
    });
    return text;
  }
}

// Argument failures and .NET messages that helpers in several files throw with, written once.
export const $indexRangeMessage = "Index was out of range. Must be non-negative and less than the size of the collection.";
export const $indexRangeOrEqualMessage = "Index was out of range. Must be non-negative and less than or equal to the size of the collection.";
export const $countRangeMessage = "Count must be positive and count must refer to a location within the string/array/collection.";
export function $argOutOfRange(paramName, message, actualValue) {
  return new $ArgumentOutOfRangeException(message ?? null, null, paramName, actualValue);
}
export function $argNull(paramName) { return new $ArgumentNullException(null, null, paramName); }
export function $checkArgNull(value, paramName) {
  if (value === null || value === undefined) throw $argNull(paramName);
}

// What a C# catch sees: a .NET exception, with JS faults mapped to the .NET exception they mean.
export function $toException(e) {
  if (e instanceof $Exception) return e;
  if (e instanceof TypeError) {
    // In compiled code a TypeError means a null receiver, a null delegate or foreach over null.
    const ex = new $NullReferenceException();
    ex.$jsError = e;
    return ex;
  }
  if (e instanceof RangeError) {
    let ex;
    if (/division by zero/i.test(e.message)) ex = new $DivideByZeroException();
    else if (/array length|Invalid string length|too big|out of memory/i.test(e.message)) ex = new $OverflowException();
    else if (/call stack/i.test(e.message)) ex = new $InvalidOperationException("Stack overflow: " + e.message);
    else ex = new $ArgumentOutOfRangeException(e.message);
    ex.$jsError = e;
    return ex;
  }
  const ex = new $Exception(e instanceof Error ? e.message : String(e));
  ex.$jsError = e;
  return ex;
}

// ArgumentException/ArgumentOutOfRangeException/ObjectDisposedException.ThrowIf… helpers.
export function $throwIfNullOrEmpty(argument, paramName) {
  if (argument === null || argument === undefined) throw new $ArgumentNullException(null, null, paramName);
  if (argument.length === 0) throw new $ArgumentException("The value cannot be an empty string.", null, paramName);
}

export function $throwIfNullOrWhiteSpace(argument, paramName) {
  if (argument === null || argument === undefined) throw new $ArgumentNullException(null, null, paramName);
  if (argument.trim().length === 0) throw new $ArgumentException("The value cannot be an empty string or composed entirely of whitespace.", null, paramName);
}

function $rangeFailure(paramName, value, requirement) {
  return new $ArgumentOutOfRangeException(`${paramName} ('${value}') must be ${requirement}.`, null, paramName, String(value));
}

export function $throwIfNegative(value, paramName) {
  if (value < 0) throw $rangeFailure(paramName, value, "a non-negative value");
}

export function $throwIfZero(value, paramName) {
  if (value == 0) throw $rangeFailure(paramName, value, "a non-zero value");
}

export function $throwIfNegativeOrZero(value, paramName) {
  if (value <= 0) throw $rangeFailure(paramName, value, "a non-negative and non-zero value");
}

export function $throwIfGreaterThan(value, other, paramName) {
  if (value > other) throw $rangeFailure(paramName, value, `less than or equal to '${other}'`);
}

export function $throwIfLessThan(value, other, paramName) {
  if (value < other) throw $rangeFailure(paramName, value, `greater than or equal to '${other}'`);
}

export function $throwIfDisposed(condition, instance) {
  if (condition) throw new $ObjectDisposedException(null, null, instance?.constructor?.$fullName ?? null);
}
