import { describe, expect, it } from "vitest";
import { residentIdCheckCharacter } from "../identifiers/resident-id-check-character";
import {
  agentSchema,
  applicantSchema,
  guardianSchema,
  isUnderGuardianAge,
} from "./applicant-schema";
import { exampleResidentId, servicePointId } from "./application.fixture";
import { applicationRequestSchema } from "./application-request-schema";
import { collectorSchema } from "./collector-schema";
import { idDocumentSchema } from "./id-document-schema";
import { missingItemsSchema } from "./missing-items-schema";
import { refusalRemedies, refusalSchema } from "./refusal-schema";

function messagesOf(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.error?.issues.map((issue) => issue.message) ?? [];
}

const agent = {
  kind: "AGENT",
  name: " 张三 ",
  idType: "RESIDENT_ID_CARD",
  idNumber: " 11010519491231002x ",
  relationship: "CHILD",
} as const;

describe("idDocumentSchema", () => {
  it("checks and normalises a resident ID number on an ID card or household register", () => {
    for (const idType of ["RESIDENT_ID_CARD", "HOUSEHOLD_REGISTER"] as const) {
      expect(idDocumentSchema.parse({ idType, idNumber: "11010519491231002x" })).toEqual({
        idType,
        idNumber: exampleResidentId,
      });
    }
    const wrong = idDocumentSchema.safeParse({
      idType: "HOUSEHOLD_REGISTER",
      idNumber: "110105194912310021",
    });
    expect(messagesOf(wrong)).toEqual(["CHECK_CHARACTER_MISMATCH"]);
  });

  it("accepts letters and digits for the other documents, and never echoes the number", () => {
    expect(idDocumentSchema.parse({ idType: "PASSPORT", idNumber: " e12345678 " }).idNumber).toBe(
      "E12345678",
    );
    const wrong = idDocumentSchema.safeParse({ idType: "HK_MACAO_PERMIT", idNumber: "H-1234" });
    expect(messagesOf(wrong)).toEqual(["ID_NUMBER_FORMAT"]);
    expect(JSON.stringify(wrong.error?.issues)).not.toContain("H-1234");
  });

  it("does not check a passport number as a resident ID number", () => {
    const body = "11010520200101001";
    const residentId = `${body}${residentIdCheckCharacter(body)}`;
    expect(idDocumentSchema.safeParse({ idType: "PASSPORT", idNumber: residentId }).success).toBe(
      true,
    );
  });
});

describe("applicantSchema", () => {
  it("accepts the insured themself, an agent and a guardian", () => {
    expect(applicantSchema.parse({ kind: "SELF" })).toEqual({ kind: "SELF" });
    expect(applicantSchema.parse(agent)).toEqual({
      ...agent,
      name: "张三",
      idNumber: exampleResidentId,
    });
    expect(
      applicantSchema.parse({ ...agent, kind: "GUARDIAN", relationship: "GRANDPARENT" }).kind,
    ).toBe("GUARDIAN");
  });

  it("requires the agent's name, ID document and relationship", () => {
    expect(agentSchema.safeParse({ ...agent, name: "  " }).success).toBe(false);
    expect(agentSchema.safeParse({ kind: "AGENT", name: "张三" }).success).toBe(false);
    expect(messagesOf(agentSchema.safeParse({ ...agent, idNumber: "123" }))).toEqual([
      "WRONG_LENGTH",
    ]);
  });

  it("does not take a spouse or a child as a child's guardian", () => {
    expect(
      guardianSchema.safeParse({ ...agent, kind: "GUARDIAN", relationship: "SPOUSE" }).success,
    ).toBe(false);
  });
});

describe("isUnderGuardianAge()", () => {
  it("is true until the 16th birthday", () => {
    expect(isUnderGuardianAge("2010-10-10", "2026-10-09")).toBe(true);
    expect(isUnderGuardianAge("2010-10-10", "2026-10-10")).toBe(false);
    expect(isUnderGuardianAge("2012-02-29", "2028-02-28")).toBe(true);
    expect(isUnderGuardianAge("2012-02-29", "2028-02-29")).toBe(false);
  });
});

describe("collectorSchema", () => {
  it("is the insured or someone with a checked ID document", () => {
    expect(collectorSchema.parse({ kind: "SELF" })).toEqual({ kind: "SELF" });
    expect(collectorSchema.parse(agent)).toMatchObject({ idNumber: exampleResidentId });
    expect(collectorSchema.safeParse({ kind: "AGENT", name: "张三" }).success).toBe(false);
  });
});

describe("missingItemsSchema", () => {
  it("lists at least one item, none twice", () => {
    expect(messagesOf(missingItemsSchema.safeParse([]))).toEqual(["MISSING_ITEMS_EMPTY"]);
    expect(
      messagesOf(missingItemsSchema.safeParse([{ code: "PHOTO" }, { code: "PHOTO" }])),
    ).toEqual(["MISSING_ITEMS_REPEATED"]);
    expect(
      missingItemsSchema.safeParse([
        { code: "OTHER", text: "结婚证" },
        { code: "OTHER", text: "户籍证明" },
        { code: "PHOTO" },
      ]).success,
    ).toBe(true);
    expect(
      missingItemsSchema.safeParse([
        { code: "OTHER", text: "结婚证" },
        { code: "OTHER", text: " 结婚证 " },
      ]).success,
    ).toBe(false);
  });

  it("needs a text for OTHER and accepts only the closed list", () => {
    expect(missingItemsSchema.safeParse([{ code: "OTHER" }]).success).toBe(false);
    expect(missingItemsSchema.safeParse([{ code: "BIRTH_CERTIFICATE" }]).success).toBe(false);
  });
});

describe("refusalSchema", () => {
  it("takes a coded reason, whose remedy follows from it, or OTHER with reason and remedy", () => {
    expect(refusalSchema.parse({ reason: "NOT_INSURED" })).toEqual({ reason: "NOT_INSURED" });
    expect(refusalRemedies.NOT_INSURED).toBe("ENROL_FIRST");
    expect(refusalSchema.safeParse({ reason: "OTHER", text: "档案信息不一致" }).success).toBe(
      false,
    );
    expect(
      refusalSchema.safeParse({
        reason: "OTHER",
        text: "档案信息不一致",
        remedy: "先到县中心更正信息",
      }).success,
    ).toBe(true);
  });
});

describe("applicationRequestSchema", () => {
  const request = { channel: "SERVICE_POINT", servicePointId, applicant: { kind: "SELF" } };

  it("needs a reason for a replacement and none for a first card", () => {
    expect(applicationRequestSchema.safeParse({ ...request, kind: "FIRST_ISSUE" }).success).toBe(
      true,
    );
    expect(applicationRequestSchema.safeParse({ ...request, kind: "REPLACEMENT" }).success).toBe(
      false,
    );
    expect(
      applicationRequestSchema.parse({
        ...request,
        kind: "REPLACEMENT",
        replacementReason: "LOST",
      }),
    ).toMatchObject({ replacementReason: "LOST" });
  });

  it("does not take an agent's application online", () => {
    const online = applicationRequestSchema.safeParse({
      ...request,
      kind: "FIRST_ISSUE",
      channel: "ONLINE",
      applicant: agent,
    });
    expect(messagesOf(online)).toEqual(["AGENT_NOT_ONLINE"]);
  });
});
