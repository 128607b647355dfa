// System.TimeSpan. Ticks (100 ns) are kept as a BigInt, since C#'s long is a BigInt here and
// DateTime-sized tick counts do not fit a double exactly. TimeSpan is an immutable struct.
import { $ArgumentException, $ArgumentOutOfRangeException, $OverflowException, $FormatException } from "./exceptions.mjs";
import { $setOut } from "./collections.mjs";

export const $ticksPerMs = 10000n;
export const $ticksPerSecond = 10000000n;
export const $ticksPerMinute = 600000000n;
export const $ticksPerHour = 36000000000n;
export const $ticksPerDay = 864000000000n;
const $maxTicks = 9223372036854775807n, $minTicks = -9223372036854775808n;

function $tsOverflow() { return new $OverflowException("TimeSpan overflowed because the duration is too long."); }
function $pad(n, width) { return String(n).padStart(width, "0"); }

/** What TimeSpan, DateTime and DateTimeOffset share: value semantics over one BigInt tick count, the
 * `$order` getter of each (TimeSpan and DateTime: their ticks; DateTimeOffset: its UTC ticks). */
export class $TickOrdered {
  /** default(T) of a TimeSpan/DateTime/DateTimeOffset type argument: the zero value. */
  static $defaultValue() { return new this(); }
  CompareTo(o) {
    if (o === null || o === undefined) return 1;
    return this.$order < o.$order ? -1 : this.$order > o.$order ? 1 : 0;
  }
  static Compare(a, b) { return a.CompareTo(b); }
  Equals(o) { return o instanceof this.constructor && o.$order === this.$order; }
  GetHashCode() { const t = this.$order; return Number(BigInt.asIntN(32, t ^ (t >> 32n))); }
  $clone() { return this; }
  static op_Addition(a, b) { return a.Add(b); }
  static op_Subtraction(a, b) { return a.Subtract(b); }
  static op_Equality(a, b) { return a.$order === b.$order; }
  static op_Inequality(a, b) { return a.$order !== b.$order; }
  static op_LessThan(a, b) { return a.$order < b.$order; }
  static op_GreaterThan(a, b) { return a.$order > b.$order; }
  static op_LessThanOrEqual(a, b) { return a.$order <= b.$order; }
  static op_GreaterThanOrEqual(a, b) { return a.$order >= b.$order; }
}

export class $TimeSpan extends $TickOrdered {
  static $name = "TimeSpan";
  static $fullName = "System.TimeSpan";
  constructor(ticks = 0n) { super(); this.$ticks = BigInt(ticks); }
  get $order() { return this.$ticks; }
  static $checked(ticks) {
    if (ticks > $maxTicks || ticks < $minTicks) throw $tsOverflow();
    return new $TimeSpan(ticks);
  }
  /** new TimeSpan(hours, minutes, seconds) / (days, hours, minutes, seconds[, milliseconds[, microseconds]]) */
  static $fromParts(days, hours, minutes, seconds, milliseconds = 0, microseconds = 0) {
    const t = BigInt(days) * $ticksPerDay + BigInt(hours) * $ticksPerHour + BigInt(minutes) * $ticksPerMinute
      + BigInt(seconds) * $ticksPerSecond + BigInt(milliseconds) * $ticksPerMs + BigInt(microseconds) * 10n;
    if (t > $maxTicks || t < $minTicks) throw new $ArgumentOutOfRangeException("TimeSpan overflowed because the duration is too long.");
    return new $TimeSpan(t);
  }
  /** FromDays/Hours/Minutes/Seconds/Milliseconds(double): truncated to whole ticks, as .NET 7+ does. */
  static $fromDouble(value, unitTicks) {
    if (Number.isNaN(value)) throw new $ArgumentException("TimeSpan does not accept floating point Not-a-Number values.");
    const ticks = value * Number(unitTicks);
    if (ticks > 9223372036854775807 || ticks < -9223372036854775808) throw $tsOverflow();
    return new $TimeSpan(BigInt(Math.trunc(ticks)));
  }
  static FromDays(v) { return $TimeSpan.$fromDouble(v, $ticksPerDay); }
  static FromHours(v) { return $TimeSpan.$fromDouble(v, $ticksPerHour); }
  static FromMinutes(v) { return $TimeSpan.$fromDouble(v, $ticksPerMinute); }
  static FromSeconds(v) { return $TimeSpan.$fromDouble(v, $ticksPerSecond); }
  static FromMilliseconds(v) { return $TimeSpan.$fromDouble(v, $ticksPerMs); }
  static FromMicroseconds(v) { return $TimeSpan.$fromDouble(v, 10n); }
  static FromTicks(ticks) { return new $TimeSpan(ticks); }
  static Zero = new $TimeSpan(0n);
  static MaxValue = new $TimeSpan($maxTicks);
  static MinValue = new $TimeSpan($minTicks);

