import { useMutation } from "@tanstack/react-query";
import { serverNow } from "@yibao/ui";
import { useCallback, useEffect, useRef, useState } from "react";
import { trpc } from "../../trpc";
import { usePageVisible } from "./use-page-visible";

export interface EcardToken {
  token: string;
  /** When it stops working, on this device's clock (the server's time, less the clocks' gap). */
  expiresAtMs: number;
  /** How long each code is valid, in whole seconds, as the county has set it. */
  validSeconds: number;
}

export interface EcardTokenState {
  current: EcardToken | null;
  /** False while the page is hidden: no code is shown and none is asked for. */
  visible: boolean;
  refresh: () => void;
  refreshing: boolean;
  error: unknown;
}

/**
 * The e-card's single-use code, renewed when it expires and on request, and only while the page
 * is on screen: hidden (another tab, the phone locked) or left, it is dropped and no new one is
 * asked for in the background; back on screen, a new one is fetched at once.
 */
export function useEcardToken(): EcardTokenState {
  const visible = usePageVisible();
  const [current, setCurrent] = useState<EcardToken | null>(null);
  // Answers to a request made before the page was hidden or left are dropped.
  const generation = useRef(0);
  const { mutate, isPending, error, reset } = useMutation(
    trpc.citizen.ecard.token.mutationOptions(),
  );

  const refresh = useCallback(() => {
    const asked = generation.current;
    mutate(undefined, {
      onSuccess: ({ token, expiresAt }) => {
        if (asked !== generation.current) return;
        const leftMs = Date.parse(expiresAt) - serverNow();
        setCurrent({
          token,
          expiresAtMs: Date.now() + leftMs,
          validSeconds: Math.max(1, Math.round(leftMs / 1000)),
        });
      },
    });
  }, [mutate]);

  useEffect(() => {
    if (!visible) return;
    refresh();
    return () => {
      generation.current += 1;
      setCurrent(null);
      reset();
    };
  }, [visible, refresh, reset]);

  useEffect(() => {
    if (!current || !visible) return;
    const timer = setTimeout(refresh, Math.max(0, current.expiresAtMs - Date.now()));
    return () => clearTimeout(timer);
  }, [current, visible, refresh]);

  return { current, visible, refresh, refreshing: isPending, error };
}
