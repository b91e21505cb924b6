/**
 * The elder home: one big tile per task, in the order people use them. Tasks appear here only
 * once they are built (next: electronic voucher QR 电子凭证, contribution records 缴费记录). Each
 * tile's words are `elder.tasks.<id>.label` and `.description`; a tile with `live` also shows
 * where that task stands now, with a button that reads it aloud.
 */
export interface ElderTask {
  id: "balance" | "cardProgress" | "transactions";
  path: string;
  live?: "cardProgress";
}

export const elderTasks: readonly ElderTask[] = [
  { id: "balance", path: "/balance" },
  { id: "cardProgress", path: "/card/progress", live: "cardProgress" },
  { id: "transactions", path: "/transactions" },
];
