// The conversation as a live log, so screen readers announce each answer;
// a new exchange scrolls to its question so a long answer is read from the top (#4).
import { useLayoutEffect, useRef } from 'preact/hooks'
import type { ChatModel } from './createChatModel'
import { Greeting } from './Greeting'
import { MessageView } from './MessageView'
import type { Strings } from './strings'

export function MessageList({ model, strings, label }: { model: ChatModel; strings: Strings; label: string }) {
  const log = useRef<HTMLDivElement>(null)
  const messages = model.messages.value
  const greeting = model.greeting.value
  useLayoutEffect(() => {
    const questions = log.current?.querySelectorAll<HTMLElement>('.question')
    const last = questions?.[questions.length - 1]
    if (last && log.current) log.current.scrollTop = last.offsetTop - 12
  }, [messages.length])
  return (
    <div class="log" role="log" aria-label={label} tabIndex={0} ref={log}>
      {greeting && <Greeting text={greeting.text} starters={greeting.starters} strings={strings} onChoose={model.choose} />}
      {messages.map((m) => (
        <MessageView key={m.id} message={m} model={model} strings={strings} />
      ))}
    </div>
  )
}
