import { passwordInputSchema } from "@yibao/domain";
import { z } from "zod";
import { newPasswordInputSchema } from "../passwords/new-password-input-schema";

export const changePasswordSchema = z.object({
  currentPassword: passwordInputSchema,
  newPassword: newPasswordInputSchema,
});
