"use client";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button-class";

type CopyState = "idle" | "copied" | "failed";

/** Copies `text`, or what `getText` resolves to (so a secret can be fetched only when needed). */
export function CopyButton({ text, getText, label = "Copy" }: { text?: string; getText?: () => Promise<string | null>; label?: string }) {
  const [state, setState] = useState<CopyState>("idle");
  async function copy() {
    try {
      const value = text ?? (await getText?.());
      if (!value) return;
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      // The Clipboard API needs HTTPS (or localhost) and permission; say so instead of failing silently.
      setState("failed");
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={copy} className={buttonClass("secondary")}>
        {label}
      </button>
      <span role="status" className="text-xs text-slate-500">
        {state === "copied" ? "Copied." : state === "failed" ? "Couldn't copy here: select the text and copy it yourself." : ""}
      </span>
    </span>
  );
}
