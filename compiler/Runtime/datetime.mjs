// System.DateTime and DateTimeOffset (invariant culture; local time is taken to be UTC, as it is in
// Workers). Ticks are BigInts counted from 0001-01-01; Kind is 0 Unspecified, 1 Utc, 2 Local.
import { $ArgumentOutOfRangeException, $ArgumentNullException, $ArgumentException, $FormatException } from "./exceptions.mjs";
import { $setOut } from "./collections.mjs";
import { $TickOrdered, $TimeSpan, $ticksPerMs, $ticksPerSecond, $ticksPerMinute, $ticksPerHour, $ticksPerDay } from "./time.mjs";
import { $enumType } from "./enums.mjs";

export const $DayOfWeek = $enumType("DayOfWeek", "System.DayOfWeek",
  [["Sunday", 0], ["Monday", 1], ["Tuesday", 2], ["Wednesday", 3], ["Thursday", 4], ["Friday", 5], ["Saturday", 6]]);
export const $DateTimeKind = $enumType("DateTimeKind", "System.DateTimeKind", [["Unspecified", 0], ["Utc", 1], ["Local", 2]]);

const $maxDateTicks = 3155378975999999999n;
const $unixEpochTicks = 621355968000000000n;
const $monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const $dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

// Days since 0001-01-01 <-> proleptic Gregorian civil date (Howard Hinnant's algorithms).
function $daysFromCivil(y, m, d) {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400), yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468 + 719162;
}
function $civilFromDays(n) {
  const z = n - 719162 + 719468;
  const era = Math.floor(z / 146097), doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1, m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}
