import { staffRoleSchema, usernameSchema } from "@yibao/domain";
import { z } from "zod";
import { createStaffUser } from "../../services/staff-users/create-staff-user";
import { listStaffUsers } from "../../services/staff-users/list-staff-users";
import {
  grantStaffRole,
  setStaffUserActive,
  unlockStaffUser,
} from "../../services/staff-users/manage-staff-user";
import {
  resetStaffPassword,
  resetStaffSecondFactor,
} from "../../services/staff-users/reset-staff-credentials";
import { router, staffProcedure } from "../../trpc";

const staffUserId = z.object({ staffUserId: z.uuid() });
const ok = z.object({ ok: z.literal(true) });

const staffUserRow = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: staffRoleSchema,
  servicePoint: z.object({ code: z.string(), name: z.string() }),
  active: z.boolean(),
  secondFactorEnrolled: z.boolean(),
  locked: z.boolean(),
  passwordChangedAt: z.string(),
  lastSignInAt: z.string().nullable(),
});

/** Staff accounts: the administrator's and the security officer's duties (三员分立). */
export const usersRouter = router({
  list: staffProcedure("staff-user:list")
    .input(z.object({ cursor: z.string().max(64).optional() }).default({}))
    .output(z.object({ items: z.array(staffUserRow), nextCursor: z.string().nullable() }))
    .query(({ ctx, input }) => listStaffUsers(ctx.service, { cursor: input.cursor, limit: 100 })),
  create: staffProcedure("staff-user:create")
    .input(
      z.object({
        username: usernameSchema,
        displayName: z.string().trim().min(1).max(50),
        role: staffRoleSchema,
        servicePointCode: z.string().trim().min(1).max(32),
      }),
    )
    .output(z.object({ id: z.string(), temporaryPassword: z.string() }))
    .mutation(({ ctx, input }) => createStaffUser(ctx.service, input)),
  resetPassword: staffProcedure("staff-user:update")
    .input(staffUserId)
    .output(z.object({ temporaryPassword: z.string() }))
    .mutation(({ ctx, input }) => resetStaffPassword(ctx.service, input)),
  resetSecondFactor: staffProcedure("staff-user:reset-second-factor")
    .input(staffUserId.extend({ reason: z.string().trim().min(2).max(200) }))
    .output(ok)
    .mutation(({ ctx, input }) => resetStaffSecondFactor(ctx.service, input)),
  setActive: staffProcedure("staff-user:update")
    .input(staffUserId.extend({ active: z.boolean() }))
    .output(ok)
    .mutation(({ ctx, input }) => setStaffUserActive(ctx.service, input)),
  grantRole: staffProcedure("staff-role:grant")
    .input(staffUserId.extend({ role: staffRoleSchema }))
    .output(ok)
    .mutation(({ ctx, input }) => grantStaffRole(ctx.service, input)),
  unlock: staffProcedure("staff-user:unlock")
    .input(staffUserId)
    .output(z.object({ unlocked: z.boolean() }))
    .mutation(({ ctx, input }) => unlockStaffUser(ctx.service, input)),
});
