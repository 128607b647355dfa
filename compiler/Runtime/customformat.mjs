// Custom numeric format strings ("0.00", "#,##0", "0.###E+0", "0%", sections with ';'),
// applied to a digit buffer { neg, digits, scale } (see numbers.mjs). Ties round away from zero,
// as .NET does for custom formats.
import { $roundDigits } from "./doubles.mjs";

function $customSections(format) {
  const sections = [];
  let start = 0, quote = null;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (quote !== null) { if (c === quote) quote = null; continue; }
    if (c === "\\") { i++; continue; }
    if (c === "'" || c === '"') { quote = c; continue; }
    if (c === ";") { sections.push(format.slice(start, i)); start = i + 1; }
  }
  sections.push(format.slice(start));
  return sections.slice(0, 3);
}

// Tokens: { kind: "digit", zero }, { kind: "point" }, { kind: "text", text }, { kind: "exp", ... }.
function $customParseSection(section) {
  const tokens = [];
  let integerDigits = 0, fractionDigits = 0, firstZero = -1, lastFractionZero = 0;
  let seenPoint = false, grouping = false, scaleAdjust = 0, pendingCommas = 0, exponent = null;
  for (let i = 0; i < section.length; i++) {
    const c = section[i];
    if (c === "0" || c === "#") {
      if (pendingCommas > 0 && integerDigits > 0 && !seenPoint) grouping = true;
      pendingCommas = 0;
      if (seenPoint) { fractionDigits++; if (c === "0") lastFractionZero = fractionDigits; }
      else { if (c === "0" && firstZero < 0) firstZero = integerDigits; integerDigits++; }
      tokens.push({ kind: "digit", zero: c === "0", fraction: seenPoint });
    } else if (c === ".") {
      if (!seenPoint) { seenPoint = true; scaleAdjust -= 3 * pendingCommas; pendingCommas = 0; tokens.push({ kind: "point" }); }
    } else if (c === ",") {
      if (integerDigits > 0 && !seenPoint) pendingCommas++;
    } else if (c === "%") { scaleAdjust += 2; tokens.push({ kind: "text", text: "%" }); }
    else if (c === "‰") { scaleAdjust += 3; tokens.push({ kind: "text", text: "‰" }); }
    else if (c === "'" || c === '"') {
      const end = section.indexOf(c, i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ kind: "text", text: section.slice(i + 1, stop) });
      i = stop;
    } else if (c === "\\") {
      if (i + 1 < section.length) tokens.push({ kind: "text", text: section[++i] });
    } else if ((c === "E" || c === "e") && exponent === null && /^[eE][+-]?0/.test(section.slice(i))) {
      let j = i + 1, sign = "";
      if (section[j] === "+" || section[j] === "-") sign = section[j++];
      let minDigits = 0;
      while (section[j] === "0") { minDigits++; j++; }
      exponent = { char: c, alwaysSign: sign === "+", minDigits };
      tokens.push({ kind: "exp" });
      i = j - 1;
    } else tokens.push({ kind: "text", text: c });
  }
  // Commas right before the point (or the end of the digits) divide by 1000 each.
  if (!seenPoint) scaleAdjust -= 3 * pendingCommas;
  return { tokens, integerDigits, fractionDigits, firstZero, lastFractionZero, grouping, scaleAdjust, exponent };
}

function $customGroup(text) {
  let out = "";
  for (let end = text.length; end > 0; end -= 3) out = text.slice(Math.max(0, end - 3), end) + (out ? "," + out : "");
  return out;
}

function $customRender(buffer, spec) {
  let { digits, scale } = buffer;
  let exponentValue = 0;
  if (spec.exponent !== null) {
    if (digits.length > 0) {
      const rounded = $roundDigits(buffer, spec.integerDigits + spec.fractionDigits, false);
      digits = rounded.digits;
      exponentValue = rounded.scale - spec.integerDigits;
      scale = spec.integerDigits;
    }
  }
  const integerText = scale <= 0 ? "" : digits.slice(0, scale).padEnd(scale, "0");
  // In E notation the mantissa fills every integer placeholder (.NET shows 0 as "000.0e00" for "##0.0e00").
  const minInteger = spec.exponent !== null ? spec.integerDigits : spec.firstZero < 0 ? 0 : spec.integerDigits - spec.firstZero;
  let integer = integerText.padStart(minInteger, "0");
  if (spec.grouping) integer = $customGroup(integer);
  let fraction = scale < 0 ? "0".repeat(-scale) + digits : digits.slice(Math.max(0, scale));
  fraction = fraction.slice(0, spec.fractionDigits);
  while (fraction.length > spec.lastFractionZero && fraction.endsWith("0")) fraction = fraction.slice(0, -1);
  fraction = fraction.padEnd(spec.lastFractionZero, "0");

  // Integer digits fill the integer placeholders right to left; extra digits go to the first one.
  const integerSlots = spec.tokens.filter(t => t.kind === "digit" && !t.fraction).length;
  const perSlot = new Array(integerSlots).fill("");
  const chars = [...integer];
  for (let slot = integerSlots - 1; slot >= 0 && chars.length > 0; slot--) {
    perSlot[slot] = slot === 0 ? chars.join("") : chars.pop();
    if (slot > 0 && chars.length > 0 && chars[chars.length - 1] === "," && slot - 1 >= 0) perSlot[slot] = chars.pop() + perSlot[slot];
  }
  let out = "", slot = 0, fractionIndex = 0;
  for (const token of spec.tokens) {
    switch (token.kind) {
      case "digit":
        if (token.fraction) out += fractionIndex < fraction.length ? fraction[fractionIndex++] : "";
        else out += perSlot[slot++];
        break;
      case "point": if (fraction.length > 0) out += "."; break;
      case "text": out += token.text; break;
      case "exp": {
        const e = spec.exponent;
        const sign = exponentValue < 0 ? "-" : e.alwaysSign ? "+" : "";
        out += e.char + sign + String(Math.abs(exponentValue)).padStart(e.minDigits, "0");
        break;
      }
    }
  }
  return out;
}

export function $formatCustom(buffer, format, isInteger) {
  const sections = $customSections(format);
  const pick = (wanted) => wanted < sections.length && (wanted !== 1 || sections[1] !== "") ? wanted : 0;
  let index = buffer.digits.length === 0 ? pick(2) : buffer.neg ? pick(1) : 0;
  for (;;) {
    const spec = $customParseSection(sections[index]);
    let b = { ...buffer };
    if (b.digits.length > 0 && spec.exponent === null) {
      b.scale += spec.scaleAdjust;
      b = $roundDigits(b, b.scale + spec.fractionDigits, false);
      if (b.digits.length === 0) {
        const zeroIndex = pick(2);
        if (zeroIndex !== index) { index = zeroIndex; continue; }
      }
    }
    // Integers rounded to zero lose their sign (.NET has no integer -0); a floating zero keeps it
    // unless nothing at all is printed.
    if (b.digits.length === 0 && isInteger) b.neg = false;
    const text = $customRender(b, spec);
    const showsSign = b.neg && index === 0 && (b.digits.length > 0 || text.length > 0);
    return showsSign ? "-" + text : text;
  }
}
