/**
 * The elder home: one big tile per task, in the order people use them; the e-card (医保码) first,
 * as it is what people open the app for at the pharmacy counter. Each tile's words are
 * `elder.tasks.<id>.label` and `.description`; a tile with `live` also shows where that task
 * stands now, with a button that reads it aloud.
 */
export interface ElderTask {
  id: "ecard" | "balance" | "cardProgress" | "transactions";
  path: string;
  live?: "cardProgress";
}

export const elderTasks: readonly ElderTask[] = [
  { id: "ecard", path: "/ecard" },
  { id: "balance", path: "/balance" },
  { id: "cardProgress", path: "/card/progress", live: "cardProgress" },
  { id: "transactions", path: "/transactions" },
];
