import { runPrismaGenerate } from "./prisma-generate";

runPrismaGenerate();
