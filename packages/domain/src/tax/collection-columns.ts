/**
 * The columns of the tax system's collection file (issue: the tax authority, "Premium
 * collection"), by the key the check's reasons name and the header text the file carries. The
 * apps show the header text from here, so a reason points at the column the officer sees.
 */
export const collectionColumns = {
  creditCode: "统一社会信用代码",
  residentId: "身份证号码",
  month: "费款所属期",
  wageBase: "缴费基数",
  personal: "个人缴费",
  employer: "单位缴费",
  receiptNumber: "税票号码",
} as const;

export type CollectionColumn = keyof typeof collectionColumns;
export const collectionColumnKeys = Object.keys(collectionColumns) as CollectionColumn[];
