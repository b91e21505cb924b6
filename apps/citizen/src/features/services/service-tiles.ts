import type { IconName } from "../shell/icons";

/** The service grid (办事), in the order people look for them; each tile's words are `services.<id>`. */
export interface ServiceTile {
  id: "account" | "apply" | "progress" | "lost" | "replace" | "transactions";
  path: string;
  icon: IconName;
}

export const serviceTiles: readonly ServiceTile[] = [
  { id: "account", path: "/balance", icon: "account" },
  { id: "apply", path: "/card/apply", icon: "apply" },
  { id: "progress", path: "/card/progress", icon: "progress" },
  { id: "lost", path: "/card/report-lost", icon: "lost" },
  { id: "replace", path: "/card/replace", icon: "replace" },
  { id: "transactions", path: "/transactions", icon: "transactions" },
];
