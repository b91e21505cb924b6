import { readFileSync } from "node:fs";

// For other packages' tests that send these files through their own paths (an employer's batch,
// a tax collection): the files here and the builders of the ones made in the tests.
export { buildXlsx, textCell, worksheet } from "./build-xlsx";
export { patchZipEntry } from "./patch-zip-entry";

/** The bytes of one of the test files in this folder (README.md says how each was made). */
export function readTestFile(name: string): Buffer {
  return readFileSync(new URL(`./${name}`, import.meta.url));
}
