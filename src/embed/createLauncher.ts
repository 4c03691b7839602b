// The floating launcher (#4): a real button named by the title. The panel
// sets aria-controls and keeps aria-expanded true to its state once it exists.
import type { HostParts } from './createHost'

export function createLauncher({ host, root }: HostParts, title: string): HTMLButtonElement {
  host.setAttribute('data-floating', '')
  const launcher = document.createElement('button')
  launcher.className = 'launcher'
  launcher.setAttribute('aria-expanded', 'false')
  launcher.append(title)
  root.append(launcher)
  return launcher
}
