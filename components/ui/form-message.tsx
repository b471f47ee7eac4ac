import type { ActionState } from "@/lib/forms/action-state";

/** The form-level outcome, announced to screen readers. */
export function FormMessage({ state }: { state: ActionState }) {
  if (!state.message) return null;
  const isError = state.status === "error";
  return (
    <p
      role={isError ? "alert" : "status"}
      className={isError ? "rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" : "rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700"}
    >
      {state.message}
    </p>
  );
}
