"use client";
import { useRef, useState } from "react";
import { Field, FieldError, inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button-class";
import type { Bubble } from "@/lib/campaigns/schemas";

export const TEXT_LIMIT = 2_000;
const DISPLAY_NAME = "{displayName}";

export const emptyBubbles: Record<Bubble["type"], Bubble> = {
  text: { type: "text", text: "" },
  image: { type: "image", url: "" },
  card: { type: "card", imageUrl: "", title: "", text: "", button: { label: "", url: "" } },
};

const typeLabels: Record<Bubble["type"], string> = { text: "Text", image: "Image", card: "Card" };

function Count({ value, limit }: { value: string; limit: number }) {
  const over = value.length > limit;
  return (
    <span className={over ? "text-xs font-semibold text-red-600" : "text-xs text-slate-500"} aria-live="polite">
      {value.length.toLocaleString("en-US")} / {limit.toLocaleString("en-US")}
    </span>
  );
}

/** Uploads through the composer's route handler; the server checks the content and resizes. */
function ImageUpload({ handle, label, url, onUploaded, error }: { handle: string; label: string; url: string; onUploaded: (url: string) => void; error?: string }) {
  const [status, setStatus] = useState<{ kind: "idle" | "uploading" } | { kind: "error"; message: string }>({ kind: "idle" });
  const id = `upload-${label.replace(/\W+/g, "-").toLowerCase()}`;
  async function upload(file: File) {
    setStatus({ kind: "uploading" });
    const body = new FormData();
    body.set("file", file);
    const response = await fetch(`/a/${encodeURIComponent(handle)}/campaigns/media`, { method: "POST", body }).catch(() => null);
    const json = response ? await response.json().catch(() => null) : null;
    if (!response?.ok || !json?.url) {
      setStatus({ kind: "error", message: json?.error?.message ?? "The upload failed. Check your connection and try again." });
      return;
    }
    setStatus({ kind: "idle" });
    onUploaded(json.url);
  }
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <div className="flex items-center gap-3">
        {url ? (
          // eslint-disable-next-line @next/next/no-img-element -- an uploaded thumbnail
          <img src={url} alt="" className="h-14 w-14 rounded object-cover ring-1 ring-slate-200" />
        ) : null}
        <input
          id={id}
          type="file"
          accept="image/png,image/jpeg"
          className="text-sm"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void upload(file);
          }}
        />
      </div>
      <p className="text-xs text-slate-500">{status.kind === "uploading" ? "Uploading…" : "PNG or JPEG, up to 5 MB. Resized for phones."}</p>
      <FieldError id={`${id}-error`} message={status.kind === "error" ? status.message : error} />
    </div>
  );
}

