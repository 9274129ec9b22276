'use client';

// The outcome of a change (cancelled, moved) has to outlive the card it came from: after
// router.refresh() a cancelled visit leaves the list. So the message lives above the list.
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

const FlashContext = createContext<{ message: string; show: (message: string) => void }>({ message: '', show: () => {} });

export function FlashProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  return <FlashContext value={{ message, show: setMessage }}>{children}</FlashContext>;
}

export function useFlash(): (message: string) => void {
  return useContext(FlashContext).show;
}

/** Where the message shows. Focused when it changes, since the control that caused it may be gone. */
export function FlashMessage() {
  const { message } = useContext(FlashContext);
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  return (
    <div role="status" aria-live="polite">
      {message && (
        <p ref={ref} tabIndex={-1} className="notice notice-success">
          {message}
        </p>
      )}
    </div>
  );
}
