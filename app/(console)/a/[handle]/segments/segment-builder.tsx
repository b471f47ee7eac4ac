"use client";
import { useActionState, useEffect, useRef, useState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ageBandLabels, ageBands, deviceOses, genders } from "@/lib/followers/schemas";
import { idleState } from "@/lib/forms/action-state";
import { describeSegmentRule, genderLabels, osLabels } from "@/lib/segments/describe-segment-rule";
import type { SegmentReach } from "@/lib/segments/estimate-segment-reach";
import { formatReach } from "@/lib/segments/format-reach";
import { segmentRuleSchema, type SegmentRule } from "@/lib/segments/schemas";
import type { SegmentOptions } from "@/lib/segments/list-segment-options";
import { createSegmentAction, estimateReachAction, updateSegmentAction, type ReachEstimate } from "./actions";
import { ValuePicker } from "./value-picker";

const ESTIMATE_DEBOUNCE_MS = 300;
const areaSchema = segmentRuleSchema.shape.areas.unwrap().element;
const languageSchema = segmentRuleSchema.shape.languages.unwrap().element;
const tagSchema = segmentRuleSchema.shape.tags.unwrap().element;

type Reach = { status: "loading" } | ReachEstimate;

function CheckboxGroup<T extends string>({
  legend,
  options,
  labels,
  selected,
  disabled,
  onChange,
}: {
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  selected: T[];
  disabled?: boolean;
  onChange: (next: T[]) => void;
}) {
  return (
    <fieldset className="space-y-2" disabled={disabled}>
      <legend className="text-sm font-medium text-slate-700">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-2">
        {options.map((option) => (
          <label key={option} className="inline-flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="h-4 w-4 rounded border-slate-300"
              checked={selected.includes(option)}
              // Kept in the builder's order so the summary reads the same however boxes were ticked.
              onChange={(event) => onChange(options.filter((o) => (o === option ? event.target.checked : selected.includes(o))))}
            />
            {labels[option]}
          </label>
        ))}
      </div>
      {selected.length === 0 ? <p className="text-xs text-slate-500">None ticked: everyone.</p> : null}
    </fieldset>
  );
}

export type SegmentBuilderProps = {
  handle: string;
  segmentId?: string;
  initialName: string;
  initialRule: SegmentRule;
  initialReach: SegmentReach;
  options: SegmentOptions;
  canEdit: boolean;
};

