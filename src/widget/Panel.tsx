// The panel: a dialog (or a region, inline) labelled by its heading, with a
// close button, the body the model's `screen` picks, and the composer (#4).
import { useLayoutEffect, useRef } from 'preact/hooks'
import type { ChatModel } from './createChatModel'
import { Composer } from './Composer'
import { Icon } from './Icon'
import { keepFocusInside } from './keepFocusInside'
import { LoadingNote } from './LoadingNote'
import { MessageList } from './MessageList'
import type { Strings } from './strings'
import { UnavailableCard } from './UnavailableCard'
import { widgetConfig } from './widgetConfig'

export interface PanelProps {
  model: ChatModel
  strings: Strings
  title: string
  inline: boolean
  onClose: () => void
}

export function Panel({ model, strings, title, inline, onClose }: PanelProps) {
  const screen = model.screen.value
  const follow = (href: string) => model.linkFollowed(href)
  const dialog = useRef<HTMLDivElement>(null)
  const close = useRef<HTMLButtonElement>(null)
  // When the corpus fails while the visitor is in the question field, the
  // field goes away; keep keyboard focus in the dialog rather than the page.
  useLayoutEffect(() => {
    const root = dialog.current?.getRootNode() as ShadowRoot | undefined
    if (screen === 'unavailable' && root && !root.activeElement) close.current?.focus()
  }, [screen])
  return (
    <div
      ref={dialog}
      class="dialog"
      lang={strings.lang}
      role={inline ? 'region' : 'dialog'}
      aria-labelledby="faq-title"
      onKeyDown={(e) => {
        if (inline) return
        if (e.key === 'Escape') {
          e.stopPropagation()
          onClose()
        } else if (e.key === 'Tab' && matchMedia(widgetConfig.fullScreenQuery).matches) {
          keepFocusInside(e, e.currentTarget as HTMLElement)
        }
      }}
    >
      <div class="head">
        <h2 id="faq-title">{title}</h2>
        {!inline && (
          <button ref={close} type="button" class="icon-button" aria-label={strings.close} onClick={onClose}>
            <Icon name="close" />
          </button>
        )}
      </div>
      {screen === 'chat' ? (
        <MessageList model={model} strings={strings} label={title} />
      ) : screen === 'loading' ? (
        <LoadingNote text={strings.loading} />
      ) : (
        <UnavailableCard actions={model.contactActions.value} strings={strings} onFollow={follow} />
      )}
      {screen !== 'unavailable' && <Composer strings={strings} onAsk={model.ask} />}
    </div>
  )
}
