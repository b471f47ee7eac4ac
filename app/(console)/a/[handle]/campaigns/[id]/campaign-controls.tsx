"use client";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState, type ActionState } from "@/lib/forms/action-state";
import type { CampaignStatus } from "@/lib/campaigns/schemas";
import { cancelCampaignAction, pauseCampaignAction, rescheduleCampaignAction, resumeCampaignAction } from "../actions";

type Props = {
  handle: string;
  campaignId: string;
  status: CampaignStatus;
  /** Null when the viewer's role may send; otherwise why the buttons are disabled. */
  disabledReason: string | null;
  timezone: string;
  /** datetime-local values in the account's timezone. */
  scheduledAtLocal: string | null;
  nowLocal: string;
};

type Action = (handle: string, id: string, prev: ActionState, formData: FormData) => Promise<ActionState>;

function ActionButton({ action, handle, campaignId, label, disabledReason, variant, confirmText }: {
  action: Action;
  handle: string;
  campaignId: string;
  label: string;
  disabledReason: string | null;
  variant: "primary" | "secondary" | "danger";
  confirmText?: string;
}) {
  const [state, formAction] = useActionState(action.bind(null, handle, campaignId), idleState);
  return (
    <form
      action={formAction}
      className="space-y-2"
      onSubmit={(event) => {
        if (confirmText && !window.confirm(confirmText)) event.preventDefault();
      }}
    >
      <SubmitButton variant={variant} disabled={disabledReason !== null} title={disabledReason ?? undefined}>
        {label}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

function RescheduleForm({ handle, campaignId, disabledReason, timezone, scheduledAtLocal, nowLocal }: Omit<Props, "status">) {
  const [state, formAction] = useActionState(rescheduleCampaignAction.bind(null, handle, campaignId), idleState);
  const value = state.status === "error" ? state.values?.scheduledAt : (scheduledAtLocal ?? "");
  return (
    <form key={state.submissionId} action={formAction} className="space-y-2" noValidate>
      <FormMessage state={state} />
      <div className="flex flex-wrap items-start gap-2">
        <Field
          label={`New time (${timezone})`}
          name="scheduledAt"
          type="datetime-local"
          min={nowLocal}
          defaultValue={value}
          disabled={disabledReason !== null}
          error={state.fields?.scheduledAt}
          className="w-64"
        />
        <SubmitButton variant="secondary" className="mt-6" disabled={disabledReason !== null} title={disabledReason ?? undefined}>
          Reschedule
        </SubmitButton>
      </div>
    </form>
  );
}

/** Pause / Resume / Cancel, and Reschedule for a scheduled campaign. The server re-checks the role on every one. */
export function CampaignControls(props: Props) {
  const { handle, campaignId, status, disabledReason } = props;
  const common = { handle, campaignId, disabledReason };
  const cancel = (
    <ActionButton
      {...common}
      action={cancelCampaignAction}
      label={status === "scheduled" ? "Cancel send" : "Cancel"}
      variant="danger"
      confirmText="Cancel this campaign? Followers who haven't received it yet won't get it. This can't be undone."
    />
  );
  return (
    <section aria-label="Campaign controls" className="space-y-3">
      <div className="flex flex-wrap items-start gap-3">
        {status === "sending" ? <ActionButton {...common} action={pauseCampaignAction} label="Pause" variant="secondary" /> : null}
        {status === "paused" ? <ActionButton {...common} action={resumeCampaignAction} label="Resume" variant="primary" /> : null}
        {cancel}
      </div>
      {status === "scheduled" ? <RescheduleForm {...props} /> : null}
      {disabledReason ? <p className="text-sm text-slate-500">{disabledReason}</p> : null}
    </section>
  );
}
