// The longest time the event loop could not run a short timer while something ran: what every other request of a
// server would have waited. (perf_hooks' monitorEventLoopDelay histogram was seen to miss multi-second blocks here.)
import { performance } from 'node:perf_hooks';

export function watchEventLoop(intervalMs = 5) {
  let last = performance.now();
  let blocked = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    blocked = Math.max(blocked, now - last - intervalMs);
    last = now;
  }, intervalMs);
  return {
    /** Stops watching; the longest gap in milliseconds. */
    stop() {
      clearInterval(tick);
      return Math.max(0, blocked);
    },
  };
}
