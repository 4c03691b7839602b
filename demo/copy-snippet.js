// Copies the inline-mode snippet on the demo's FAQ page. A file of its own so
// the demo runs under a strict Content-Security-Policy (no inline script).
const button = document.getElementById('copy-snippet')
const status = document.getElementById('copy-status')
button.addEventListener('click', async () => {
  const text = document.getElementById(button.dataset.target).textContent
  try {
    await navigator.clipboard.writeText(text)
    status.textContent = 'Copied.'
  } catch {
    status.textContent = 'Select the snippet and copy it with Ctrl+C (or Cmd+C).'
  }
})
