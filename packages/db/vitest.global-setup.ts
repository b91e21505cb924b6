import { ensurePrismaClientGenerated } from "./scripts/prisma-generate";

/** Tests import the generated client, which is not in git. */
export default function setup(): void {
  ensurePrismaClientGenerated();
}
