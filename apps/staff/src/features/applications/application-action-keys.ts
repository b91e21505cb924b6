import type { ApplicationActionType } from "@yibao/domain";

/**
 * The counter's actions on one application, in the pane's order, with their shortcuts (Alt and a
 * letter; not D, E, F, the browsers' own, nor those of the work areas). `form`: the action asks
 * for something first (which certificates, which items, why, who collects).
 */
export const counterActions = [
  { type: "VERIFY_DOCUMENTS", keys: "Alt+V", form: true },
  { type: "APPROVE", keys: "Alt+P", form: false },
  { type: "REQUEST_MATERIALS", keys: "Alt+B", form: true },
  { type: "RESUBMIT", keys: "Alt+S", form: false },
  { type: "REFUSE", keys: "Alt+X", form: true },
  { type: "START_PRODUCTION", keys: "Alt+Z", form: false },
  { type: "MARK_FAILED", keys: "Alt+W", form: true },
  { type: "MARK_READY", keys: "Alt+Y", form: false },
  { type: "HAND_OVER", keys: "Alt+H", form: true },
  // The recall list's act: the uncollected card leaves for the county centre (recorded).
  { type: "RETURN_TO_CENTRE", keys: "Alt+K", form: false },
  { type: "ESCALATE", keys: "Alt+Q", form: true },
] as const satisfies readonly { type: ApplicationActionType; keys: string; form: boolean }[];

export type CounterAction = (typeof counterActions)[number];
export type CounterActionType = CounterAction["type"];
export type FormActionType = Extract<CounterAction, { form: true }>["type"];

/** The pane's own keys: close it, print the notice. */
export const paneKeys = { close: "Escape", print: "Alt+T" } as const;

/** The applications page's keys beside the queues' Alt+1…6. */
export const pageKeys = {
  register: "Alt+N",
  reportLoss: "Alt+G",
  search: "/",
} as const;

/** The counter actions `availableActions` allows, in the pane's order. */
export function counterActionsOf(available: readonly string[]): CounterAction[] {
  return counterActions.filter((action) => available.includes(action.type));
}
