"use client";
import { useEffect, useRef } from "react";

const POLL_MS = 1_000;

/**
 * Polls `url` once a second while `active`, handing each JSON answer to `onData`; polling stops
 * when `onData` returns false, when `active` turns false, or on unmount. A dropped poll (network
 * error, non-2xx) is retried on the next tick.
 */
export function usePoll<T>(url: string, active: boolean, onData: (next: T) => boolean): void {
  // The latest callback, so a re-render doesn't restart the timer loop.
  const onDataRef = useRef(onData);
  useEffect(() => {
    onDataRef.current = onData;
  });

  useEffect(() => {
    if (!active) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const response = await fetch(url, { cache: "no-store" });
        if (response.ok && !stopped) {
          const next = (await response.json()) as T;
          if (!onDataRef.current(next)) return;
        }
      } catch {
        // Retried on the next tick.
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [active, url]);
}
