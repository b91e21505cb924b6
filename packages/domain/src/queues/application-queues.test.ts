import { describe, expect, it } from "vitest";
import { closedApplicationStatuses } from "../applications/application-statuses";
import { applicationQueues } from "./application-queues";

describe("applicationQueues", () => {
  it("never hold a closed application", () => {
    for (const queue of Object.values(applicationQueues)) {
      for (const status of queue.statuses) {
        expect(closedApplicationStatuses as readonly string[]).not.toContain(status);
      }
    }
  });

  it("put every open status in ALL_OPEN and in exactly one working queue", () => {
    // OVERDUE and ESCALATED cut across the working queues: an application is in them as well.
    const { ALL_OPEN, OVERDUE: _overdue, ESCALATED: _escalated, ...working } = applicationQueues;
    const listed = Object.values(working).flatMap((queue) => queue.statuses);
    expect([...listed].sort()).toEqual([...ALL_OPEN.statuses].sort());
  });
});
