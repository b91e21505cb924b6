import { useSearchParams } from "react-router";

/**
 * The year a report is for, kept in the address (`?year=`) so that going back returns to it: one
 * of `years`, the first of them when the address names none of them (and then the address is bare).
 */
export function useChosenYear(years: readonly number[]): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const first = years[0] ?? 0;
  const asked = Number(params.get("year"));
  const year = years.includes(asked) ? asked : first;
  return [year, (chosen) => setParams(chosen === first ? {} : { year: String(chosen) })];
}
