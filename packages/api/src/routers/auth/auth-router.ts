import { router } from "../../trpc";
import { citizenLogin } from "./citizen-login";
import { citizenLogout } from "./citizen-logout";
import { citizenPasswordReset, citizenRegistration } from "./citizen-verification";
import { employerLogin } from "./employer-login";
import { employerLogout } from "./employer-logout";
import { staffLogin } from "./staff-login";
import { staffLogout } from "./staff-logout";

export const authRouter = router({
  citizenLogin,
  citizenLogout,
  citizenRegistration,
  citizenPasswordReset,
  staffLogin,
  staffLogout,
  employerLogin,
  employerLogout,
});
