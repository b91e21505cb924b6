import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { trpc } from "../../trpc";
import { batchFailureMessage } from "./batch-failure-message";

export interface BatchOutcome {
  kind: "done" | "failed";
  message: string;
}

/**
 * A request on a whole batch; whatever the answer, the batch, its hand-over list and the queue are
 * read again, since another clerk may have acted first. The outcome is told in words.
 */
export function useBatchMutation<Input, Answer>(
  batchId: string,
  request: (input: Input) => Promise<Answer>,
  doneMessage: (answer: Answer, input: Input) => string,
  onOutcome: (outcome: BatchOutcome) => void,
) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const reread = () =>
    Promise.all([
      queryClient.invalidateQueries({
        queryKey: trpc.staff.employerBatches.get.queryKey({ batchId }),
      }),
      queryClient.invalidateQueries({
        queryKey: trpc.staff.employerBatches.handOverList.queryKey({ batchId }),
      }),
      queryClient.invalidateQueries({ queryKey: trpc.staff.employerBatches.list.pathKey() }),
    ]);
  return useMutation({
    mutationFn: request,
    onSuccess: async (answer, input) => {
      await reread();
      onOutcome({ kind: "done", message: doneMessage(answer, input) });
    },
    onError: async (error) => {
      await reread();
      onOutcome({ kind: "failed", message: batchFailureMessage(t, error) });
    },
  });
}