function $isLeap(y) { return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0); }
function $daysInMonth(y, m) { return m === 2 ? ($isLeap(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]; }
function $pad(n, w) { return String(n).padStart(w, "0"); }
function $unrepresentable() { return new $ArgumentOutOfRangeException("The added or subtracted value results in an un-representable DateTime.", null, "value"); }

export class $DateTime extends $TickOrdered {
  static $name = "DateTime";
  static $fullName = "System.DateTime";
  constructor(ticks = 0n, kind = 0) {
    ticks = BigInt(ticks);
    if (ticks < 0n || ticks > $maxDateTicks) throw new $ArgumentOutOfRangeException("Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks.", null, "ticks");
    super();
    this.$ticks = ticks; this.$kind = kind;
  }
  get $order() { return this.$ticks; }
  /** new DateTime(y, M, d[, h, m, s[, ms]][, kind]) */
  static $fromParts(y, mo, d, h = 0, mi = 0, s = 0, ms = 0, kind = 0) {
    if (y < 1 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > $daysInMonth(y, mo)) {
      throw new $ArgumentOutOfRangeException("Year, Month, and Day parameters describe an un-representable DateTime.");
    }
    if (h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) throw new $ArgumentOutOfRangeException("Hour, Minute, and Second parameters describe an un-representable DateTime.");
    if (ms < 0 || ms > 999) throw new $ArgumentOutOfRangeException(null, null, "millisecond");
    const t = BigInt($daysFromCivil(y, mo, d)) * $ticksPerDay + BigInt(h) * $ticksPerHour + BigInt(mi) * $ticksPerMinute
      + BigInt(s) * $ticksPerSecond + BigInt(ms) * $ticksPerMs;
    return new $DateTime(t, kind);
  }
  static get UtcNow() { return new $DateTime(BigInt(Date.now()) * $ticksPerMs + $unixEpochTicks, 1); }
  static get Now() { return new $DateTime(BigInt(Date.now()) * $ticksPerMs + $unixEpochTicks, 2); }
  static get Today() { return $DateTime.Now.Date; }
  static MinValue = new $DateTime(0n);
  static MaxValue = new $DateTime($maxDateTicks);
  static UnixEpoch = new $DateTime($unixEpochTicks, 1);
  static IsLeapYear(y) { return $isLeap(y); }
  static DaysInMonth(y, m) {
    if (m < 1 || m > 12) throw new $ArgumentOutOfRangeException("Month must be between one and twelve.", null, "month");
    return $daysInMonth(y, m);
  }
  static SpecifyKind(dt, kind) { return new $DateTime(dt.$ticks, kind); }

  get Ticks() { return this.$ticks; }
  get Kind() { return this.$kind; }
  get $dayNumber() { return Number(this.$ticks / $ticksPerDay); }
  get $date() { return $civilFromDays(this.$dayNumber); }
  get Year() { return this.$date[0]; }
  get Month() { return this.$date[1]; }
  get Day() { return this.$date[2]; }
  get Hour() { return Number((this.$ticks / $ticksPerHour) % 24n); }
  get Minute() { return Number((this.$ticks / $ticksPerMinute) % 60n); }
  get Second() { return Number((this.$ticks / $ticksPerSecond) % 60n); }
  get Millisecond() { return Number((this.$ticks / $ticksPerMs) % 1000n); }
  get Microsecond() { return Number((this.$ticks / 10n) % 1000n); }
  get DayOfWeek() { return (this.$dayNumber + 1) % 7; }
  get DayOfYear() { const [y] = this.$date; return this.$dayNumber - $daysFromCivil(y, 1, 1) + 1; }
  get Date() { return new $DateTime(this.$ticks - this.$ticks % $ticksPerDay, this.$kind); }
  get TimeOfDay() { return new $TimeSpan(this.$ticks % $ticksPerDay); }

  $addTicks(t) {
    const r = this.$ticks + t;
    if (r < 0n || r > $maxDateTicks) throw $unrepresentable();
    return new $DateTime(r, this.$kind);
  }
  // .NET 7+: whole units exactly, the fraction truncated to whole ticks.
  $addUnits(value, unit) {
    if (!Number.isFinite(value)) throw $unrepresentable();
    const whole = Math.trunc(value);
    if (Math.abs(whole) > 1e16) throw $unrepresentable();
    return this.$addTicks(BigInt(whole) * unit + BigInt(Math.trunc((value - whole) * Number(unit))));
  }
  AddTicks(t) { return this.$addTicks(BigInt(t)); }
  AddMilliseconds(v) { return this.$addUnits(v, $ticksPerMs); }
  AddSeconds(v) { return this.$addUnits(v, $ticksPerSecond); }
  AddMinutes(v) { return this.$addUnits(v, $ticksPerMinute); }
  AddHours(v) { return this.$addUnits(v, $ticksPerHour); }
  AddDays(v) { return this.$addUnits(v, $ticksPerDay); }
  AddMonths(months) {
    if (months < -120000 || months > 120000) throw new $ArgumentOutOfRangeException("Months value must be between +/-120000.", null, "months");
    const [y, m, d] = this.$date;
    const total = y * 12 + (m - 1) + months;
    const ny = Math.floor(total / 12), nm = total - ny * 12 + 1;
    if (ny < 1 || ny > 9999) throw new $ArgumentOutOfRangeException("The added or subtracted value results in an un-representable DateTime.", null, "months");
    const nd = Math.min(d, $daysInMonth(ny, nm));
    return new $DateTime(BigInt($daysFromCivil(ny, nm, nd)) * $ticksPerDay + this.$ticks % $ticksPerDay, this.$kind);
  }
  AddYears(years) {
    if (years < -10000 || years > 10000) throw new $ArgumentOutOfRangeException("Years value must be between +/-10000.", null, "years");
    return this.AddMonths(years * 12);
  }
  Add(ts) { return this.$addTicks(ts.$ticks); }
  /** Subtract(DateTime) → TimeSpan; Subtract(TimeSpan) → DateTime. */
  Subtract(x) { return x instanceof $DateTime ? new $TimeSpan(this.$ticks - x.$ticks) : this.$addTicks(-x.$ticks); }
  ToUniversalTime() { return new $DateTime(this.$ticks, 1); }
  ToLocalTime() { return new $DateTime(this.$ticks, 2); }

  toString() { return this.ToString("G"); }
  ToString(format) { return $formatDateTime(this, format, null); }

  /** DateTime.Parse: ISO 8601 (yyyy-MM-dd[THH:mm[:ss[.f…]]][Z|±hh:mm]) and MM/dd/yyyy [HH:mm[:ss]]. */
  static Parse(s) {
    const r = $parseDateTime(s);
    if (r === null) throw $dateParseError(s);
    return r;
  }
  static TryParse(s, result, styles = 0) {
    const r = s === null || s === undefined ? null : $parseDateTimeStyled(s, styles);
    $setOut(result, r ?? $DateTime.MinValue);
    return r !== null;
  }
  /** DateTime.Parse(s, provider, styles): AssumeLocal/AssumeUniversal/AdjustToUniversal/RoundtripKind. */
  static $parseStyled(s, styles) {
    if (s === null || s === undefined) throw new $ArgumentNullException(null, null, "s");
    const r = $parseDateTimeStyled(s, styles);
    if (r === null) throw $dateParseError(s);
    return r;
  }
  /** DateTime.ParseExact / TryParseExact with one custom format (invariant culture). */
  static ParseExact(s, format) {
    if (s === null || s === undefined) throw new $ArgumentNullException(null, null, "s");
    if (format === null || format === undefined) throw new $ArgumentNullException(null, null, "format");
    const r = $parseExact(s, format);
    if (r === null) throw new $FormatException(`String '${s}' was not recognized as a valid DateTime.`);
    if (r === $notInCalendar) throw new $FormatException(`The DateTime represented by the string '${s}' is not supported in calendar 'System.Globalization.GregorianCalendar'.`);
    return r;
  }
  static TryParseExact(s, format, result) {
    let r = s === null || s === undefined || format === null || format === undefined ? null : $parseExact(s, format);
    if (r === $notInCalendar) r = null;
    $setOut(result, r ?? $DateTime.MinValue);
    return r !== null;
  }
}

// DateTime.Parse's error names the first word it does not know (a month or day name, AM/PM, T, Z and GMT it knows).
const $knownDateWords = /^(t|z|am|pm|gmt|utc|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(tember)?|oct(ober)?|nov(ember)?|dec(ember)?|(mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)$/i;
function $dateParseError(s) {
  for (const m of s.matchAll(/\p{L}+/gu)) {
    if (!$knownDateWords.test(m[0]))
      return new $FormatException(`The string '${s}' was not recognized as a valid DateTime. There is an unknown word starting at index '${m.index}'.`);
  }
  return new $FormatException(`String '${s}' was not recognized as a valid DateTime.`);
}

// DateTimeStyles flags, and .NET's DetermineTimeZoneAdjustments on a parsed text (local time is UTC here).
const $AdjustToUniversal = 16, $AssumeLocal = 32, $AssumeUniversal = 64, $RoundtripKind = 128;
function $parseDateTimeStyled(s, styles) {
  const parts = $parseDateParts(s);
  if (parts === null) return null;
  let { dt, offset } = parts;
  if (offset === null) {
    if (styles & $AssumeLocal) {
      if (!(styles & $AdjustToUniversal)) return new $DateTime(dt.$ticks, 2);
      offset = 0;
    } else if (styles & $AssumeUniversal) {
      if (styles & $AdjustToUniversal) return new $DateTime(dt.$ticks, 1);
      offset = 0;
    } else return dt;
  } else if ((styles & $RoundtripKind) && parts.utc) return new $DateTime(dt.$ticks, 1);
  try {
    return new $DateTime(dt.$ticks, styles & $AdjustToUniversal ? 1 : 2).$addTicks(-BigInt(offset) * $ticksPerMinute);
  } catch { return null; }
}

/** A custom format's fields (yyyy MM M dd d HH H hh h mm m ss s f… tt, quoted and \-escaped literals) read exactly. */
function $parseExact(s, format) {
  let y = null, mo = null, d = null, h = 0, mi = 0, sec = 0, frac = "", pm = null, pos = 0;
  const digits = (min, max) => {
    const m = new RegExp(`^\\d{${min},${max}}`).exec(s.slice(pos));
    if (!m) return null;
    pos += m[0].length;
    return m[0];
  };
  for (let i = 0; i < format.length;) {
    const c = format[i];
    let n = 1;
    while (format[i + n] === c) n++;
    if (c === "'" || c === "\"") {
      const end = format.indexOf(c, i + 1);
      if (end < 0) return null;
      const lit = format.slice(i + 1, end);
      if (!s.startsWith(lit, pos)) return null;
      pos += lit.length; i = end + 1; continue;
    }
    if (c === "\\") { if (s[pos] !== format[i + 1]) return null; pos++; i += 2; continue; }
    let v;
    switch (c) {
      case "y": if ((v = digits(n <= 2 ? 2 : n, n <= 2 ? 2 : Math.max(n, 4))) === null) return null; y = n > 2 ? +v : +v < 50 ? 2000 + +v : 1900 + +v; break; // two-digit years up to 2049
      case "M": if (n > 2 || (v = digits(n, 2)) === null) return null; mo = +v; break;
      case "d": if (n > 2 || (v = digits(n, 2)) === null) return null; d = +v; break;
      case "H": case "h": if (n > 2 || (v = digits(n, 2)) === null) return null; h = +v; break;
      case "m": if (n > 2 || (v = digits(n, 2)) === null) return null; mi = +v; break;
      case "s": if (n > 2 || (v = digits(n, 2)) === null) return null; sec = +v; break;
      case "f": case "F": if (n > 7 || (v = digits(c === "F" ? 0 : n, n)) === null) return null; frac = v; break;
      case "t": {
        const t = s.slice(pos, pos + n).toUpperCase();
        if (n === 1 ? t !== "A" && t !== "P" : t !== "AM" && t !== "PM") return null;
        pm = t[0] === "P"; pos += n; break;
      }
      default:
        if (s.slice(pos, pos + n) !== c.repeat(n)) return null;
        pos += n;
    }
    i += n;
  }
  if (pos !== s.length) return null;
  if (pm !== null) { if (h > 12) return null; h = h % 12 + (pm ? 12 : 0); }
  if (y === null && mo === null && d === null) {
    // a time alone is on today's date, as in .NET
    const today = $DateTime.Now;
    [y, mo, d] = [today.Year, today.Month, today.Day];
  }
  try {
    let dt = $DateTime.$fromParts(y ?? 1, mo ?? 1, d ?? 1, h, mi, sec, 0, 0);
    if (frac) dt = dt.$addTicks(BigInt(frac.padEnd(7, "0")));
    return dt;
  } catch { return $notInCalendar; }
}
/** $parseExact's answer for text that fits the format but names no date (month 13, February 30). */
const $notInCalendar = Symbol("notInCalendar");

/** { dt (clock time, Unspecified), offsetMinutes or null } for ISO 8601 or MM/dd/yyyy text, else null. */
function $parseDateParts(s) {
  let m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$/.exec(s);
  let y, mo, d, h = 0, mi = 0, sec = 0, frac = "", zone;
  if (m) [, y, mo, d, h = 0, mi = 0, sec = 0, frac = "", zone] = m;
  else {
    m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$/.exec(s);
    if (!m) return null;
    [, mo, d, y, h = 0, mi = 0, sec = 0] = m;
  }
  try {
    let dt = $DateTime.$fromParts(+y, +mo, +d, +h, +mi, +sec, 0, 0);
    if (frac) dt = dt.$addTicks(BigInt(frac.padEnd(7, "0")));
    let offset = null;
    if (zone === "Z") offset = 0;
    else if (zone) {
      const digits = zone.slice(1).replace(":", "");
      offset = (zone[0] === "-" ? -1 : 1) * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
    }
    return { dt, offset, utc: zone === "Z" };
  } catch { return null; }
}

/** DateTime.Parse's reading: text with a zone is that instant in local time (UTC here), Kind Local. */
function $parseDateTime(s) {
  const parts = $parseDateParts(s);
  if (parts === null || parts.offset === null) return parts?.dt ?? null;
  try {
    return new $DateTime(parts.dt.$ticks, 2).$addTicks(-BigInt(parts.offset) * $ticksPerMinute);
  } catch { return null; }
}

const $standardDateFormats = {
  d: "MM/dd/yyyy", D: "dddd, dd MMMM yyyy", f: "dddd, dd MMMM yyyy HH:mm", F: "dddd, dd MMMM yyyy HH:mm:ss",
  g: "MM/dd/yyyy HH:mm", G: "MM/dd/yyyy HH:mm:ss", m: "MMMM dd", M: "MMMM dd", t: "HH:mm", T: "HH:mm:ss",
  y: "yyyy MMMM", Y: "yyyy MMMM", s: "yyyy'-'MM'-'dd'T'HH':'mm':'ss", u: "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
  r: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'", R: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  o: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK", O: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
};

/** Formats a DateTime (offsetMinutes null) or a DateTimeOffset's clock time (offsetMinutes set). */
export function $formatDateTime(dt, format, offsetMinutes) {
  if (format === null || format === undefined || format === "") format = offsetMinutes === null ? "G" : "MM/dd/yyyy HH:mm:ss zzz";
  if (format.length === 1) {
    if (offsetMinutes !== null && (format === "o" || format === "O")) format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffzzz";
    else if (format === "U") return $formatDateTime(dt, "F", offsetMinutes);
    else if ($standardDateFormats[format] === undefined) throw new $FormatException("Input string was not in a correct format.");
    else format = $standardDateFormats[format];
  }
  const [y, mo, d] = dt.$date;
  const fraction = $pad(Number(dt.$ticks % $ticksPerSecond), 7);
  const offset = offsetMinutes ?? 0;
  const zone = (w) => {
    const sign = offset < 0 ? "-" : "+", a = Math.abs(offset);
    return w === 1 ? sign + Math.floor(a / 60) : w === 2 ? sign + $pad(Math.floor(a / 60), 2) : `${sign}${$pad(Math.floor(a / 60), 2)}:${$pad(a % 60, 2)}`;
  };
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    let n = 1;
    while (i + n < format.length && format[i + n] === ch) n++;
    switch (ch) {
      case "y": out += n === 2 ? $pad(y % 100, 2) : n === 1 ? String(y % 100) : $pad(y, n); break;
      case "M": out += n >= 4 ? $monthNames[mo - 1] : n === 3 ? $monthNames[mo - 1].slice(0, 3) : $pad(mo, n); break;
      case "d": out += n >= 4 ? $dayNames[dt.DayOfWeek] : n === 3 ? $dayNames[dt.DayOfWeek].slice(0, 3) : $pad(d, n); break;
      case "H": out += $pad(dt.Hour, Math.min(n, 2)); break;
      case "h": out += $pad(dt.Hour % 12 === 0 ? 12 : dt.Hour % 12, Math.min(n, 2)); break;
      case "m": out += $pad(dt.Minute, Math.min(n, 2)); break;
      case "s": out += $pad(dt.Second, Math.min(n, 2)); break;
      case "f": out += fraction.slice(0, n); break;
      case "F": { const f = fraction.slice(0, n).replace(/0+$/, ""); out += f; if (f === "" && out.endsWith(".")) out = out.slice(0, -1); break; }
      case "t": out += (dt.Hour < 12 ? "AM" : "PM").slice(0, n === 1 ? 1 : 2); break;
      case "K": out += offsetMinutes !== null ? zone(3) : dt.$kind === 1 ? "Z" : dt.$kind === 2 ? "+00:00" : ""; break;
      case "z": out += zone(Math.min(n, 3)); break;
      case "\\": out += format[i + 1] ?? ""; n = 2; break;
      case "%": n = 1; break;
      case "'": case "\"": {
        const end = format.indexOf(ch, i + 1);
        if (end < 0) throw new $FormatException(`Cannot find a matching quote character for the character '${ch}'.`);
        out += format.slice(i + 1, end);
        n = end - i + 1;
        break;
      }
      default: out += ch.repeat(n);
    }
    i += n - 1;
  }
  return out;
}

/** DateTimeOffset: a clock time plus its offset from UTC (in minutes). */
export class $DateTimeOffset extends $TickOrdered {
  static $name = "DateTimeOffset";
  static $fullName = "System.DateTimeOffset";
  constructor(utcTicks = 0n, offsetMinutes = 0) { super(); this.$utc = BigInt(utcTicks); this.$offset = offsetMinutes; }
  get $order() { return this.$utc; }
  /** new DateTimeOffset(DateTime[, offset]) */
  static $fromDateTime(dt, offset) {
    const minutes = offset ? Number(offset.$ticks / $ticksPerMinute) : 0;
    return new $DateTimeOffset(dt.$ticks - BigInt(minutes) * $ticksPerMinute, minutes);
  }
  /** new DateTimeOffset(y, M, d, h, m, s[, ms], offset): a clock time at that offset (whole minutes, ±14 h). */
  static $fromParts(y, mo, d, h, mi, sec, ms, offset) {
    const ticks = offset.$ticks;
    if (ticks % $ticksPerMinute !== 0n) throw new $ArgumentException("Offset must be specified in whole minutes.", null, "offset");
    if (ticks > 14n * $ticksPerHour || ticks < -14n * $ticksPerHour) throw new $ArgumentOutOfRangeException("Offset must be within plus or minus 14 hours.", null, "offset");
    return $DateTimeOffset.$fromDateTime($DateTime.$fromParts(y, mo, d, h, mi, sec, ms, 0), offset);
  }
  static get UtcNow() { return new $DateTimeOffset(BigInt(Date.now()) * $ticksPerMs + $unixEpochTicks, 0); }
  static get Now() { return $DateTimeOffset.UtcNow; }
  static UnixEpoch = new $DateTimeOffset($unixEpochTicks, 0);
  /** DateTimeOffset.Parse: ISO 8601 keeps its offset; text without one is taken as UTC (local here). */
  static Parse(s) {
    const r = s === null || s === undefined ? null : $parseDateParts(s);
    if (r === null) throw new $FormatException(`String '${s}' was not recognized as a valid DateTime.`);
    const offset = r.offset ?? 0;
    return new $DateTimeOffset(r.dt.$ticks - BigInt(offset) * $ticksPerMinute, offset);
  }
  static TryParse(s, result) {
    let r = null;
    try { r = $DateTimeOffset.Parse(s); } catch { r = null; }
    $setOut(result, r ?? new $DateTimeOffset());
    return r !== null;
  }
  static FromUnixTimeSeconds(s) { return new $DateTimeOffset(BigInt(s) * $ticksPerSecond + $unixEpochTicks, 0); }
  static FromUnixTimeMilliseconds(ms) { return new $DateTimeOffset(BigInt(ms) * $ticksPerMs + $unixEpochTicks, 0); }
  get $clock() { return new $DateTime(this.$utc + BigInt(this.$offset) * $ticksPerMinute, 0); }
  get UtcDateTime() { return new $DateTime(this.$utc, 1); }
  get DateTime() { return this.$clock; }
  get LocalDateTime() { return new $DateTime(this.$utc, 2); }
  get Offset() { return new $TimeSpan(BigInt(this.$offset) * $ticksPerMinute); }
  get Ticks() { return this.$clock.$ticks; }
  get UtcTicks() { return this.$utc; }
  get Year() { return this.$clock.Year; }
  get Month() { return this.$clock.Month; }
  get Day() { return this.$clock.Day; }
  get Hour() { return this.$clock.Hour; }
  get Minute() { return this.$clock.Minute; }
  get Second() { return this.$clock.Second; }
  get Millisecond() { return this.$clock.Millisecond; }
  get DayOfWeek() { return this.$clock.DayOfWeek; }
  ToUnixTimeSeconds() {
    const t = this.$utc - $unixEpochTicks;
    return (t - (t % $ticksPerSecond + $ticksPerSecond) % $ticksPerSecond) / $ticksPerSecond;
  }
  ToUnixTimeMilliseconds() {
    const t = this.$utc - $unixEpochTicks;
    return (t - (t % $ticksPerMs + $ticksPerMs) % $ticksPerMs) / $ticksPerMs;
  }
  ToUniversalTime() { return new $DateTimeOffset(this.$utc, 0); }
  $with(t) { return new $DateTimeOffset(t, this.$offset); }
  Add(ts) { return this.$with(this.$utc + ts.$ticks); }
  AddSeconds(v) { return this.$with(this.$utc + (this.$clock.AddSeconds(v).$ticks - this.$clock.$ticks)); }
  AddMinutes(v) { return this.$with(this.$utc + (this.$clock.AddMinutes(v).$ticks - this.$clock.$ticks)); }
  AddHours(v) { return this.$with(this.$utc + (this.$clock.AddHours(v).$ticks - this.$clock.$ticks)); }
  AddDays(v) { return this.$with(this.$utc + (this.$clock.AddDays(v).$ticks - this.$clock.$ticks)); }
  AddMilliseconds(v) { return this.$with(this.$utc + (this.$clock.AddMilliseconds(v).$ticks - this.$clock.$ticks)); }
  Subtract(x) { return x instanceof $DateTimeOffset ? new $TimeSpan(this.$utc - x.$utc) : this.$with(this.$utc - x.$ticks); }
  toString() { return this.ToString(null); }
  ToString(format) { return $formatDateTime(this.$clock, format, this.$offset); }
}
