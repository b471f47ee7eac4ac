"use client";
import { useState, useTransition } from "react";
import { buttonClass } from "@/components/ui/button-class";
import { inputClass } from "@/components/ui/field";
import type { Bubble } from "@/lib/campaigns/schemas";
import { searchTestRecipientsAction, sendTestAction, type ComposerResult, type TestRecipientSearch } from "./composer-actions";

type Recipient = Extract<TestRecipientSearch, { status: "ok" }>["matches"][number];

/** Pick one follower by external id or name, then send them the bubbles as they are now. */
export function TestSend({
  handle,
  campaignId,
  bubbles,
  disabledReason,
  onRecipient,
}: {
  handle: string;
  campaignId: string | null;
  bubbles: Bubble[];
  disabledReason?: string;
  onRecipient: (recipient: Recipient | null) => void;
}) {
  const [query, setQuery] = useState("");
  const [matches, setMatches] = useState<Recipient[] | null>(null);
  const [chosen, setChosen] = useState<Recipient | null>(null);
  const [result, setResult] = useState<ComposerResult | null>(null);
  const [pending, startTransition] = useTransition();

  function choose(recipient: Recipient | null) {
    setChosen(recipient);
    onRecipient(recipient);
  }

  return (
    <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="test-send-heading">
      <h2 id="test-send-heading" className="text-sm font-semibold text-slate-800">
        Test send
      </h2>
      <fieldset disabled={Boolean(disabledReason) || pending} className="space-y-3">
        <form
          className="flex gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            startTransition(async () => {
              const found = await searchTestRecipientsAction(handle, query);
              setMatches(found.status === "ok" ? found.matches : null);
              setResult(found.status === "error" ? found : null);
            });
          }}
        >
          <label htmlFor="test-recipient-query" className="sr-only">
            Follower external id or name
          </label>
          <input
            id="test-recipient-query"
            className={inputClass}
            placeholder="External id or name"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          <button type="submit" className={buttonClass("secondary")}>
            Find
          </button>
        </form>
        {matches !== null && matches.length === 0 ? <p className="text-sm text-slate-500">No following follower matches “{query}”.</p> : null}
        {matches && matches.length > 0 ? (
          <ul className="space-y-1" aria-label="Matching followers">
            {matches.map((m) => (
              <li key={m.id}>
                <label className="flex items-center gap-2 text-sm">
                  <input type="radio" name="test-recipient" checked={chosen?.id === m.id} onChange={() => choose(m)} />
                  {m.displayName ?? "(no name)"} <span className="text-slate-500">· {m.externalId}</span>
                </label>
              </li>
            ))}
          </ul>
        ) : null}
        <button
          type="button"
          className={buttonClass("secondary")}
          disabled={!chosen}
          onClick={() =>
            startTransition(async () => {
              setResult(await sendTestAction(handle, campaignId, { followerId: chosen?.id, messages: bubbles }));
            })
          }
        >
          {pending ? "Working…" : chosen ? `Send test to ${chosen.displayName ?? chosen.externalId}` : "Send test"}
        </button>
      </fieldset>
      {result ? (
        <p role={result.status === "error" ? "alert" : "status"} className={result.status === "error" ? "text-sm text-red-700" : "text-sm text-brand-700"}>
          {result.message}
        </p>
      ) : null}
    </section>
  );
}