  get Ticks() { return this.$ticks; }
  get Days() { return Number(this.$ticks / $ticksPerDay); }
  get Hours() { return Number((this.$ticks / $ticksPerHour) % 24n); }
  get Minutes() { return Number((this.$ticks / $ticksPerMinute) % 60n); }
  get Seconds() { return Number((this.$ticks / $ticksPerSecond) % 60n); }
  get Milliseconds() { return Number((this.$ticks / $ticksPerMs) % 1000n); }
  get Microseconds() { return Number((this.$ticks / 10n) % 1000n); }
  get Nanoseconds() { return Number(this.$ticks % 10n) * 100; }
  get TotalDays() { return Number(this.$ticks) / 864000000000; }
  get TotalHours() { return Number(this.$ticks) / 36000000000; }
  get TotalMinutes() { return Number(this.$ticks) / 600000000; }
  get TotalSeconds() { return Number(this.$ticks) / 10000000; }
  get TotalMilliseconds() {
    const ms = Number(this.$ticks) / 10000;
    return ms > 922337203685477 ? 922337203685477 : ms < -922337203685477 ? -922337203685477 : ms;
  }
  get TotalMicroseconds() { return Number(this.$ticks) / 10; }

  Add(ts) { return $TimeSpan.$checked(this.$ticks + ts.$ticks); }
  Subtract(ts) { return $TimeSpan.$checked(this.$ticks - ts.$ticks); }
  Negate() {
    if (this.$ticks === $minTicks) throw new $OverflowException("Negating the minimum value of a twos complement number is invalid.");
    return new $TimeSpan(-this.$ticks);
  }
  Duration() {
    if (this.$ticks === $minTicks) throw new $OverflowException("The duration cannot be returned for TimeSpan.MinValue because the absolute value of TimeSpan.MinValue exceeds the value of TimeSpan.MaxValue.");
    return new $TimeSpan(this.$ticks < 0n ? -this.$ticks : this.$ticks);
  }
  Multiply(factor) {
    if (Number.isNaN(factor)) throw new $ArgumentException("TimeSpan does not accept floating point Not-a-Number values.", null, "factor");
    return $TimeSpan.$fromDouble(Math.round(Number(this.$ticks) * factor), 1n);
  }
  /** Divide(double) → TimeSpan; Divide(TimeSpan) → double. */
  Divide(divisor) {
    if (divisor instanceof $TimeSpan) return Number(this.$ticks) / Number(divisor.$ticks);
    if (Number.isNaN(divisor)) throw new $ArgumentException("TimeSpan does not accept floating point Not-a-Number values.", null, "divisor");
    return $TimeSpan.$fromDouble(Math.round(Number(this.$ticks) / divisor), 1n);
  }
  static Equals(a, b) { return a.$ticks === b.$ticks; }

  static op_UnaryNegation(a) { return a.Negate(); }
  static op_UnaryPlus(a) { return a; }
  static op_Multiply(a, b) { return a instanceof $TimeSpan ? a.Multiply(b) : b.Multiply(a); }
  static op_Division(a, b) { return a.Divide(b); }

