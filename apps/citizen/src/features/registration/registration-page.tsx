import { trpcClient } from "../../trpc";
import { PhoneVerificationPage } from "../phone-verification/phone-verification-page";
import type { VerificationApi } from "../phone-verification/verification-api";

const registration: VerificationApi = {
  start: (details) => trpcClient.auth.citizenRegistration.start.mutate(details),
  complete: (input) => trpcClient.auth.citizenRegistration.complete.mutate(input),
};

/** 注册: an insured person opens their online account. */
export function RegistrationPage() {
  return <PhoneVerificationPage purpose="registration" api={registration} />;
}
