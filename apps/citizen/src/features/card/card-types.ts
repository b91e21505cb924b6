import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@yibao/api";

type CardOutputs = inferRouterOutputs<AppRouter>["citizen"]["card"];

export type CardOverview = CardOutputs["overview"];
export type CardApplicationView = CardOverview["applications"][number];
export type ServicePoint = CardOutputs["servicePoints"][number];
