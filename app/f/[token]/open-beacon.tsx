"use client";
import { useEffect } from "react";

/**
 * Tells the server which messages were actually on screen (any part of them), once each, in
 * small batches. Counting opens here rather than on the page's GET keeps link-preview bots and
 * prefetches out of the open rate. The token in the URL is the only credential needed.
 */
export function OpenBeacon({ token }: { token: string }) {
  useEffect(() => {
    const pending = new Set<string>();
    const sent = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      const ids = [...pending];
      pending.clear();
      fetch(`/f/${token}/opens`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ deliveryIds: ids }),
        keepalive: true,
      }).catch(() => {
        // A lost beacon only undercounts; the next view tries again for these ids.
        for (const id of ids) sent.delete(id);
      });
    };
    const schedule = () => {
      timer ??= setTimeout(flush, 300);
    };
    const observer = new IntersectionObserver(
      (entries) => {
        // A tab opened in the background shows nothing yet: wait until it is looked at.
        if (document.visibilityState !== "visible") return;
        for (const entry of entries) {
          const id = (entry.target as HTMLElement).dataset.deliveryId;
          if (!entry.isIntersecting || !id || sent.has(id)) continue;
          sent.add(id);
          pending.add(id);
          observer.unobserve(entry.target);
        }
        if (pending.size) schedule();
      },
      // Any part on screen counts: a five-bubble message can be taller than a phone's screen.
      { threshold: 0 },
    );
    // A chat opens at its newest message, as a messenger does.
    document.getElementById("inbox-end")?.scrollIntoView({ block: "end" });
    const observeUnseen = () =>
      document.querySelectorAll<HTMLElement>("[data-delivery-id]").forEach((el) => {
        if (!sent.has(el.dataset.deliveryId ?? "")) observer.observe(el);
      });
    observeUnseen();
    // Observing again reports what is on screen right now, once the tab becomes visible.
    const onVisibility = () => {
      if (document.visibilityState !== "visible") return;
      observer.disconnect();
      observeUnseen();
    };
    document.addEventListener("visibilitychange", onVisibility);
    // Even with nothing to open, the beacon makes this browser remember the link for its chat list.
    if (!document.querySelector("[data-delivery-id]")) flush();
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      observer.disconnect();
      if (timer) {
        clearTimeout(timer);
        flush();
      }
    };
  }, [token]);
  return null;
}
