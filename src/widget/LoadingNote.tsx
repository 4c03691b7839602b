// Shown only until the corpus answers or times out (#4): never a spinner
// that can spin forever.
export function LoadingNote({ text }: { text: string }) {
  return (
    <div class="log">
      <p class="hint" role="status">
        {text}
      </p>
    </div>
  )
}
