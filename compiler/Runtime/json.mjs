// System.Text.Json's JsonDocument, JsonElement and JsonProperty (Bcl/JsonArea.cs).
// One sticky regex tokenizes, a small recursive parser checks the grammar as .NET's reader does (default
// options: no comments, no trailing commas, depth ≤ 64), and native JSON.parse decodes string escapes. The
// tree keeps what JSON.parse alone would lose: repeated names, document order of names that look like
// integers, and each value's source text (GetRawText, numbers beyond double).
// default(JsonElement) is null: every helper treats it as ValueKind Undefined.
import { $Exception, $ArgumentException, $ArgumentNullException, $InvalidOperationException, $KeyNotFoundException,
  $IndexOutOfRangeException, $FormatException } from "./exceptions.mjs";
import { $setOut } from "./collections.mjs";

export class $JsonException extends $Exception {
  static $name = "JsonException";
  static $fullName = "System.Text.Json.JsonException";
}

// What .NET's JsonDocument.Parse actually throws: an internal subclass, which GetType().Name shows.
class $JsonReaderException extends $JsonException {
  static $name = "JsonReaderException";
  static $fullName = "System.Text.Json.JsonReaderException";
}

// JsonValueKind: Undefined, Object, Array, String, Number, True, False, Null.
const $jsonKindNames = ["Undefined", "Object", "Array", "String", "Number", "True", "False", "Null"];

export class $JsonElement {
  // k: the JsonValueKind; v: the string, the array's elements or the object's JsonProperty list; r: the source text.
  constructor(k, v, r) {
    this.k = k;
    this.v = v;
    this.r = r;
  }

  toString() {
    const k = this.k;
    return k === 3 ? $jsonChecked(this.v) : k === 5 ? "True" : k === 6 ? "False" : k === 7 ? "" : this.r;
  }
}

export class $JsonProperty {
  // n: the name (checked when read); r: the source text from the name to the end of the value, which ToString shows.
  constructor(name, value, r) {
    this.n = name;
    this.Value = value;
    this.r = r;
  }

  get Name() { return $jsonChecked(this.n); }
  toString() { return this.r; }
}

export class $JsonDocument {
  constructor(root) { this.RootElement = root; }
  Dispose() {}
}

