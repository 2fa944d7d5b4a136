"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/dal/types";

/** Runs a server action, shows its refusal, and refreshes the page's server data when it succeeds. */
export function useAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const run = (action: () => Promise<ActionResult>, onDone?: () => void) =>
    startTransition(async () => {
      setError(undefined);
      const result = await action();
      if (!result.ok) return setError(result.error);
      onDone?.();
      router.refresh();
    });
  return { pending, error, run };
}
