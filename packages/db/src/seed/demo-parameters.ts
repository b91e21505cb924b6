import type { PrismaClient } from "../generated/prisma/client";

/**
 * The demo county's parameter history: the defaults in force since 2024, and a pickup period
 * that was 90 days until the county lengthened it to 180 on 1 July 2024. Idempotent.
 */
export async function seedDemoParameters(prisma: PrismaClient): Promise<void> {
  const since2024 = new Date("2024-01-01T00:00:00Z");
  const recordedAt = new Date("2023-12-20T02:00:00Z");
  const reason = "云溪县医疗保障局关于医保卡经办服务的通知（云医保〔2023〕12号）";
  await prisma.countyParameter.createMany({
    data: [
      { key: "SERVICE_POINT_PROMISE_WORKING_DAYS", value: 3, effectiveFrom: since2024 },
      { key: "PICKUP_PERIOD_DAYS", value: 90, effectiveFrom: since2024 },
      {
        key: "PICKUP_PERIOD_DAYS",
        value: 180,
        effectiveFrom: new Date("2024-07-01T00:00:00Z"),
        recordedAt: new Date("2024-06-14T03:00:00Z"),
        reason: "延长待领卡保管期限（云医保〔2024〕5号）",
      },
      { key: "RECALL_PERIOD_DAYS", value: 180, effectiveFrom: since2024 },
      { key: "PHOTO_MIN_BYTES", value: 5_000, effectiveFrom: since2024 },
      { key: "PHOTO_MAX_BYTES", value: 50_000, effectiveFrom: since2024 },
      { key: "FOLLOW_UP_WORKING_DAYS", value: 5, effectiveFrom: since2024 },
    ].map((row) => ({ recordedAt, reason, ...row })),
    skipDuplicates: true,
  });
}
