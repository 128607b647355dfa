// Checks the runtime against .NET: reads cases written by Agreement/CaseList.cs (function or
// constructor, JS arguments, and .NET's result or exception) and reports every disagreement.
import { readFileSync } from "node:fs";

const modules = ["exceptions", "object", "doubles", "numbers", "customformat", "format", "strings", "stringcompare", "split",
  "parse", "math", "text", "stringbuilder", "convert", "console"];
const runtime = {};
for (const name of modules) Object.assign(runtime, await import(`../../../compiler/Runtime/${name}.mjs`));

function decode(value) {
  if (Array.isArray(value)) return value.map(decode);
  if (value !== null && typeof value === "object") {
    if ("$big" in value) return BigInt(value.$big);
    if ("$num" in value) return Number(value.$num);
    if ("$ref" in value) return { v: undefined, $isRef: true };
    if ("$undefined" in value) return undefined;
    if ("$exception" in value) return new runtime[value.$exception](value.message);
  }
  return value;
}

function encode(value) {
  if (typeof value === "bigint") return { $big: value.toString() };
  if (typeof value === "number") {
    if (Number.isNaN(value) || !Number.isFinite(value)) return { $num: String(value) };
    if (Object.is(value, -0)) return { $num: "-0" };
    return value;
  }
  if (typeof value === "string" || typeof value === "boolean" || value === null) return value;
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(encode);
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return Array.from(value, encode); // numeric C# arrays are typed arrays
  if (value instanceof runtime.$BoxedChar) return value.value;
  return `<object ${value?.constructor?.name}>`;
}

// Bulk checks computed here from runtime functions, compared with tables .NET computes.
const helpers = {
  $caseTable(kind) {
    const map = kind === "upper" ? runtime.$upperChar : runtime.$lowerChar;
    const pairs = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const m = map(c);
      if (m !== c) pairs.push([c, m]);
    }
    return pairs;
  },
  // Runs StringBuilder calls given as a flat list: method name, then as many arguments as it takes.
  $sbScript(script) {
    const arity = { Append: 1, AppendChar: null, AppendLine: 1, Insert: 2, Remove: 2, Replace: null, AppendFormat: 2, SetChar: 2, AppendJoin: 2 };
    const sb = new runtime.$StringBuilder();
    for (let i = 0; i < script.length;) {
      const name = script[i++];
      let n = arity[name];
      if (n === null) {
        // Variadic: take arguments up to the next method name.
        n = 0;
        while (i + n < script.length && !(typeof script[i + n] === "string" && script[i + n] in arity)) n++;
      }
      sb[name](...script.slice(i, i + n));
      i += n;
    }
    return sb.toString();
  },
  // The chars (outside surrogates) for which char.<predicate> is true, as [from, to] runs.
  $charTable(predicate) {
    const runs = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (!runtime.$CharInfo[predicate](c)) continue;
      if (runs.length > 0 && runs[runs.length - 1][1] === c - 1) runs[runs.length - 1][1] = c;
      else runs.push([c, c]);
    }
    return runs;
  },
};

const cases = JSON.parse(readFileSync(process.argv[2], "utf8"));
let failures = 0;
for (const c of cases) {
  const args = decode(c.args);
  let outcome;
  try {
    let result;
    if (c.new) {
      const obj = new runtime[c.new](...args);
      result = c.member === "toString" ? obj.toString() : c.member.split(".").reduce((o, key) => o[key], obj);
    } else {
      const [head, method] = c.fn.split(".");
      const fn = method === undefined ? runtime[head] ?? helpers[head] : runtime[head]?.[method]?.bind(runtime[head]);
      if (typeof fn !== "function") throw new Error(`runtime has no function ${c.fn}`);
      result = fn(...args);
      const ref = args.find(a => a !== null && typeof a === "object" && a.$isRef);
      if (ref) result = [result, ref.v];
    }
    outcome = { expect: encode(result) };
  } catch (e) {
    outcome = e instanceof runtime.$Exception
      ? { throws: e.constructor.$fullName, message: e.Message }
      : { throws: "JS " + (e?.constructor?.name ?? "value"), message: String(e?.stack ?? e) };
  }
  const wanted = "throws" in c ? { throws: c.throws, message: c.message } : { expect: c.expect };
  if (JSON.stringify(outcome) !== JSON.stringify(wanted)) {
    failures++;
    if (failures <= 40) console.log(`DISAGREE ${c.label}\n   .NET: ${JSON.stringify(wanted)}\n     JS: ${JSON.stringify(outcome)}`);
  }
}
if (failures > 0) {
  console.log(`${failures} of ${cases.length} cases disagree`);
  process.exitCode = 1;
} else {
  console.log(`checked ${cases.length}`);
}
