// char.Is*/To* (Unicode categories as .NET uses them) and System.Text.Encoding (UTF8, ASCII).
// byte[] is a JS Array of numbers, per the value contract.
import { $ArgumentNullException, $ArgumentOutOfRangeException } from "./exceptions.mjs";
import { $isWhiteSpace } from "./strings.mjs";

const $chLetterRe = /^\p{L}$/u, $chDigitRe = /^\p{Nd}$/u, $chNumberRe = /^\p{N}$/u;
const $chUpperRe = /^\p{Lu}$/u, $chLowerRe = /^\p{Ll}$/u, $chPunctuationRe = /^\p{P}$/u;
const $chSymbolRe = /^\p{S}$/u, $chSeparatorRe = /^\p{Z}$/u, $chControlRe = /^\p{Cc}$/u;

function $chTest(pattern, asciiTest) {
  return (c) => c < 128 ? asciiTest(c) : pattern.test(String.fromCharCode(c));
}

const $chAsciiUpper = c => c >= 65 && c <= 90;
const $chAsciiLower = c => c >= 97 && c <= 122;
const $chAsciiDigit = c => c >= 48 && c <= 57;

// Each predicate also accepts (string, index), as the char.IsX(string, int) overloads do.
function $chPredicate(test) {
  return (c, index) => {
    if (typeof c === "string") {
      if (index < 0 || index >= c.length) throw new $ArgumentOutOfRangeException(null, null, "index");
      c = c.charCodeAt(index);
    }
    return test(c);
  };
}

export const $CharInfo = {
  IsLetter: $chPredicate($chTest($chLetterRe, c => $chAsciiUpper(c) || $chAsciiLower(c))),
  IsDigit: $chPredicate($chTest($chDigitRe, $chAsciiDigit)),
  IsNumber: $chPredicate($chTest($chNumberRe, $chAsciiDigit)),
  IsLetterOrDigit: $chPredicate(c => $CharInfo.IsLetter(c) || $CharInfo.IsDigit(c)),
  IsUpper: $chPredicate($chTest($chUpperRe, $chAsciiUpper)),
  IsLower: $chPredicate($chTest($chLowerRe, $chAsciiLower)),
  IsPunctuation: $chPredicate($chTest($chPunctuationRe, c => $chPunctuationRe.test(String.fromCharCode(c)))),
  IsSymbol: $chPredicate($chTest($chSymbolRe, c => $chSymbolRe.test(String.fromCharCode(c)))),
  IsSeparator: $chPredicate($chTest($chSeparatorRe, c => c === 32)),
  IsControl: $chPredicate($chTest($chControlRe, c => c < 32 || c === 127)),
  IsWhiteSpace: $chPredicate($isWhiteSpace),
  IsSurrogate: $chPredicate(c => c >= 0xd800 && c <= 0xdfff),
  IsHighSurrogate: $chPredicate(c => c >= 0xd800 && c <= 0xdbff),
  IsLowSurrogate: $chPredicate(c => c >= 0xdc00 && c <= 0xdfff),
  IsAscii: c => c < 128,
  IsAsciiDigit: $chAsciiDigit,
  IsAsciiLetter: c => $chAsciiUpper(c) || $chAsciiLower(c),
  IsAsciiLetterUpper: $chAsciiUpper,
  IsAsciiLetterLower: $chAsciiLower,
  IsAsciiLetterOrDigit: c => $chAsciiUpper(c) || $chAsciiLower(c) || $chAsciiDigit(c),
  IsAsciiHexDigit: c => $chAsciiDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102),
  IsAsciiHexDigitUpper: c => $chAsciiDigit(c) || (c >= 65 && c <= 70),
  IsAsciiHexDigitLower: c => $chAsciiDigit(c) || (c >= 97 && c <= 102),
  // char.GetNumericValue: decimal digits of any script give their value; others -1.
  GetNumericValue(c, index) {
    if (typeof c === "string") c = c.charCodeAt(index);
    if ($chAsciiDigit(c)) return c - 48;
    const text = String.fromCharCode(c);
    if (!$chDigitRe.test(text)) return -1;
    for (let zero = c; zero > c - 10; zero--) if (!$chDigitRe.test(String.fromCharCode(zero - 1))) return c - zero;
    return -1;
  },
  ConvertFromUtf32(codePoint) {
    if (codePoint < 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
      throw new $ArgumentOutOfRangeException("A valid UTF32 value is between 0x000000 and 0x10ffff, inclusive, and should not include surrogate codepoint values (0x00d800 ~ 0x00dfff).", null, "utf32");
    }
    return String.fromCodePoint(codePoint);
  },
  ConvertToUtf32(s, index) { return s.codePointAt(index); },
};

class $Utf8Encoding {
  static $name = "UTF8Encoding";
  static $fullName = "System.Text.UTF8Encoding";
  get WebName() { return "utf-8"; }
  get EncodingName() { return "Unicode (UTF-8)"; }
  // GetBytes(string) or GetBytes(char[]): lone surrogates become U+FFFD (EF BF BD), as in .NET.
  GetBytes(s, index, count) {
    if (s === null || s === undefined) throw new $ArgumentNullException(null, null, "s");
    if (typeof s !== "string") s = String.fromCharCode(...(index === undefined ? s : s.slice(index, index + count)));
    else if (index !== undefined) s = s.substr(index, count);
    return Array.from(new TextEncoder().encode(s));
  }
  GetByteCount(s) { return this.GetBytes(s).length; }
  // GetString(bytes [, index, count]): invalid sequences become U+FFFD, as .NET's replacement fallback does.
  GetString(bytes, index = 0, count) {
    if (bytes === null || bytes === undefined) throw new $ArgumentNullException(null, null, "bytes");
    const end = count === undefined ? bytes.length : index + count;
    if (index < 0 || end > bytes.length || end < index) throw new $ArgumentOutOfRangeException("Index and count must refer to a location within the buffer.", null, index < 0 ? "index" : "count");
    return new TextDecoder("utf-8", { ignoreBOM: true }).decode(Uint8Array.from(bytes.slice(index, end)));
  }
  GetCharCount(bytes) { return this.GetString(bytes).length; }
  GetMaxByteCount(charCount) { return (charCount + 1) * 3; }
  GetPreamble() { return [0xef, 0xbb, 0xbf]; }
}

class $AsciiEncoding extends $Utf8Encoding {
  static $name = "ASCIIEncoding";
  static $fullName = "System.Text.ASCIIEncoding";
  get WebName() { return "us-ascii"; }
  get EncodingName() { return "US-ASCII"; }
  GetBytes(s, index, count) {
    if (s === null || s === undefined) throw new $ArgumentNullException(null, null, "s");
    if (typeof s !== "string") s = String.fromCharCode(...(index === undefined ? s : s.slice(index, index + count)));
    else if (index !== undefined) s = s.substr(index, count);
    const out = new Array(s.length);
    for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); out[i] = c < 128 ? c : 63; }
    return out;
  }
  GetString(bytes, index = 0, count) {
    const end = count === undefined ? bytes.length : index + count;
    let out = "";
    for (let i = index; i < end; i++) out += String.fromCharCode(bytes[i] < 128 ? bytes[i] : 63);
    return out;
  }
  GetPreamble() { return []; }
}

export const $UTF8 = new $Utf8Encoding();
export const $ASCII = new $AsciiEncoding();
