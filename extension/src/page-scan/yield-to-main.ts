/** Gives the main loop a turn: scheduler.yield() resumes ahead of other queued tasks (Chromium 129+). */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as {scheduler?: {yield?: () => Promise<void>}})
    .scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // The portable fallback.
  return new Promise((resolve) => setTimeout(resolve, 0));
}
