import type { AccountStatus } from "./account-status-for";

/**
 * Whether the personal account may pay a settlement (DOMAIN.md, "The account"): while sealed,
 * nothing is paid from it (the FAQ's rule, the default), unless the county lets a sealed
 * account's balance still pay outpatient and pharmacy costs (`SEALED_ACCOUNT_MAY_PAY`).
 */
export function mayPayFromAccount(status: AccountStatus, sealedAccountMayPay: boolean): boolean {
  return status !== "SEALED" || sealedAccountMayPay;
}