export function BubbleEditor({
  handle,
  index,
  bubble,
  errors,
  canRemove,
  onChange,
  onRemove,
}: {
  handle: string;
  index: number;
  bubble: Bubble;
  errors: Record<string, string>;
  canRemove: boolean;
  /** Takes an updater, not a value: an upload finishing after more typing must not bring back the old fields. */
  onChange: (update: (current: Bubble) => Bubble) => void;
  onRemove: () => void;
}) {
  const textRef = useRef<HTMLTextAreaElement>(null);
  const key = (field: string) => `messages.${index}.${field}`;
  const error = (field: string) => errors[key(field)];
  const label = `Bubble ${index + 1}`;

  function updateCard(change: { title?: string; text?: string; label?: string; url?: string }) {
    onChange((current) => {
      if (current.type !== "card") return current;
      const { label = current.button.label, url = current.button.url, title = current.title, text = current.text } = change;
      return { ...current, title, text, button: { label, url } };
    });
  }

  function insertDisplayName() {
    if (bubble.type !== "text") return;
    const area = textRef.current;
    const start = area?.selectionStart ?? bubble.text.length;
    const end = area?.selectionEnd ?? bubble.text.length;
    onChange((current) => (current.type === "text" ? { ...current, text: current.text.slice(0, start) + DISPLAY_NAME + current.text.slice(end) } : current));
    // Put the caret after the insert once React has re-rendered the new value.
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + DISPLAY_NAME.length, start + DISPLAY_NAME.length);
    });
  }

  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-4" aria-label={label}>
      <div className="flex items-center justify-between gap-2">
        <legend className="text-sm font-semibold text-slate-800">{label}</legend>
        <div className="flex items-center gap-2">
          <select
            aria-label={`${label} type`}
            className="rounded-md border border-slate-300 px-2 py-1 text-sm"
            value={bubble.type}
            onChange={(event) => {
              const next = emptyBubbles[event.target.value as Bubble["type"]];
              onChange(() => next);
            }}
          >
            {(Object.keys(typeLabels) as Bubble["type"][]).map((type) => (
              <option key={type} value={type}>
                {typeLabels[type]}
              </option>
            ))}
          </select>
          {canRemove ? (
            <button type="button" className="text-sm text-red-700 hover:underline" onClick={onRemove}>
              Remove
            </button>
          ) : null}
        </div>
      </div>

      {bubble.type === "text" ? (
        <div className="space-y-1">
          <div className="flex items-center justify-between">
            <label htmlFor={key("text")} className="block text-sm font-medium text-slate-700">
              {label} text
            </label>
            <Count value={bubble.text} limit={TEXT_LIMIT} />
          </div>
          <textarea
            id={key("text")}
            ref={textRef}
            rows={4}
            className={inputClass}
            value={bubble.text}
            aria-invalid={error("text") ? true : undefined}
            onChange={(event) => {
              const text = event.target.value;
              onChange((current) => (current.type === "text" ? { ...current, text } : current));
            }}
          />
          <button type="button" className={buttonClass("secondary")} onClick={insertDisplayName}>
            Insert {DISPLAY_NAME}
          </button>
          <p className="text-xs text-slate-500">{DISPLAY_NAME} becomes each follower&apos;s name (or “friend” when they shared none).</p>
          <FieldError id={`${key("text")}-error`} message={error("text")} />
        </div>
      ) : null}

      {bubble.type === "image" ? (
        <ImageUpload handle={handle} label={`${label} image`} url={bubble.url} error={error("url")} onUploaded={(url) => onChange((current) => (current.type === "image" ? { ...current, url } : current))} />
      ) : null}

      {bubble.type === "card" ? (
        <div className="space-y-3">
          <ImageUpload
            handle={handle}
            label={`${label} card image`}
            url={bubble.imageUrl}
            error={error("imageUrl")}
            onUploaded={(imageUrl) => onChange((current) => (current.type === "card" ? { ...current, imageUrl } : current))}
          />
          <Field
            label={`${label} card title`}
            name={key("title")}
            value={bubble.title}
            error={error("title")}
            hint={<Count value={bubble.title} limit={40} />}
            onChange={(event) => updateCard({ title: event.target.value })}
          />
          <Field
            label={`${label} card text`}
            name={key("text")}
            value={bubble.text}
            error={error("text")}
            hint={<Count value={bubble.text} limit={160} />}
            onChange={(event) => updateCard({ text: event.target.value })}
          />
          <div className="grid gap-3 sm:grid-cols-2">
            <Field
              label={`${label} button label`}
              name={key("button.label")}
              value={bubble.button.label}
              error={error("button.label")}
              onChange={(event) => updateCard({ label: event.target.value })}
            />
            <Field
              label={`${label} button link`}
              name={key("button.url")}
              type="url"
              placeholder="https://example.com/sale"
              value={bubble.button.url}
              error={error("button.url")}
              onChange={(event) => updateCard({ url: event.target.value })}
            />
          </div>
        </div>
      ) : null}
      <FieldError id={`messages-${index}-error`} message={errors[`messages.${index}`]} />
    </fieldset>
  );
}
