import { ratingAspects, ratingScores } from "@yibao/domain";
import { describe, expect, it } from "vitest";
import { ratingZhCN } from "./rating-texts";

describe("the rating texts", () => {
  it("word every score's level and every aspect a channel asks", () => {
    expect(Object.keys(ratingZhCN.level)).toEqual(ratingScores.map(String));
    expect(Object.keys(ratingZhCN.aspect).sort()).toEqual(["overall", ...ratingAspects].sort());
  });
});
