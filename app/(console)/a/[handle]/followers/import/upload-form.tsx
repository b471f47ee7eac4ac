"use client";
import { useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { buttonClass } from "@/components/ui/button-class";
import { FieldError, inputClass } from "@/components/ui/field";

type UploadState = { phase: "idle" } | { phase: "uploading"; percent: number } | { phase: "done"; message: string } | { phase: "error"; message: string };

/**
 * Sends the file itself as the request body (no multipart) to the upload route, which streams it
 * into storage. XMLHttpRequest because fetch can't report upload progress.
 */
export function UploadForm({ uploadUrl }: { uploadUrl: string }) {
  const [state, setState] = useState<UploadState>({ phase: "idle" });
  const formRef = useRef<HTMLFormElement>(null);
  const router = useRouter();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
    if (!file) {
      setState({ phase: "error", message: "Choose a CSV file first." });
      return;
    }
    const request = new XMLHttpRequest();
    request.open("POST", `${uploadUrl}?fileName=${encodeURIComponent(file.name)}`);
    request.setRequestHeader("Content-Type", "text/csv");
    request.upload.onprogress = (progress) => {
      if (progress.lengthComputable) setState({ phase: "uploading", percent: Math.floor((progress.loaded / progress.total) * 100) });
    };
    request.onload = () => {
      if (request.status === 202) {
        formRef.current?.reset();
        setState({ phase: "done", message: `Uploaded ${file.name}. The import runs in the background; you can leave this page.` });
        router.refresh();
        return;
      }
      let message = "The upload failed. Try again.";
      try {
        message = (JSON.parse(request.responseText) as { error: { message: string } }).error.message;
      } catch {
        // Not our JSON (a proxy's error page): keep the generic message.
      }
      setState({ phase: "error", message });
    };
    request.onerror = () => setState({ phase: "error", message: "The upload was interrupted. Check your connection and try again." });
    setState({ phase: "uploading", percent: 0 });
    request.send(file);
  };

  const isUploading = state.phase === "uploading";
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-4" noValidate>
      <div className="space-y-1">
        <label htmlFor="file" className="block text-sm font-medium text-slate-700">
          CSV file
        </label>
        <input
          id="file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          disabled={isUploading}
          aria-invalid={state.phase === "error" ? true : undefined}
          aria-describedby={state.phase === "error" ? "file-error" : undefined}
          className={inputClass}
        />
        {state.phase === "error" ? <FieldError id="file-error" message={state.message} /> : null}
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={isUploading} className={buttonClass()}>
          {isUploading ? `Uploading… ${state.percent}%` : "Upload and import"}
        </button>
        {state.phase === "done" ? (
          <p role="status" className="text-sm text-brand-700">
            {state.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
