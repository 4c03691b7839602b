// A hello, thanks or bye answered with the clinic's own copy (#4).
export function SmalltalkBubble({ text }: { text: string }) {
  return (
    <div class="msg reply">
      <p dir="auto">{text}</p>
    </div>
  )
}
