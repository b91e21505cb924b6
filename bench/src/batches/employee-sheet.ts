// The tests' own builder of an employer's sheet (the template's header, row 1, inline strings).
import { batchSheet, newResidentId } from "@yibao/api/testing";
import { employerBatchLimits } from "@yibao/domain";

const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
const givenNames = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红娥";

/** A name of one or two given characters, so that names vary as on a real payroll. */
function nameOf(n: number): string {
  const given = givenNames.length;
  const first = givenNames.charAt(Math.floor(n / surnames.length) % given);
  const second = n % 3 === 0 ? "" : givenNames.charAt(Math.floor(n / 7) % given);
  return `${surnames.charAt(n % surnames.length)}${first}${second}`;
}

/**
 * An employer's .xlsx of `rows` new employees, every row valid: a name, a distinct resident ID
 * nobody in the demo county holds (`newResidentId`, with its GB 11643-1999 check character), a
 * distinct mobile number, the 服务点 cell left blank. Built in memory, the same bytes every run.
 */
export function employeeSheet(rows: number): Uint8Array {
  if (!Number.isInteger(rows) || rows < 1 || rows > employerBatchLimits.maxRows) {
    throw new RangeError(`A batch holds 1 to ${employerBatchLimits.maxRows} rows; got ${rows}.`);
  }
  return batchSheet(
    Array.from({ length: rows }, (_, n) => [
      nameOf(n),
      newResidentId(n),
      `137${String(n).padStart(8, "0")}`,
      "",
    ]),
  );
}
