import { z } from "zod";
import { oneTimeCodeSchema } from "../forms/one-time-code-schema";
import { newPasswordInputSchema } from "../passwords/new-password-input-schema";

/** Step 2: the code from the text message and the new password (the domain's rules). */
export const codeStepSchema = z.object({
  smsCode: oneTimeCodeSchema,
  newPassword: newPasswordInputSchema,
});
