// The question input (#4): labelled, 16 px so iOS does not zoom, capped in
// length, Enter sends. It is uncontrolled so typing or pasting re-renders nothing.
import { useRef } from 'preact/hooks'
import { Icon } from './Icon'
import type { Strings } from './strings'
import { widgetConfig } from './widgetConfig'

export function Composer({ strings, onAsk }: { strings: Strings; onAsk: (text: string) => void }) {
  const input = useRef<HTMLInputElement>(null)
  return (
    <form
      class="composer"
      onSubmit={(e) => {
        e.preventDefault()
        const field = input.current!
        onAsk(field.value)
        field.value = ''
      }}
    >
      <label class="sr" for="faq-input">
        {strings.inputLabel}
      </label>
      <input
        id="faq-input"
        ref={input}
        type="text"
        dir="auto"
        maxLength={widgetConfig.maxQuestionLength}
        placeholder={strings.placeholder}
        autoComplete="off"
        enterKeyHint="send"
      />
      <button type="submit" class="send" aria-label={strings.send}>
        <Icon name="send" />
      </button>
    </form>
  )
}
