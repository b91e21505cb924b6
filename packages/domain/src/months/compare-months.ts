import { monthIndexOf } from "./month-schema";

/** -1, 0 or 1 as `a` is before, the same as, or after `b`; usable as an Array.sort comparator. */
export function compareMonths(a: string, b: string): -1 | 0 | 1 {
  return Math.sign(monthIndexOf(a, "a") - monthIndexOf(b, "b")) as -1 | 0 | 1;
}
