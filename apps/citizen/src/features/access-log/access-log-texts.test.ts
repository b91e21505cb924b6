import { accountLookUpMethods, accountLookUpReasons, staffRoles } from "@yibao/domain";
import { describe, expect, it } from "vitest";
import { accessLogEn, accessLogZhCN } from "./access-log-texts";

const keys = (words: object) => Object.keys(words).sort();

describe("the access record's words", () => {
  it("name every staff role, look-up reason and way of finding the person", () => {
    for (const words of [accessLogZhCN, accessLogEn]) {
      expect(keys(words.roles)).toEqual([...staffRoles].sort());
      expect(keys(words.reasons)).toEqual([...accountLookUpReasons].sort());
      expect(keys(words.methods)).toEqual([...accountLookUpMethods].sort());
    }
  });
});
