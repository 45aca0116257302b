import { useEffect, useState } from 'react';

/**
 * The current time, renewed every `intervalMs` while the component is shown (for countdowns).
 * @param intervalMs - how often, in milliseconds (default 1 s)
 * @returns the current time in milliseconds since the epoch
 */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
