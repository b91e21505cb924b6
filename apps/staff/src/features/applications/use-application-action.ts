import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Collector, EscalationReason } from "@yibao/domain";
import { errorMessage, readServerError } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../api-types";
import { trpc, trpcClient } from "../../trpc";
import type { CounterActionType } from "./application-action-keys";

export type StaffApplication = RouterOutputs["staff"]["applications"]["get"];

/** What an action carries besides the application and its version. */
export type ActionRequest =
  | { type: "VERIFY_DOCUMENTS"; insured: boolean; agent: boolean }
  | { type: "APPROVE" | "RESUBMIT" | "START_PRODUCTION" | "MARK_READY" | "RETURN_TO_CENTRE" }
  | { type: "ESCALATE"; reason: EscalationReason; note: string }
  | { type: "REQUEST_MATERIALS"; missing: string[] }
  | { type: "REFUSE"; reason: string; remedy?: string }
  | { type: "MARK_FAILED"; reason: string }
  | { type: "HAND_OVER"; collector: Collector };

function send(target: { applicationId: string; version: number }, request: ActionRequest) {
  const api = trpcClient.staff.applications;
  switch (request.type) {
    case "VERIFY_DOCUMENTS":
      return api.verify.mutate({ ...target, insured: request.insured, agent: request.agent });
    case "APPROVE":
      return api.approve.mutate(target);
    case "RESUBMIT":
      return api.resubmit.mutate(target);
    case "START_PRODUCTION":
      return api.startProduction.mutate(target);
    case "MARK_READY":
      return api.markReady.mutate(target);
    case "REQUEST_MATERIALS":
      return api.requestMaterials.mutate({ ...target, missing: request.missing });
    case "REFUSE":
      return api.refuse.mutate({ ...target, reason: request.reason, remedy: request.remedy });
    case "MARK_FAILED":
      return api.markFailed.mutate({ ...target, reason: request.reason });
    case "HAND_OVER":
      return api.handOver.mutate({ ...target, collector: request.collector });
    case "RETURN_TO_CENTRE":
      return api.returnToCentre.mutate(target);
    case "ESCALATE":
      return api.escalate.mutate({ ...target, reason: request.reason, note: request.note });
  }
}

export interface ActionOutcome {
  kind: "done" | "changed" | "failed";
  action: CounterActionType;
  message: string;
}

/**
 * Sends one action with the version the clerk saw. The answer is the application as it is now;
 * APPLICATION_CHANGED (another clerk was quicker) reloads it in place; any other refusal is told
 * in words. The queues and their counts are asked again either way.
 */
export function useApplicationAction(
  application: StaffApplication,
  onOutcome: (outcome: ActionOutcome) => void,
) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const getKey = trpc.staff.applications.get.queryKey({ applicationId: application.id });
  const refreshLists = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.staff.applications.queue.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.staff.applications.counts.pathKey() }),
    ]);

  return useMutation({
    mutationFn: (request: ActionRequest) =>
      send({ applicationId: application.id, version: application.version }, request),
    onSuccess: (updated, request) => {
      queryClient.setQueryData(getKey, updated);
      void refreshLists();
      onOutcome({
        kind: "done",
        action: request.type,
        message: t(`applications.done.${request.type}`, {
          status: t(`applications.statuses.${updated.status}`),
        }),
      });
    },
    onError: async (error, request) => {
      const facts = readServerError(error);
      if (facts.domainCode === "APPLICATION_CHANGED") {
        await queryClient.invalidateQueries({ queryKey: getKey });
        void refreshLists();
        onOutcome({ kind: "changed", action: request.type, message: t("applications.changed") });
        return;
      }
      const issue = facts.issues[0];
      onOutcome({
        kind: "failed",
        action: request.type,
        message: issue
          ? t([`applications.issues.${issue.code}`, "applications.issues.generic"])
          : errorMessage(t, facts),
      });
    },
  });
}
