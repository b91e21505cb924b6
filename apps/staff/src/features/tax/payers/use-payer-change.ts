import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "../../../trpc";

/**
 * A change to a payer's records; whatever the answer, the payer's history and the lists are read
 * again, since another officer may have changed them first.
 */
export function usePayerChange<Input, Answer>(
  request: (input: Input) => Promise<Answer>,
  handlers: { onSuccess: (answer: Answer) => void; onError: (error: unknown) => void },
) {
  const queryClient = useQueryClient();
  const reread = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.staff.tax.payer.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.staff.tax.employers.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.staff.tax.individuals.pathKey() }),
    ]);
  return useMutation({
    mutationFn: request,
    onSuccess: async (answer) => {
      await reread();
      handlers.onSuccess(answer);
    },
    onError: async (error) => {
      await reread();
      handlers.onError(error);
    },
  });
}
