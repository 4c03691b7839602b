// The floating launcher (#4): a real button named by the title, controlling
// the panel (#faq-panel, created when the panel loads), which keeps
// aria-expanded true to its state.
import type { HostParts } from './createHost'

export function createLauncher({ host, root }: HostParts, title: string): HTMLButtonElement {
  host.setAttribute('data-floating', '')
  const launcher = document.createElement('button')
  launcher.className = 'launcher'
  launcher.setAttribute('aria-expanded', 'false')
  launcher.setAttribute('aria-controls', 'faq-panel')
  launcher.append(title)
  root.append(launcher)
  return launcher
}
