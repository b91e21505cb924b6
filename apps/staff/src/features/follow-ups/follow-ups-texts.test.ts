import { followUpListStatuses, followUpOutcomes, ratingAspects } from "@yibao/domain";
import { describe, expect, it } from "vitest";
import { followUpsZhCN } from "./follow-ups-texts";

describe("the follow-up texts", () => {
  it("word every outcome, list status and rated aspect of the domain's closed lists", () => {
    expect(Object.keys(followUpsZhCN.outcomes)).toEqual([...followUpOutcomes]);
    expect(Object.keys(followUpsZhCN.status)).toEqual([...followUpListStatuses]);
    expect(Object.keys(followUpsZhCN.aspect).sort()).toEqual(["overall", ...ratingAspects].sort());
  });
});
