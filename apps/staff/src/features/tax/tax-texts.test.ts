import {
  collectionColumnKeys,
  collectionRowOutcomes,
  collectionRowReasons,
  spreadsheetProblemCodes,
  supervisionVocabulary,
} from "@yibao/domain";
import { resourceKeys } from "@yibao/ui";
import { describe, expect, it } from "vitest";
import { taxZhCN } from "./tax-texts";

const keys = new Set(resourceKeys(taxZhCN));
const missing = (wanted: readonly string[]) => wanted.filter((key) => !keys.has(key));

describe("the tax pages' texts and the domain's closed lists", () => {
  it("word every reason a collection row is refused (a column may word it its own way too)", () => {
    expect(missing(collectionRowReasons.map((reason) => `collections.reasons.${reason}`))).toEqual(
      [],
    );
  });

  it("word every outcome of a row, every column's rule and every reason a file is refused", () => {
    expect(
      missing([
        ...collectionRowOutcomes.map((outcome) => `collections.outcomes.${outcome}`),
        ...collectionColumnKeys.map((column) => `collections.columnRules.${column}`),
        ...[...spreadsheetProblemCodes, "MISSING_COLUMNS"].map(
          (code) => `collections.fileProblems.${code}`,
        ),
      ]),
    ).toEqual([]);
  });

  it("word every ground, entry and decision of a supervision case", () => {
    expect(
      missing([
        ...supervisionVocabulary.grounds.map((code) => `grounds.${code}`),
        ...supervisionVocabulary.entryKinds.map((code) => `entryKinds.${code}`),
        ...supervisionVocabulary.entryKinds.map((code) => `supervision.recorded.${code}`),
        ...supervisionVocabulary.decisions.map((code) => `decisions.${code}`),
      ]),
    ).toEqual([]);
  });
});
