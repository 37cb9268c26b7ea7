"use client";

import { useEffect, useRef } from "react";

/**
 * What a change did, at the top of the page it ended on (the action
 * redirects here with `?done=`). It takes focus, so that it is announced
 * after the page changed under the person's feet; without JavaScript it is
 * simply the first thing on the page.
 */
export function DoneNotice({ message }: { message: string }) {
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    notice.current?.focus();
  }, []);
  return (
    <div
      ref={notice}
      tabIndex={-1}
      role="status"
      className="mb-8 rounded-md border-l-4 border-green-700 bg-green-50 p-4 font-medium text-green-900 focus:outline-3 focus:outline-gold-400"
    >
      {message}
    </div>
  );
}
