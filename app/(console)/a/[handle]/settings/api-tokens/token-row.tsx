"use client";
import { useActionState, useState } from "react";
import { buttonClass } from "@/components/ui/button-class";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/forms/action-state";
import { revokeApiTokenAction } from "./actions";

export type TokenRowData = {
  id: string;
  name: string;
  prefix: string;
  createdBy: string;
  createdAt: string;
  lastUsedAt: string;
  revokedAt: string | null;
};

export function TokenRow({ handle, token }: { handle: string; token: TokenRowData }) {
  const [state, formAction] = useActionState(revokeApiTokenAction.bind(null, handle), idleState);
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="space-y-2 p-4" aria-label={token.name}>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-1">
          <p className="font-medium">
            {token.name}{" "}
            {token.revokedAt ? <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-normal text-slate-600">Revoked {token.revokedAt}</span> : null}
          </p>
          <p className="font-mono text-sm text-slate-600">{token.prefix}…</p>
          <p className="text-xs text-slate-500">
            Created by {token.createdBy} on {token.createdAt} · Last used: {token.lastUsedAt}
          </p>
        </div>
        {token.revokedAt ? null : confirming ? (
          <form action={formAction} className="flex flex-wrap items-center gap-2" aria-label={`Confirm revoking ${token.name}`}>
            <input type="hidden" name="tokenId" value={token.id} />
            <span className="text-sm text-red-800">Integrations using it stop working at once.</span>
            <SubmitButton variant="danger">Yes, revoke</SubmitButton>
            <button type="button" className={buttonClass("secondary")} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </form>
        ) : (
          <button type="button" className={buttonClass("danger")} onClick={() => setConfirming(true)}>
            Revoke
          </button>
        )}
      </div>
      <FormMessage state={state} />
    </li>
  );
}
