"use client";
// After a successful write, fetch the page again so that statuses, versions and computed values
// come from the server (uncontrolled inputs keep what the user typed).
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/auth/action-result";

export function useRefreshOnSuccess<R>(state: ActionResult<R> | undefined): void {
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
}
