import { applicationActionTypes } from "@yibao/domain";
import { describe, expect, it } from "vitest";
import { workAreas } from "../layout/work-areas";
import { counterActions, counterActionsOf, pageKeys, paneKeys } from "./application-action-keys";
import { queueConfigs } from "./queue-config";

describe("the counter's shortcuts", () => {
  it("give every key to one thing only, none of the browsers' Alt+D, E, F", () => {
    const keys = [
      ...workAreas.flatMap((area) => (area.keys ? [area.keys] : [])),
      "Alt+M",
      "Alt+L",
      ...counterActions.map((action) => action.keys),
      ...queueConfigs.map((queue) => queue.keys),
      ...Object.values(pageKeys),
      ...Object.values(paneKeys),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((key) => /^Alt\+[DEF]$/.test(key))).toEqual([]);
  });

  it("are for actions of the domain's workflow, offered only when availableActions lists them", () => {
    for (const action of counterActions) expect(applicationActionTypes).toContain(action.type);
    expect(
      counterActionsOf(["APPROVE", "WITHDRAW", "VERIFY_DOCUMENTS"]).map((a) => a.type),
    ).toEqual(["VERIFY_DOCUMENTS", "APPROVE"]);
  });
});