// whitespace, then one token: a string (group 2), a number (3), a literal (4) or punctuation (5)
const $jsonToken = /([ \t\n\r]*)(?:("(?:[^"\\\x00-\x1f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*")|(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(true|false|null)|([{}[\]:,]))?/y;

export function $jsonParse(text) {
  if (text == null) throw new $ArgumentNullException(null, null, "json");
  if (!text.isWellFormed()) throw new $ArgumentException("Cannot transcode invalid UTF-16 string to UTF-8 JSON text.");
  let at = 0;
  // the next token, consumed; its start (after whitespace) in .s
  const next = () => {
    $jsonToken.lastIndex = at;
    const m = $jsonToken.exec(text);
    m.s = at + m[1].length;
    at = $jsonToken.lastIndex;
    return m;
  };
  const fail = (m) => {
    throw new $JsonReaderException(m.s >= text.length ? "Unexpected end of JSON input."
      : `'${text[m.s]}' is not valid here (character ${m.s}).`);
  };
  const decode = (quoted) => quoted.includes("\\") ? JSON.parse(quoted) : quoted.slice(1, -1);
  const value = (m, depth) => {
    if (m[2] !== undefined) return new $JsonElement(3, decode(m[2]), m[2]);
    if (m[3] !== undefined) return new $JsonElement(4, null, m[3]);
    if (m[4] !== undefined) return new $JsonElement(m[4] === "true" ? 5 : m[4] === "false" ? 6 : 7, null, m[4]);
    const isObject = m[5] === "{";
    if (!isObject && m[5] !== "[") fail(m);
    if (depth >= 64) throw new $JsonReaderException("The maximum configured depth of 64 has been exceeded.");
    const start = m.s, close = isObject ? "}" : "]", items = [];
    let t = next();
    if (t[5] !== close) {
      for (;;) {
        if (isObject) {
          if (t[2] === undefined) fail(t);
          const colon = next();
          if (colon[5] !== ":") fail(colon);
          const item = value(next(), depth + 1);
          items.push(new $JsonProperty(decode(t[2]), item, text.slice(t.s, at)));
        } else {
          items.push(value(t, depth + 1));
        }
        t = next();
        if (t[5] === close) break;
        if (t[5] !== ",") fail(t);
        t = next();
      }
    }
    return new $JsonElement(isObject ? 1 : 2, items, text.slice(start, at));
  };
  const root = value(next(), 0);
  const end = next();
  if (end.s < text.length) fail(end);
  return new $JsonDocument(root);
}

// A string as .NET reads it: escapes that leave a surrogate unpaired cannot become a .NET string.
function $jsonChecked(s) {
  if (s.isWellFormed()) return s;
  const bad = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(s)[0].charCodeAt(0);
  throw new $InvalidOperationException(bad < 0xdc00 ? "Cannot read incomplete UTF-16 JSON text as string with missing low surrogate."
    : `Cannot read invalid UTF-16 JSON text as string. Invalid surrogate value: '0x${bad.toString(16).toUpperCase()}'.`);
}

export function $jsonKind(e) { return e == null ? 0 : e.k; }

// The element, which must be of the kind given (3 = String…; -1 = True or False: "Boolean").
function $jsonOf(e, kind) {
  if (e == null) throw new $InvalidOperationException();
  if (e.k !== kind && !(kind === -1 && (e.k === 5 || e.k === 6))) {
    throw new $InvalidOperationException(`The requested operation requires an element of type '${kind === -1 ? "Boolean" : $jsonKindNames[kind]}', but the target element has type '${$jsonKindNames[e.k]}'.`);
  }
  return e;
}

export function $jsonGetString(e) { return $jsonKind(e) === 7 ? null : $jsonChecked($jsonOf(e, 3).v); }
export function $jsonGetBoolean(e) { return $jsonOf(e, -1).k === 5; }
export function $jsonRawText(e) { if (e == null) throw new $InvalidOperationException(); return e.r; }
export function $jsonToString(e) { return e == null ? "" : e.toString(); }
export function $jsonClone(e) { if (e == null) throw new $InvalidOperationException(); return e; }
export function $jsonArray(e) { return $jsonOf(e, 2).v; }
export function $jsonObject(e) { return $jsonOf(e, 1).v; }

export function $jsonItem(e, index) {
  const items = $jsonOf(e, 2).v;
  if (index >>> 0 >= items.length) throw new $IndexOutOfRangeException();
  return items[index];
}

// GetProperty (out absent) or TryGetProperty: the last property of that name, as .NET finds it.
export function $jsonProperty(e, name, out) {
  const properties = $jsonOf(e, 1).v;
  if (name == null) throw new $ArgumentNullException(null, null, "propertyName");
  for (let i = properties.length - 1; i >= 0; i--) {
    if ($jsonChecked(properties[i].n) === name) return out === undefined ? properties[i].Value : ($setOut(out, properties[i].Value), true);
  }
  if (out === undefined) throw new $KeyNotFoundException();
  $setOut(out, null);
  return false;
}

const $jsonIntegerRanges = {
  int: [-2147483648, 2147483647], uint: [0, 4294967295],
  long: [-(2n ** 63n), 2n ** 63n - 1n], ulong: [0n, 2n ** 64n - 1n],
};

// Get<Integer> (out absent: FormatException when the number is not one) or TryGet<Integer>.
export function $jsonInteger(e, kind, out) {
  const raw = $jsonOf(e, 4).r;
  const [min, max] = $jsonIntegerRanges[kind];
  let n = typeof min === "bigint" ? 0n : 0;
  let ok = !/[.eE]/.test(raw);
  if (ok) {
    n = typeof min === "bigint" ? BigInt(raw) : Number(raw) + 0;
    ok = n >= min && n <= max;
  }
  if (out === undefined) {
    if (!ok) throw new $FormatException();
    return n;
  }
  $setOut(out, ok ? n : typeof min === "bigint" ? 0n : 0);
  return ok;
}

// Numbers beyond double's range are ±Infinity or 0, as .NET reads them.
export function $jsonDouble(e, out) {
  const n = Number($jsonOf(e, 4).r);
  if (out === undefined) return n;
  $setOut(out, n);
  return true;
}

// JsonEncodedText.Encode with .NET's default JavaScriptEncoder: printable ASCII but " & ' + < > \ ` stays as it
// is; \b \t \n \f \r \\ have short forms; everything else is \uXXXX in upper case (a surrogate pair as two).
const $jsonEscapeShort = { "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", "\\": "\\\\" };

export function $jsonEncode(value) {
  if (value == null) throw new $ArgumentNullException(null, null, "value");
  if (!value.isWellFormed()) throw new $ArgumentException("Cannot transcode invalid UTF-16 string to UTF-8 JSON text.");
  return value.replace(/[^ !#-%(-*,-;=?-[\]-_a-~]/g,
    c => $jsonEscapeShort[c] ?? "\\u" + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0"));
}
