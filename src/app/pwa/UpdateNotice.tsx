/// <reference types="vite-plugin-pwa/client" />
import { useEffect, useRef, useState } from "react";
import "./update-notice.css";

type Update = (reloadPage?: boolean) => Promise<void>;

/**
 * Registers the service worker (vite-plugin-pwa, registerType "prompt") and, when a new version is
 * waiting, offers "Reload" instead of silently mixing old and new files. Lazy-loaded from App.
 */
export default function UpdateNotice() {
  const [needRefresh, setNeedRefresh] = useState(false);
  const update = useRef<Update | null>(null);

  useEffect(() => {
    let cancelled = false;
    void import("virtual:pwa-register").then(({ registerSW }) => {
      if (cancelled) return;
      update.current = registerSW({
        onNeedRefresh: () => setNeedRefresh(true),
        onRegisterError: () => {
          // No service worker (private mode, old browser): the app works online as before.
        },
      });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  if (!needRefresh) return null;
  return (
    <div className="update-notice" role="status">
      <p>A new version is available.</p>
      <button type="button" onClick={() => void update.current?.(true)}>
        Reload
      </button>
      <button type="button" onClick={() => setNeedRefresh(false)}>
        Later
      </button>
    </div>
  );
}
