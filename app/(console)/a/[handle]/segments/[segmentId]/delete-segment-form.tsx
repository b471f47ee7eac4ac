"use client";
import { useActionState, useState } from "react";
import { buttonClass } from "@/components/ui/button-class";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/forms/action-state";
import { deleteSegmentAction } from "../actions";

/** Two steps, so a stray click can't delete an audience someone spent time on. */
export function DeleteSegmentForm({ handle, segmentId, name }: { handle: string; segmentId: string; name: string }) {
  const [state, formAction] = useActionState(deleteSegmentAction.bind(null, handle), idleState);
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className={buttonClass("danger")} onClick={() => setConfirming(true)}>
        Delete segment
      </button>
    );
  }
  return (
    <form action={formAction} className="max-w-md space-y-2 rounded-md border border-red-200 bg-red-50 p-3" aria-label="Confirm deletion">
      <FormMessage state={state} />
      <p className="text-sm text-red-800">Delete “{name}”? This can’t be undone.</p>
      <input type="hidden" name="segmentId" value={segmentId} />
      <div className="flex gap-2">
        <SubmitButton variant="danger">Yes, delete</SubmitButton>
        <button type="button" className={buttonClass("secondary")} onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
