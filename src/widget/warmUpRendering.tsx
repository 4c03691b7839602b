// Renders one answer card off the page while the browser is idle (#4), so
// the first real answer does not also pay for compiling the panel's
// rendering: on a slow machine that made it a long task.
import { render } from 'preact'
import type { CompiledCorpus } from '../corpus/schema'
import type { ChatModel } from './createChatModel'
import { MessageView } from './MessageView'
import type { Strings } from './strings'

export function warmUpRendering(corpus: Promise<CompiledCorpus>, model: ChatModel, strings: Strings, whenIdle: (task: () => void) => void): void {
  corpus.then(
    (c) =>
      whenIdle(() => {
        const entry = c.entries[0]
        if (!entry) return
        const scratch = document.createElement('div')
        render(<MessageView message={{ kind: 'answer', id: 0, entry }} model={model} strings={strings} />, scratch)
        render(null, scratch)
      }),
    // A corpus that failed is reported by the chat model.
    () => {},
  )
}
