import { type CountyParameterKey, countyParameterTable, formatFen } from "@yibao/domain";
import type { TFunction } from "i18next";
import { z } from "zod";

export type ParameterUnit = (typeof countyParameterTable)[CountyParameterKey]["unit"];

const thousands = new Intl.NumberFormat("en-US");
const decimal = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** A parameter's value in words with its unit: "3 个工作日", "50,000 字节（约 50 KB）", "是". */
export function parameterValueWords(
  t: TFunction,
  unit: ParameterUnit | string,
  value: number | boolean,
): string {
  if (typeof value === "boolean") return t(`parameters.units.BOOLEAN_${value}`);
  switch (unit) {
    case "BYTES":
      // KB as the photo rules say it (DOMAIN.md, "Photos": 5–50 KB), 1 KB = 1,000 bytes.
      return t("parameters.units.BYTES", {
        value: thousands.format(value),
        kilobytes: decimal.format(value / 1000),
      });
    case "FEN":
      return t("parameters.units.FEN", { value: formatFen(value) });
    case "BASIS_POINTS":
      return t("parameters.units.BASIS_POINTS", {
        value: thousands.format(value),
        percent: decimal.format(value / 100),
      });
    default:
      return t(`parameters.units.${unit}`, { value: thousands.format(value) });
  }
}

/** The bounds a parameter's value must keep, from its schema; null where it has none. */
export function parameterBounds(key: CountyParameterKey): { min: number; max: number } | null {
  const { schema } = countyParameterTable[key];
  if (!(schema instanceof z.ZodNumber) || schema.minValue === null || schema.maxValue === null) {
    return null;
  }
  return { min: schema.minValue, max: schema.maxValue };
}
