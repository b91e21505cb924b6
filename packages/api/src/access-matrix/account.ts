import type { Role } from "@yibao/domain";
import { type Entry, noSuchId } from "./matrix-entry";

const operator: readonly Role[] = ["INSTITUTION_OPERATOR"];
// An e-card token that no key signed: the call is refused for its caller before it is judged.
const forgedToken = "eyJhbGciOiJIUzI1NiJ9.e30.ZmFrZQ";

/** The account (issue: the account): the insured's own, the institution's till, the bureau. */
export const accountMatrix: Record<string, Entry> = {
  "citizen.account.transactions": {
    allowed: ["INSURED"],
    call: (c) => c.citizen.account.transactions({ kind: "SETTLEMENT_DEBIT" }),
  },
  "citizen.account.contributions": {
    allowed: ["INSURED"],
    call: (c) => c.citizen.account.contributions({}),
  },
  "citizen.account.projection": {
    allowed: ["INSURED"],
    call: (c) => c.citizen.account.projection(),
  },
  "citizen.account.accessLog": {
    allowed: ["INSURED"],
    call: (c) => c.citizen.account.accessLog({}),
  },
  "citizen.ecard.token": {
    allowed: ["INSURED"],
    call: (c) => c.citizen.ecard.token(),
    notAudited: "issuing a QR code changes nothing; the settlement or look-up it opens is audited",
  },
  "staff.settlement.settle": {
    allowed: operator,
    call: (c) =>
      c.staff.settlement.settle({
        token: forgedToken,
        terminalTransactionId: "T-0001",
        amountFen: 1_000,
      }),
  },
  "staff.settlement.reverse": {
    allowed: operator,
    call: (c) => c.staff.settlement.reverse({ settlementId: noSuchId }),
  },
  "staff.settlement.list": { allowed: operator, call: (c) => c.staff.settlement.list() },
  "staff.bureau.lookUp": {
    allowed: ["BUREAU_CLERK"],
    call: (c) => c.staff.bureau.lookUp({ token: forgedToken, reason: "IN_PERSON_INQUIRY" }),
  },
};
