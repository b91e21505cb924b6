import type { IconName } from "../shell/icons";

/** The service grid (办事), in the order people look for them; each tile's words are `services.<id>`. */
export interface ServiceTile {
  id:
    | "ecard"
    | "account"
    | "apply"
    | "progress"
    | "lost"
    | "replace"
    | "transactions"
    | "contributions";
  path: string;
  icon: IconName;
}

export const serviceTiles: readonly ServiceTile[] = [
  { id: "ecard", path: "/ecard", icon: "ecard" },
  { id: "account", path: "/balance", icon: "account" },
  { id: "apply", path: "/card/apply", icon: "apply" },
  { id: "progress", path: "/card/progress", icon: "progress" },
  { id: "lost", path: "/card/report-lost", icon: "lost" },
  { id: "replace", path: "/card/replace", icon: "replace" },
  { id: "transactions", path: "/transactions", icon: "transactions" },
  { id: "contributions", path: "/contributions", icon: "contributions" },
];