  /** The parts of |ticks| and the sign, for formatting. */
  $parts() {
    const neg = this.$ticks < 0n;
    const t = neg ? -this.$ticks : this.$ticks;
    return {
      neg, days: t / $ticksPerDay, hours: Number((t / $ticksPerHour) % 24n), minutes: Number((t / $ticksPerMinute) % 60n),
      seconds: Number((t / $ticksPerSecond) % 60n), fraction: Number(t % $ticksPerSecond),
    };
  }
  toString() { return this.ToString("c"); }
  ToString(format) {
    const p = this.$parts();
    const sign = p.neg ? "-" : "";
    const hms = `${$pad(p.minutes, 2)}:${$pad(p.seconds, 2)}`;
    switch (format ?? "c") {
      case "": case "c": case "t": case "T":
        return sign + (p.days !== 0n ? `${p.days}.` : "") + `${$pad(p.hours, 2)}:${hms}` + (p.fraction !== 0 ? `.${$pad(p.fraction, 7)}` : "");
      case "g":
        return sign + (p.days !== 0n ? `${p.days}:` : "") + `${p.hours}:${hms}` + (p.fraction !== 0 ? `.${$pad(p.fraction, 7).replace(/0+$/, "")}` : "");
      case "G":
        return sign + `${p.days}:${$pad(p.hours, 2)}:${hms}.${$pad(p.fraction, 7)}`;
      default:
        return $formatTimeSpanCustom(p, format);
    }
  }
  /** TimeSpan.Parse: [-][d.]h:m[:s[.fffffff]] or [-]d (invariant culture). */
  static Parse(s) {
    const r = s === null || s === undefined ? null : $parseTimeSpan(s);
    if (r === "overflow") throw new $OverflowException(`The TimeSpan string '${s}' could not be parsed because at least one of the numeric components is out of range or contains too many digits.`);
    if (r === null) throw new $FormatException(`String '${s}' was not recognized as a valid TimeSpan.`);
    return r;
  }
  static TryParse(s, result) {
    const r = s === null || s === undefined ? null : $parseTimeSpan(s);
    const ok = r instanceof $TimeSpan;
    $setOut(result, ok ? r : $TimeSpan.Zero);
    return ok;
  }
}

// [ws][-]{ d | [d.]hh:mm[:ss[.ff]] | d:hh:mm[:ss[.ff]] }[ws], invariant culture.
function $parseTimeSpan(s) {
  const m = /^\s*(-)?(?:(\d+)$|(?:(\d+)[.:])??(\d+):(\d+)(?::(\d+)(?:\.(\d{1,7}))?)?)\s*$/.exec(s);
  if (!m) return null;
  const [, neg, onlyDays, d, h, mi, sec, f] = m;
  // "1:02:03" is h:m:s; a colon only separates days when four parts follow.
  if (d !== undefined && sec === undefined && s.includes(d + ":")) return null;
  const days = onlyDays ?? d ?? 0, hours = +(h ?? 0), minutes = +(mi ?? 0), seconds = +(sec ?? 0);
  if (hours > 23 || minutes > 59 || seconds > 59) return "overflow";
  let t = BigInt(days) * $ticksPerDay + BigInt(hours) * $ticksPerHour + BigInt(minutes) * $ticksPerMinute + BigInt(seconds) * $ticksPerSecond;
  if (f) t += BigInt(f.padEnd(7, "0"));
  return new $TimeSpan(neg ? -t : t);
}

function $formatTimeSpanCustom(p, format) {
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    let n = 1;
    while (i + n < format.length && format[i + n] === ch) n++;
    switch (ch) {
      case "d": out += $pad(p.days, n); break;
      case "h": out += $pad(p.hours, Math.min(n, 2)); break;
      case "m": out += $pad(p.minutes, Math.min(n, 2)); break;
      case "s": out += $pad(p.seconds, Math.min(n, 2)); break;
      case "f": out += $pad(p.fraction, 7).slice(0, n); break;
      case "F": out += $pad(p.fraction, 7).slice(0, n).replace(/0+$/, ""); break;
      case "\\": out += format[i + 1] ?? ""; n = 2; break;
      case "'": case "\"": {
        const end = format.indexOf(ch, i + 1);
        if (end < 0) throw new $FormatException("Input string was not in a correct format.");
        out += format.slice(i + 1, end);
        n = end - i + 1;
        break;
      }
      case "%": n = 1; break;
      default: throw new $FormatException("Input string was not in a correct format.");
    }
    i += n - 1;
  }
  return out;
}
