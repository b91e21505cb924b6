import { type Database, demoPhotoJpeg } from "@yibao/db";
import { residentIdCheckCharacter } from "@yibao/domain";
import { callerWithSession } from "../../testing/session-for";

// Test support: applications taken through the real counter services at chosen moments, so
// that a test's figures come from the due dates and projections the workflow itself wrote.

const photo = demoPhotoJpeg().toString("base64");

/** `time` (default 10:00) in China on `date`, as an instant. */
export const chinaTime = (date: string, time = "10:00") => new Date(`${date}T${time}:00+08:00`);

export type CounterStep =
  | "verify"
  | "approve"
  | "startProduction"
  | "markReady"
  | "handOver"
  | "requestMaterials"
  | "resubmit"
  | "refuse";

export interface CounterCase {
  /** The clerk who registers it and takes every step, by username. */
  clerk: string;
  name: string;
  /** When it was registered. */
  submittedAt: Date;
  /** Each step at its own moment. */
  steps?: readonly { step: CounterStep; at: Date }[];
  /** Registered at another point (a county clerk only). */
  servicePointCode?: string;
}

/** A new insured person with a well-formed resident ID number; `serial` keeps numbers apart. */
export async function createInsured(
  database: Pick<Database, "prisma" | "protector">,
  name: string,
  serial: number,
): Promise<string> {
  const first17 = `53012519800401${String(serial).padStart(3, "0")}`;
  const residentId = first17 + residentIdCheckCharacter(first17);
  await database.prisma.person.create({
    data: {
      residentIdIndex: database.protector.residentIdIndex(residentId),
      residentIdSealed: database.protector.seal(residentId, "person.resident-id"),
      name,
      sex: serial % 2 === 1 ? "M" : "F",
      birthDate: new Date("1980-04-01T00:00:00Z"),
    },
  });
  return residentId;
}

/** Registers the case at the counter and takes its steps; answers the application as it ends. */
export async function createCounterCase(
  database: Pick<Database, "prisma" | "protector">,
  residentId: string,
  counterCase: CounterCase,
) {
  const callerAt = async (at: Date) =>
    (await callerWithSession(database, { username: counterCase.clerk }, at)).caller;
  let view = await (await callerAt(counterCase.submittedAt)).staff.applications.register({
    channel: "SERVICE_POINT",
    residentId,
    phone: "13608870562",
    photo,
    ...(counterCase.servicePointCode ? { servicePointCode: counterCase.servicePointCode } : {}),
  });
  for (const { step, at } of counterCase.steps ?? []) {
    const api = (await callerAt(at)).staff.applications;
    const target = { applicationId: view.id, version: view.version };
    switch (step) {
      case "verify":
        view = await api.verify({ ...target, insured: true });
        break;
      case "requestMaterials":
        view = await api.requestMaterials({ ...target, missing: ["PHOTO"] });
        break;
      case "refuse":
        view = await api.refuse({ ...target, reason: "申请人未参加本县基本医疗保险" });
        break;
      case "handOver":
        view = await api.handOver({ ...target, collector: { kind: "SELF" } });
        break;
      default:
        view = await api[step](target);
    }
  }
  return view;
}