/** The rule lives in React state; every change re-counts the reach on the server, debounced. */
export function SegmentBuilder({ handle, segmentId, initialName, initialRule, initialReach, options, canEdit }: SegmentBuilderProps) {
  const action = segmentId ? updateSegmentAction : createSegmentAction;
  const [state, formAction] = useActionState(action.bind(null, handle), idleState);
  const [name, setName] = useState(initialName);
  const [rule, setRule] = useState<SegmentRule>(initialRule);
  const [daysText, setDaysText] = useState(initialRule.followedWithinDays ? String(initialRule.followedWithinDays) : "");
  const [reach, setReach] = useState<Reach>({ status: "ok", ...initialReach });
  const latestRequest = useRef(0);
  const isFirstRender = useRef(true);

  useEffect(() => {
    // The server already counted the initial rule for the page.
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    const request = ++latestRequest.current;
    setReach({ status: "loading" });
    const timer = setTimeout(async () => {
      try {
        const estimate = await estimateReachAction(handle, rule);
        // An older answer arriving after a newer request must not overwrite it.
        if (request === latestRequest.current) setReach(estimate);
      } catch {
        if (request === latestRequest.current) setReach({ status: "error", message: "Couldn't count the reach. Check your connection and change the rule to try again." });
      }
    }, ESTIMATE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [handle, rule]);

  function update(patch: Partial<SegmentRule>) {
    setRule((current) => ({ ...current, ...patch }));
  }

  function onDaysChange(text: string) {
    setDaysText(text);
    const trimmed = text.trim();
    // Sent as typed (even 0 or 1.5) so the server's message says what is allowed.
    update({ followedWithinDays: trimmed === "" ? undefined : Number(trimmed) });
  }

  const ruleErrors = Object.entries(state.fields ?? {}).filter(([key]) => key.startsWith("rule"));
  return (
    <form action={formAction} className="grid gap-6 lg:grid-cols-[1fr_18rem]" noValidate>
      <div className="space-y-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <FormMessage state={state} />
        {ruleErrors.length ? (
          <ul className="list-inside list-disc text-sm text-red-600" role="alert">
            {ruleErrors.map(([key, message]) => (
              <li key={key}>
                {key}: {message}
              </li>
            ))}
          </ul>
        ) : null}
        <Field
          label="Segment name"
          name="name"
          value={name}
          disabled={!canEdit}
          maxLength={80}
          onChange={(event) => setName(event.target.value)}
          error={state.fields?.name}
          hint="Unique in this account, like “Tokyo regulars” or “New this month”."
        />
        {segmentId ? <input type="hidden" name="segmentId" value={segmentId} /> : null}
        <input type="hidden" name="rule" value={JSON.stringify(rule)} />

        <CheckboxGroup legend="Gender" options={genders} labels={genderLabels} selected={rule.genders} disabled={!canEdit} onChange={(g) => update({ genders: g })} />
        <CheckboxGroup legend="Age" options={ageBands} labels={ageBandLabels} selected={rule.ageBands} disabled={!canEdit} onChange={(a) => update({ ageBands: a })} />
        <CheckboxGroup legend="OS" options={deviceOses} labels={osLabels} selected={rule.os} disabled={!canEdit} onChange={(o) => update({ os: o })} />
        <ValuePicker label="Areas" noun="area" values={rule.areas} suggestions={options.areas} schema={areaSchema} disabled={!canEdit} onChange={(areas) => update({ areas })} />
        <ValuePicker label="Languages" noun="language" values={rule.languages} suggestions={options.languages} schema={languageSchema} disabled={!canEdit} onChange={(languages) => update({ languages })} />

        <fieldset className="space-y-2" disabled={!canEdit}>
          <legend className="text-sm font-medium text-slate-700">Friendship</legend>
          <label className="flex flex-wrap items-center gap-2 text-sm">
            Followed in the last
            <input
              type="number"
              min={1}
              max={3650}
              step={1}
              inputMode="numeric"
              aria-label="Followed within days"
              className="w-24 rounded-md border border-slate-300 px-2 py-1 text-sm"
              value={daysText}
              onChange={(event) => onDaysChange(event.target.value)}
            />
            days
          </label>
          <p className="text-xs text-slate-500">Leave empty for any time.</p>
        </fieldset>

        <div className="space-y-2">
          <ValuePicker label="Tags" noun="tag" values={rule.tags} suggestions={options.tags} schema={tagSchema} disabled={!canEdit} onChange={(tags) => update({ tags })} />
          <fieldset className="flex gap-4 text-sm" disabled={!canEdit || rule.tags.length < 2}>
            <legend className="sr-only">Tag match</legend>
            {(["any", "all"] as const).map((mode) => (
              <label key={mode} className="inline-flex items-center gap-2">
                <input type="radio" name="tagModeChoice" checked={rule.tagMode === mode} onChange={() => update({ tagMode: mode })} />
                {mode === "any" ? "Any of these tags" : "All of these tags"}
              </label>
            ))}
          </fieldset>
        </div>
      </div>

      <aside className="space-y-4 self-start rounded-lg border border-slate-200 bg-white p-6 shadow-sm lg:sticky lg:top-8">
        <div aria-live="polite">
          <p className="text-sm font-medium text-slate-500">Estimated reach</p>
          <p className="text-4xl font-bold tabular-nums">
            <output aria-label="Estimated reach" aria-busy={reach.status === "loading"}>
              {reach.status === "loading" ? "…" : reach.status === "ok" ? formatReach(reach) : "—"}
            </output>
          </p>
          <p className="text-sm text-slate-500">{reach.status === "ok" && reach.count === 1 ? "follower who still follows you" : "followers who still follow you"}</p>
          {reach.status === "error" ? (
            <p className="mt-2 text-sm text-red-600" role="alert">
              {reach.message}
            </p>
          ) : null}
        </div>
        <p className="text-sm text-slate-700" aria-label="Rule summary">
          {describeSegmentRule({ ...rule, followedWithinDays: Number.isInteger(rule.followedWithinDays) ? rule.followedWithinDays : undefined })}
        </p>
        <p className="text-xs text-slate-500">
          {reach.status === "ok" && reach.estimated
            ? "≈ Estimated from a random sample of your followers; the campaign counts its audience exactly when it is sent."
            : "Exact count, however small: no minimum audience size."}
        </p>
        {canEdit ? <SubmitButton className="w-full">{segmentId ? "Save changes" : "Save segment"}</SubmitButton> : null}
      </aside>
    </form>
  );
}
