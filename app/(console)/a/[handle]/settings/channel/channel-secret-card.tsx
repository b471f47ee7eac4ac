"use client";
import { useActionState, useState, useTransition } from "react";
import { buttonClass } from "@/components/ui/button-class";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/forms/action-state";
import { revealChannelSecretAction, rotateChannelSecretAction } from "./actions";
import { CopyButton } from "./copy-button";

const MASK = "•".repeat(32);

function SecretField({ handle, canManage }: { handle: string; canManage: boolean }) {
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  async function fetchSecret(): Promise<string | null> {
    const result = await revealChannelSecretAction(handle);
    if (!result.ok) {
      setError(result.message);
      return null;
    }
    setError(null);
    return result.secret;
  }

  return (
    <div className="space-y-2">
      <p className="sr-only" id="channel-secret-label">
        Channel secret
      </p>
      <code aria-labelledby="channel-secret-label" data-testid="channel-secret" className="block break-all rounded-md bg-slate-100 px-3 py-2 font-mono text-sm">
        {secret ?? MASK}
      </code>
      {canManage ? (
        <div className="flex flex-wrap items-center gap-2">
          {secret ? (
            <button type="button" className={buttonClass("secondary")} onClick={() => setSecret(null)}>
              Hide
            </button>
          ) : (
            <button
              type="button"
              disabled={pending}
              className={buttonClass("secondary")}
              onClick={() => startTransition(async () => setSecret(await fetchSecret()))}
            >
              {pending ? "Working…" : "Reveal"}
            </button>
          )}
          <CopyButton text={secret ?? undefined} getText={fetchSecret} />
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-red-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function ChannelSecretCard({ handle, canManage, readOnlyReason }: { handle: string; canManage: boolean; readOnlyReason?: string }) {
  const [state, formAction] = useActionState(rotateChannelSecretAction.bind(null, handle), idleState);
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="space-y-4">
      {!canManage && readOnlyReason ? <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">{readOnlyReason}</p> : null}
      {/* Remounted after a rotation so a revealed old secret doesn't linger on screen. */}
      <SecretField key={state.submissionId} handle={handle} canManage={canManage} />
      <form key={`rotate-${state.submissionId}`} action={formAction} className="space-y-3 border-t border-slate-100 pt-4">
        <FormMessage state={state} />
        <fieldset disabled={!canManage} className="space-y-3">
          {confirming ? (
            <div className="space-y-3 rounded-md border border-red-200 bg-red-50 p-3">
              <p className="text-sm text-red-800">
                Rotate now? The current secret stops working immediately: webhooks signed with it get 401 until the platform uses the new one.
              </p>
              <div className="flex gap-2">
                <SubmitButton variant="danger">Yes, rotate the secret</SubmitButton>
                <button type="button" className={buttonClass("secondary")} onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </div>
            </div>
          ) : (
            <button type="button" className={buttonClass("danger")} onClick={() => setConfirming(true)}>
              Rotate secret
            </button>
          )}
        </fieldset>
      </form>
    </div>
  );
}
