// Runs a task when the browser is idle (#4); Safari has no
// requestIdleCallback, so there it runs soon instead.
export function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in globalThis) requestIdleCallback(task, { timeout: 4000 })
  else setTimeout(task, 2000)
}
