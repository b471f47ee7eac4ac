"use client";
import { useEffect, useRef, useState, useTransition } from "react";
import { buttonClass } from "@/components/ui/button-class";
import { FactList } from "@/components/ui/fact-list";
import { Field, FieldError, inputClass } from "@/components/ui/field";
import type { Audience, Bubble } from "@/lib/campaigns/schemas";
import { estimateAudienceAction, planSendAction, saveDraftAction, sendCampaignAction, type ComposerResult, type SendPlan } from "./composer-actions";
import { BubbleEditor, emptyBubbles } from "./bubble-editor";
import { PhonePreview } from "./phone-preview";
import { TestSend } from "./test-send";

const MAX_BUBBLES = 5;
const REACH_DEBOUNCE_MS = 300;
/** Who the preview greets when no test follower is chosen. */
const SAMPLE_NAME = "Hanako";

export type ComposerProps = {
  handle: string;
  accountName: string;
  timezone: string;
  segments: { id: string; name: string }[];
  campaignId: string | null;
  initial: { name: string; messages: Bubble[]; audience: Audience; scheduledAt: string };
  initialReach: number;
  /** Set when the role may not save drafts (analysts): the whole form is read-only and says why. */
  composeBlockedReason?: string;
  /** Set when the role may not send (operators without broadcast rights, analysts). */
  sendBlockedReason?: string;
};

const format = (n: number) => n.toLocaleString("en-US");

