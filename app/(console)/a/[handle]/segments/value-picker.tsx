"use client";
import { useId, useState, type KeyboardEvent } from "react";
import type { z } from "zod";
import { FieldError, inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button-class";

const QUICK_PICKS = 12;

/**
 * Free text with the account's existing values as suggestions: a marketer can target an area
 * nobody follows from yet, and still pick the common ones with a click.
 */
export function ValuePicker({
  label,
  noun,
  values,
  suggestions,
  schema,
  disabled,
  onChange,
}: {
  label: string;
  /** "area", "language", "tag": used in button and chip labels. */
  noun: string;
  values: string[];
  suggestions: string[];
  schema: z.ZodType<string>;
  disabled?: boolean;
  onChange: (values: string[]) => void;
}) {
  const id = useId();
  const [text, setText] = useState("");
  const [error, setError] = useState<string>();

  function add(raw: string) {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? `That ${noun} can't be used.`);
      return;
    }
    setError(undefined);
    setText("");
    if (!values.includes(parsed.data)) onChange([...values, parsed.data]);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter adds the value instead of submitting the whole segment.
    if (event.key === "Enter") {
      event.preventDefault();
      if (text.trim()) add(text);
    }
  }

  const quickPicks = suggestions.filter((s) => !values.includes(s)).slice(0, QUICK_PICKS);
  return (
    <fieldset className="space-y-2" disabled={disabled}>
      <legend className="text-sm font-medium text-slate-700">{label}</legend>
      {values.length ? (
        <ul className="flex flex-wrap gap-2" aria-label={`Chosen ${label.toLowerCase()}`}>
          {values.map((value) => (
            <li key={value} className="inline-flex items-center gap-1 rounded-full bg-brand-50 py-1 pl-3 pr-1 text-sm text-brand-700">
              {value}
              <button
                type="button"
                className="rounded-full px-1.5 text-brand-700 hover:bg-brand-100"
                aria-label={`Remove ${noun} ${value}`}
                onClick={() => onChange(values.filter((v) => v !== value))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-xs text-slate-500">Any {noun}.</p>
      )}
      <div className="flex gap-2">
        <input
          id={`${id}-input`}
          aria-label={`Add ${noun}`}
          list={`${id}-options`}
          className={inputClass}
          value={text}
          placeholder={`Type ${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun} and press Enter`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="button" className={buttonClass("secondary")} disabled={!text.trim()} onClick={() => add(text)}>
          Add
        </button>
      </div>
      <datalist id={`${id}-options`}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <FieldError id={`${id}-error`} message={error} />
      {quickPicks.length ? (
        <div className="flex flex-wrap gap-1" aria-label={`Existing ${label.toLowerCase()}`}>
          {quickPicks.map((s) => (
            <button
              key={s}
              type="button"
              className="rounded-full border border-slate-300 px-2 py-0.5 text-xs text-slate-600 hover:bg-slate-50"
              aria-label={`Add ${noun} ${s}`}
              onClick={() => add(s)}
            >
              + {s}
            </button>
          ))}
        </div>
      ) : null}
    </fieldset>
  );
}
