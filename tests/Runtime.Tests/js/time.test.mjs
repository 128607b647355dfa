// TimeSpan, DateTime and DateTimeOffset, with expectations taken from .NET 10 (invariant culture).
import { test } from "node:test";
import assert from "node:assert/strict";
import { $TimeSpan } from "../../../compiler/Runtime/time.mjs";
import { $DateTime, $DateTimeOffset } from "../../../compiler/Runtime/datetime.mjs";

const fails = (f) => { try { f(); } catch (e) { return `${e.constructor.$fullName}: ${e.Message}`; } return "no throw"; };

test("TimeSpan prints in .NET's constant format by default", () => {
  assert.equal(`${$TimeSpan.FromSeconds(90)}`, "00:01:30");
  assert.equal(`${$TimeSpan.FromMilliseconds(90061001.5)}`, "1.01:01:01.0015000");
  assert.equal(`${$TimeSpan.FromDays(-1.5)}`, "-1.12:00:00");
  assert.equal(`${$TimeSpan.Zero}`, "00:00:00");
  assert.equal(`${$TimeSpan.MaxValue}`, "10675199.02:48:05.4775807");
});

test("TimeSpan from a double truncates to whole ticks", () => {
  assert.equal($TimeSpan.FromSeconds(1.23456789e-5).Ticks, 123n);
  assert.equal($TimeSpan.FromSeconds(0.00000015).Ticks, 1n);
  assert.equal($TimeSpan.FromMilliseconds(1.5).Ticks, 15000n);
  assert.equal($TimeSpan.FromMinutes(1.0000001).Ticks, 600000060n);
  assert.equal($TimeSpan.FromDays(0.1).Ticks, 86400000000n);
  assert.equal(fails(() => $TimeSpan.FromSeconds(NaN)), "System.ArgumentException: TimeSpan does not accept floating point Not-a-Number values.");
});

test("TimeSpan standard and custom formats", () => {
  const neg = $TimeSpan.FromSeconds(-1.5), t = $TimeSpan.FromSeconds(3661.25);
  assert.equal(`${neg.ToString()} ${neg.ToString("g")} ${t.ToString("G")} ${t.ToString("g")} ${$TimeSpan.FromDays(2.5).ToString("g")}`,
    "-00:00:01.5000000 -0:00:01.5 0:01:01:01.2500000 1:01:01.25 2:12:00:00");
  assert.equal(`${t.ToString("hh\\:mm\\:ss")} ${t.ToString("d\\.hh\\:mm\\:ss\\.fff")}`, "01:01:01 0.01:01:01.250");
});

test("TimeSpan components of a negative span are negative, totals are doubles", () => {
  const ts = $TimeSpan.FromSeconds(-3661.25);
  assert.equal(`${ts.Days} ${ts.Hours} ${ts.Minutes} ${ts.Seconds} ${ts.Milliseconds} ${ts.TotalHours} ${ts.TotalMilliseconds}`,
    "0 -1 -1 -1 -250 -1.0170138888888889 -3661250");
  assert.equal($TimeSpan.op_Addition($TimeSpan.FromSeconds(1), $TimeSpan.$fromParts(0, 0, 1, 0)).TotalSeconds, 61);
  assert.equal($TimeSpan.op_LessThan($TimeSpan.FromSeconds(1), $TimeSpan.FromSeconds(2)), true);
  assert.equal($TimeSpan.Parse("1.02:03:04.5").Ticks, 937845000000n);
});

