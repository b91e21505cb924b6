import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "../../trpc";

/** A change to a staff account; the list is asked again after it, to show the new state. */
export function useStaffUserChange<TInput, TOutput>(change: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.staff.users.list.pathKey() }),
  });
}
