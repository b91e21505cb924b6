import { z } from "zod";

/**
 * The columns of an employer's batch (the employer issue, "A batch"): 姓名, 身份证号码 and 手机号码
 * required, 服务点 optional (the employee's preferred service point, free text); any other column
 * is ignored. Codes in the API, headers in the file: the apps name a column by its header.
 */
export const batchColumnHeaders = {
  NAME: "姓名",
  RESIDENT_ID: "身份证号码",
  PHONE: "手机号码",
  SERVICE_POINT: "服务点",
} as const;
export type BatchColumn = keyof typeof batchColumnHeaders;

export const requiredBatchColumns = [
  "NAME",
  "RESIDENT_ID",
  "PHONE",
] as const satisfies readonly BatchColumn[];
export const optionalBatchColumns = ["SERVICE_POINT"] as const satisfies readonly BatchColumn[];

/** Where a row's problem lies: one of the columns, or the photo the zip held for the row. */
export const batchRowFields = ["NAME", "RESIDENT_ID", "PHONE", "SERVICE_POINT", "PHOTO"] as const;
export const batchRowFieldSchema = z.enum(batchRowFields);
export type BatchRowField = (typeof batchRowFields)[number];

/** A row starting with one of these is the template's instructions row, skipped like a blank one. */
export const batchInstructionMarkers = ["填写说明", "说明"] as const;
