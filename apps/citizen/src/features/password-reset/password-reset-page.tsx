import { trpcClient } from "../../trpc";
import { PhoneVerificationPage } from "../phone-verification/phone-verification-page";
import type { VerificationApi } from "../phone-verification/verification-api";

const passwordReset: VerificationApi = {
  start: (details) => trpcClient.auth.citizenPasswordReset.start.mutate(details),
  complete: (input) => trpcClient.auth.citizenPasswordReset.complete.mutate(input),
};

/** 忘记密码: a person who has an online account sets a new password. */
export function PasswordResetPage() {
  return <PhoneVerificationPage purpose="passwordReset" api={passwordReset} />;
}