test("DateTime formats as .NET's invariant culture", () => {
  const utc = $DateTime.$fromParts(2024, 2, 29, 13, 4, 5, 0, 1);
  assert.equal(utc.ToString("o"), "2024-02-29T13:04:05.0000000Z");
  assert.equal(`${utc}`, "02/29/2024 13:04:05");
  assert.equal($DateTime.$fromParts(2024, 2, 29, 13, 4, 5).ToString("o"), "2024-02-29T13:04:05.0000000");
  assert.equal(utc.Ticks, 638448086450000000n);
  assert.equal(`${utc.ToString("R")}|${utc.ToString("s")}|${utc.ToString("u")}`, "Thu, 29 Feb 2024 13:04:05 GMT|2024-02-29T13:04:05|2024-02-29 13:04:05Z");
  assert.equal(`${$DateTime.MinValue}`, "01/01/0001 00:00:00");
  const d = $DateTime.$fromParts(2024, 1, 31, 10, 0, 0, 0, 1);
  assert.equal([d.ToString("dddd, dd MMMM yyyy"), d.ToString("ddd MMM d yy h:mm tt"), d.ToString("d"), d.ToString("D"), d.ToString("t"), d.ToString("T"), d.ToString("g"), d.ToString("G"), d.ToString("M"), d.ToString("Y")].join("|"),
    "Wednesday, 31 January 2024|Wed Jan 31 24 10:00 AM|01/31/2024|Wednesday, 31 January 2024|10:00|10:00:00|01/31/2024 10:00|01/31/2024 10:00:00|January 31|2024 January");
});

test("DateTime arithmetic and parts", () => {
  const d = $DateTime.$fromParts(2024, 1, 31, 10, 0, 0, 0, 1);
  assert.equal(d.AddMonths(1).ToString("o"), "2024-02-29T10:00:00.0000000Z");
  assert.equal(d.AddDays(1.5).ToString("yyyy-MM-dd HH:mm:ss.fff"), "2024-02-01 22:00:00.000");
  assert.equal(`${d.DayOfWeek} ${d.DayOfYear} ${d.Subtract($DateTime.$fromParts(2024, 1, 1))}`, "3 31 30.10:00:00");
  const t = d.AddTicks(1234567n);
  assert.equal(`${t.ToString("o")} ${t.ToString("HH:mm:ss.FFFFFFF")} ${d.Date.ToString("o")} ${d.TimeOfDay}`,
    "2024-01-31T10:00:00.1234567Z 10:00:00.1234567 2024-01-31T00:00:00.0000000Z 10:00:00");
  assert.equal($DateTime.UnixEpoch.ToString("o"), "1970-01-01T00:00:00.0000000Z");
  assert.equal(fails(() => $DateTime.$fromParts(2020, 13, 1)), "System.ArgumentOutOfRangeException: Year, Month, and Day parameters describe an un-representable DateTime.");
  assert.equal($DateTime.Parse("2024-03-01T12:30:00Z").ToString("s"), "2024-03-01T12:30:00");
});

test("DateTimeOffset converts to and from Unix time", () => {
  const d = $DateTime.$fromParts(2024, 1, 31, 10, 0, 0, 0, 1);
  assert.equal($DateTimeOffset.$fromDateTime(d).ToUnixTimeSeconds(), 1706695200n);
  const o = $DateTimeOffset.FromUnixTimeSeconds(1700000000n);
  assert.equal(`${o.ToString("o")} ${o}`, "2023-11-14T22:13:20.0000000+00:00 11/14/2023 22:13:20 +00:00");
  const now = $DateTime.UtcNow;
  assert.ok(Math.abs(Number(now.Ticks - 621355968000000000n) / 10000 - Date.now()) < 5000);
});

test("DateTimeOffset.Parse keeps the offset of ISO 8601 text", () => {
  const o = $DateTimeOffset.Parse("2024-06-15T12:00:00.5-07:00");
  assert.equal(`${o.ToString("o")} ${o.ToUnixTimeSeconds()} ${o.Offset} ${o.UtcDateTime.ToString("o")}`,
    "2024-06-15T12:00:00.5000000-07:00 1718478000 -07:00:00 2024-06-15T19:00:00.5000000Z");
  const r = { v: null };
  assert.equal($DateTimeOffset.TryParse("junk", r), false);
  assert.equal(r.v.ToUnixTimeSeconds(), -62135596800n);
});
