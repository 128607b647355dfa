// .NET's introspective sort (ArraySortHelper), ported so that Array.Sort and List<T>.Sort put
// equal elements in the same order as .NET does: JS's own sort is stable, .NET's is not.
import { $InvalidOperationException, $toException } from "./exceptions.mjs";
const $introThreshold = 16;

function $sortSwapIfGreater(a, cmp, i, j) {
  if (cmp(a[i], a[j]) > 0) { const t = a[i]; a[i] = a[j]; a[j] = t; }
}

function $sortSwap(a, i, j) { const t = a[i]; a[i] = a[j]; a[j] = t; }

function $sortInsertion(a, lo, hi, cmp) {
  for (let i = lo; i < hi; i++) {
    const t = a[i + 1];
    let j = i;
    while (j >= lo && cmp(t, a[j]) < 0) { a[j + 1] = a[j]; j--; }
    a[j + 1] = t;
  }
}

function $sortDownHeap(a, lo, i, n, cmp) {
  const d = a[lo + i - 1];
  while (i <= n >> 1) {
    let child = 2 * i;
    if (child < n && cmp(a[lo + child - 1], a[lo + child]) < 0) child++;
    if (!(cmp(d, a[lo + child - 1]) < 0)) break;
    a[lo + i - 1] = a[lo + child - 1];
    i = child;
  }
  a[lo + i - 1] = d;
}

function $sortHeap(a, lo, hi, cmp) {
  const n = hi - lo + 1;
  for (let i = n >> 1; i >= 1; i--) $sortDownHeap(a, lo, i, n, cmp);
  for (let i = n; i > 1; i--) { $sortSwap(a, lo, lo + i - 1); $sortDownHeap(a, lo, 1, i - 1, cmp); }
}

function $sortPartition(a, lo, hi, cmp) {
  const mid = lo + ((hi - lo) >> 1);
  $sortSwapIfGreater(a, cmp, lo, mid);
  $sortSwapIfGreater(a, cmp, lo, hi);
  $sortSwapIfGreater(a, cmp, mid, hi);
  const pivot = a[mid];
  $sortSwap(a, mid, hi - 1);
  let left = lo, right = hi - 1;
  while (left < right) {
    while (left < hi - 1 && cmp(a[++left], pivot) < 0) { /* scan */ }
    while (right > lo && cmp(pivot, a[--right]) < 0) { /* scan */ }
    if (left >= right) break;
    $sortSwap(a, left, right);
  }
  if (left !== hi - 1) $sortSwap(a, left, hi - 1);
  return left;
}

function $introSort(a, lo, hi, depth, cmp) {
  while (hi > lo) {
    const size = hi - lo + 1;
    if (size <= $introThreshold) {
      if (size === 2) { $sortSwapIfGreater(a, cmp, lo, hi); return; }
      if (size === 3) {
        $sortSwapIfGreater(a, cmp, lo, hi - 1);
        $sortSwapIfGreater(a, cmp, lo, hi);
        $sortSwapIfGreater(a, cmp, hi - 1, hi);
        return;
      }
      $sortInsertion(a, lo, hi, cmp);
      return;
    }
    if (depth === 0) { $sortHeap(a, lo, hi, cmp); return; }
    depth--;
    const p = $sortPartition(a, lo, hi, cmp);
    $introSort(a, p + 1, hi, depth, cmp);
    hi = p - 1;
  }
}

/** Sorts a[index .. index+length) in place with a comparison function, exactly as .NET orders it. */
export function $sortRange(a, index, length, cmp) {
  if (length < 2) return;
  const depth = 2 * (31 - Math.clz32(length) + 1);
  try { $introSort(a, index, index + length - 1, depth, cmp); }
  catch (e) { throw $sortFailed(e); }
}

/** An exception thrown by a comparison during a sort reaches the caller wrapped, as .NET's sort helpers wrap it. */
export function $sortFailed(e) {
  const inner = $toException(e);
  return inner instanceof $InvalidOperationException && inner.Message === $sortFailedMessage
    ? inner : new $InvalidOperationException($sortFailedMessage, inner);
}
const $sortFailedMessage = "Failed to compare two elements in the array.";
