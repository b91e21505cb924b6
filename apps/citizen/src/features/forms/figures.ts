import { passwordPolicy, verificationPolicy } from "@yibao/domain";

/** The policy's figures that error texts and hints may name (`{{minLength}}`), from the domain. */
export const figures: Record<string, number> = {
  minLength: passwordPolicy.minLength,
  maxLength: passwordPolicy.maxLength,
  minKinds: passwordPolicy.minKinds,
  historyCount: passwordPolicy.historyCount,
  digits: verificationPolicy.digits,
  validMinutes: verificationPolicy.validMinutes,
};
