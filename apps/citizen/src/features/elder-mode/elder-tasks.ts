/**
 * The elder home: one big tile per task, in the order people use them. Tasks appear here only
 * once they are built (next: electronic voucher QR 电子凭证, card progress 办卡进度, contribution
 * records 缴费记录). Each tile's words are `elder.tasks.<id>.label` and `.description`.
 */
export interface ElderTask {
  id: "balance" | "transactions";
  path: string;
}

export const elderTasks: readonly ElderTask[] = [
  { id: "balance", path: "/balance" },
  { id: "transactions", path: "/transactions" },
];
