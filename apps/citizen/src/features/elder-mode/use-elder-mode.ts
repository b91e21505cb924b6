import { useSyncExternalStore } from "react";
import { getElderMode, subscribeElderMode } from "./elder-mode-store";

export function useElderMode(): boolean {
  return useSyncExternalStore(subscribeElderMode, getElderMode);
}