export function Composer(props: ComposerProps) {
  const { handle, accountName, timezone, segments, composeBlockedReason, sendBlockedReason } = props;
  const [campaignId, setCampaignId] = useState(props.campaignId);
  const [name, setName] = useState(props.initial.name);
  const [bubbles, setBubbles] = useState<Bubble[]>(props.initial.messages);
  // Stable keys, so removing bubble 2 of 3 doesn't hand bubble 3's editor state (an upload error) to bubble 2.
  const nextKey = useRef(props.initial.messages.length);
  const [keys, setKeys] = useState(() => props.initial.messages.map((_, i) => i));
  const [audience, setAudience] = useState<Audience>(props.initial.audience);
  const [scheduledAt, setScheduledAt] = useState(props.initial.scheduledAt);
  const [isScheduled, setIsScheduled] = useState(props.initial.scheduledAt !== "");
  const [reach, setReach] = useState<{ status: "loading" } | { status: "ok"; reach: number } | { status: "error"; message: string }>({
    status: "ok",
    reach: props.initialReach,
  });
  const [result, setResult] = useState<ComposerResult | null>(null);
  const [plan, setPlan] = useState<SendPlan | null>(null);
  const [sampleName, setSampleName] = useState(SAMPLE_NAME);
  const [pending, startTransition] = useTransition();
  const latestReach = useRef(0);
  const isFirstRender = useRef(true);

  useEffect(() => {
    // The page counted the initial audience already.
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    if (composeBlockedReason) return;
    const request = ++latestReach.current;
    setReach({ status: "loading" });
    const timer = setTimeout(async () => {
      const answer = await estimateAudienceAction(handle, audience);
      // A slower answer for an older choice must not overwrite the newer one.
      if (request === latestReach.current) setReach(answer);
    }, REACH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [audience, handle, composeBlockedReason]);

  const input = () => ({ name, messages: bubbles, audience, scheduledAt: isScheduled ? scheduledAt : "" });
  const fields = result?.status === "error" ? (result.fields ?? {}) : plan?.status === "error" ? (plan.fields ?? {}) : {};

  function edit<T>(setter: (value: T) => void) {
    return (value: T) => {
      setter(value);
      setPlan(null);
    };
  }

  function adopt(id: string | undefined) {
    // A first save creates the draft: from here on the page is that draft's edit page.
    if (id && id !== campaignId) {
      setCampaignId(id);
      // history.replaceState (which Next's router follows) rather than router.replace: no re-render, so
      // a refusal message for the send that created the draft stays on screen.
      window.history.replaceState(null, "", `/a/${handle}/campaigns/${id}/edit`);
    }
  }

  function save() {
    startTransition(async () => {
      const answer = await saveDraftAction(handle, campaignId, input());
      setResult(answer);
      adopt(answer.campaignId);
    });
  }

  function review() {
    setResult(null);
    startTransition(async () => setPlan(await planSendAction(handle, input())));
  }

  function send() {
    startTransition(async () => {
      // On success the action redirects to the campaign's page; only a refusal comes back.
      const answer = await sendCampaignAction(handle, campaignId, input());
      setPlan(null);
      setResult(answer);
      adopt(answer.campaignId);
    });
  }

  const setBubble = (index: number) => (update: (current: Bubble) => Bubble) => {
    setBubbles((all) => all.map((b, i) => (i === index ? update(b) : b)));
    setPlan(null);
  };

  return (
    <div className="flex flex-col gap-8 xl:flex-row xl:items-start">
      <div className="min-w-0 flex-1 space-y-6">
        {composeBlockedReason ? <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">{composeBlockedReason}</p> : null}
        <fieldset disabled={Boolean(composeBlockedReason) || pending} className="space-y-6">
          <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
            <Field label="Campaign name" name="name" value={name} error={fields.name} maxLength={100} onChange={(e) => edit(setName)(e.target.value)} />
          </section>

          <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm" aria-labelledby="messages-heading">
            <div className="flex items-center justify-between">
              <h2 id="messages-heading" className="text-base font-semibold">
                Messages <span className="text-sm font-normal text-slate-500">({bubbles.length} of {MAX_BUBBLES})</span>
              </h2>
            </div>
            {bubbles.map((bubble, index) => (
              <BubbleEditor
                key={keys[index]}
                handle={handle}
                index={index}
                bubble={bubble}
                errors={fields}
                canRemove={bubbles.length > 1}
                onChange={setBubble(index)}
                onRemove={() => {
                  edit(setBubbles)(bubbles.filter((_, i) => i !== index));
                  setKeys((all) => all.filter((_, i) => i !== index));
                }}
              />
            ))}
            <FieldError id="messages-error" message={fields.messages} />
            <button
              type="button"
              className={buttonClass("secondary")}
              disabled={bubbles.length >= MAX_BUBBLES}
              onClick={() => {
                edit(setBubbles)([...bubbles, emptyBubbles.text]);
                setKeys((all) => [...all, nextKey.current++]);
              }}
            >
              Add bubble
            </button>
            {bubbles.length >= MAX_BUBBLES ? <p className="text-xs text-slate-500">A campaign holds at most {MAX_BUBBLES} bubbles.</p> : null}
          </section>

          <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-6 shadow-sm" aria-labelledby="audience-heading">
            <h2 id="audience-heading" className="text-base font-semibold">
              Audience
            </h2>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name="audience" checked={audience.type === "all"} onChange={() => edit(setAudience)({ type: "all" })} />
              All followers
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="audience"
                checked={audience.type === "segment"}
                disabled={segments.length === 0}
                onChange={() => segments[0] && edit(setAudience)({ type: "segment", segmentId: segments[0].id })}
              />
              A saved segment
            </label>
            {audience.type === "segment" ? (
              <div className="pl-6">
                <label htmlFor="segment" className="sr-only">
                  Segment
                </label>
                <select
                  id="segment"
                  className={inputClass}
                  value={audience.segmentId}
                  onChange={(e) => edit(setAudience)({ type: "segment", segmentId: e.target.value })}
                >
                  {segments.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            {segments.length === 0 ? <p className="text-xs text-slate-500">No segments yet: build one under Segments to send to part of your followers.</p> : null}
            <FieldError id="audience-error" message={fields["audience.segmentId"] ?? fields.audience} />
            <p className="text-sm" data-testid="reach" aria-live="polite">
              {reach.status === "loading" ? (
                <span className="text-slate-500">Counting…</span>
              ) : reach.status === "error" ? (
                <span className="text-red-700">{reach.message}</span>
              ) : (
                <>
                  Reaches <strong>{format(reach.reach)}</strong> {reach.reach === 1 ? "follower" : "followers"} now
                </>
              )}
            </p>
          </section>

          <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-6 shadow-sm" aria-labelledby="when-heading">
            <h2 id="when-heading" className="text-base font-semibold">
              When
            </h2>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name="when" checked={!isScheduled} onChange={() => edit(setIsScheduled)(false)} />
              Send now
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name="when" checked={isScheduled} onChange={() => edit(setIsScheduled)(true)} />
              Schedule for later
            </label>
            {isScheduled ? (
              <div className="pl-6">
                <Field
                  label={`Send at (${timezone})`}
                  name="scheduledAt"
                  type="datetime-local"
                  value={scheduledAt}
                  error={fields.scheduledAt}
                  hint={`The account's time zone, ${timezone}.`}
                  onChange={(e) => edit(setScheduledAt)(e.target.value)}
                />
              </div>
            ) : null}
          </section>
        </fieldset>

        {result ? (
          <p
            role={result.status === "error" ? "alert" : "status"}
            className={result.status === "error" ? "rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" : "rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700"}
          >
            {result.message}
          </p>
        ) : null}

        {plan ? <ConfirmPanel plan={plan} isScheduled={isScheduled} timezone={timezone} pending={pending} onConfirm={send} onBack={() => setPlan(null)} /> : null}

        <div className="flex flex-wrap items-start gap-3">
          <button type="button" className={buttonClass("secondary")} disabled={Boolean(composeBlockedReason) || pending} onClick={save}>
            {pending ? "Working…" : "Save draft"}
          </button>
          <div className="space-y-1">
            <button
              type="button"
              className={buttonClass("primary")}
              disabled={Boolean(sendBlockedReason) || pending}
              aria-describedby={sendBlockedReason ? "send-blocked-reason" : undefined}
              onClick={review}
            >
              {isScheduled ? "Review and schedule…" : "Review and send…"}
            </button>
            {sendBlockedReason ? (
              <p id="send-blocked-reason" className="max-w-sm text-sm text-amber-800">
                {sendBlockedReason}
              </p>
            ) : null}
          </div>
        </div>

        <TestSend
          handle={handle}
          campaignId={campaignId}
          bubbles={bubbles}
          disabledReason={composeBlockedReason}
          onRecipient={(recipient) => setSampleName(recipient?.displayName ?? SAMPLE_NAME)}
        />
      </div>
      <PhonePreview accountName={accountName} bubbles={bubbles} sampleName={sampleName} />
    </div>
  );
}

function ConfirmPanel({
  plan,
  isScheduled,
  timezone,
  pending,
  onConfirm,
  onBack,
}: {
  plan: SendPlan;
  isScheduled: boolean;
  timezone: string;
  pending: boolean;
  onConfirm: () => void;
  onBack: () => void;
}) {
  if (plan.status === "error") {
    return (
      <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
        {plan.message}
      </p>
    );
  }
  return (
    <section role="region" aria-label="Confirm send" className="space-y-4 rounded-lg border-2 border-brand-500 bg-white p-6 shadow-sm">
      <h2 className="text-base font-semibold">{isScheduled ? "Schedule this campaign?" : "Send this campaign now?"}</h2>
      <FactList
        facts={[
          ["Reach", `${format(plan.reach)} followers`],
          ["This send uses", `${format(plan.uses)} messages`],
          [`Remaining in ${plan.month}`, `${format(plan.remaining)} of ${format(plan.quota)} messages`],
          ["When", plan.sendAt ? `${plan.sendAt} (${timezone})` : "Now"],
        ]}
      />
      {plan.refusal ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {plan.refusal}
        </p>
      ) : null}
      <div className="flex gap-3">
        <button type="button" className={buttonClass("primary")} disabled={!plan.fits || pending} onClick={onConfirm}>
          {pending ? "Working…" : isScheduled ? "Confirm schedule" : "Confirm send"}
        </button>
        <button type="button" className={buttonClass("secondary")} onClick={onBack}>
          Back to editing
        </button>
      </div>
    </section>
  );
}
