import type { Role } from "@yibao/domain";
import { type Entry, noSuchId } from "./matrix-entry";

const tax: readonly Role[] = ["TAX_OFFICER"];
const key = "matrix-0000-0001";
// GB 32100-2015 codes of no demo employer: one that passes the check, one that fails it.
const newEmployer = "91530125MA6T7XQ81L";
const pilotEmployer = "91530125MA6T7XQ81X";
const note = "矩阵测试";

/** The tax authority (issue: the tax authority): the tax officer's, and one county-centre duty. */
export const taxMatrix: Record<string, Entry> = {
  "staff.tax.registerEmployer": {
    allowed: tax,
    call: (c) =>
      c.staff.tax.registerEmployer({
        creditCode: newEmployer,
        name: "矩阵测试单位",
        address: "云溪县",
      }),
  },
  "staff.tax.registerEmployerByException": {
    allowed: ["COUNTY_CENTRE_CLERK"],
    call: (c) =>
      c.staff.tax.registerEmployerByException({
        creditCode: pilotEmployer,
        name: "矩阵测试试点单位",
        address: "云溪县",
        reason: "试点地区早期代码",
      }),
  },
  "staff.tax.changeEmployer": {
    allowed: tax,
    call: (c) => c.staff.tax.changeEmployer({ employerId: noSuchId, name: "改名" }),
  },
  "staff.tax.cancelEmployer": {
    allowed: tax,
    call: (c) => c.staff.tax.cancelEmployer({ employerId: noSuchId }),
  },
  "staff.tax.addEmployee": {
    allowed: tax,
    call: (c) =>
      c.staff.tax.addEmployee({
        employerId: noSuchId,
        residentId: "530125196803120027",
        fromMonth: "2026-11",
      }),
  },
  "staff.tax.endEmployment": {
    allowed: tax,
    call: (c) => c.staff.tax.endEmployment({ employmentId: noSuchId, toMonth: "2026-11" }),
  },
  "staff.tax.registerIndividual": {
    allowed: tax,
    call: (c) =>
      c.staff.tax.registerIndividual({
        residentId: "530125197604180048",
        scheme: "FLEXIBLE_EMPLOYMENT",
      }),
  },
  "staff.tax.cancelIndividual": {
    allowed: tax,
    call: (c) => c.staff.tax.cancelIndividual({ individualPayerId: noSuchId }),
  },
  "staff.tax.employers": { allowed: tax, call: (c) => c.staff.tax.employers({}) },
  "staff.tax.individuals": { allowed: tax, call: (c) => c.staff.tax.individuals({}) },
  "staff.tax.payer": { allowed: tax, call: (c) => c.staff.tax.payer({ employerId: noSuchId }) },
  "staff.tax.checkCollection": {
    allowed: tax,
    call: (c) => c.staff.tax.checkCollection({ uploadId: noSuchId }),
  },
  "staff.tax.creditCollection": {
    allowed: tax,
    call: (c) => c.staff.tax.creditCollection({ collectionId: noSuchId, idempotencyKey: key }),
  },
  "staff.tax.collections": { allowed: tax, call: (c) => c.staff.tax.collections({}) },
  "staff.tax.collection": {
    allowed: tax,
    call: (c) => c.staff.tax.collection({ collectionId: noSuchId }),
  },
  "staff.tax.arrears": { allowed: tax, call: (c) => c.staff.tax.arrears({ month: "2026-10" }) },
  "staff.tax.openCase": {
    allowed: tax,
    call: (c) => c.staff.tax.openCase({ payer: { employerId: noSuchId }, ground: "REPORT", note }),
  },
  "staff.tax.recordCaseEntry": {
    allowed: tax,
    call: (c) =>
      c.staff.tax.recordCaseEntry({
        caseId: noSuchId,
        kind: "INSPECTION",
        occurredOn: "2026-11-20",
        note,
      }),
  },
  "staff.tax.cases": { allowed: tax, call: (c) => c.staff.tax.cases({}) },
  "staff.tax.case": { allowed: tax, call: (c) => c.staff.tax.case({ caseId: noSuchId }) },
  "staff.tax.fundIncome": {
    allowed: tax,
    call: (c) => c.staff.tax.fundIncome({ from: "2026-01", to: "2026-10" }),
  },
  "staff.tax.budgetProposal": {
    allowed: tax,
    call: (c) => c.staff.tax.budgetProposal({ year: 2027 }),
  },
  "staff.tax.finalAccounts": {
    allowed: tax,
    call: (c) => c.staff.tax.finalAccounts({ year: 2025 }),
  },
};
