// The panel: a dialog (or a region, inline) labelled by its heading, with a
// close button, the body the model's `screen` picks, and the composer (#4).
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
  return (
    <div
      class="dialog"
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
          <button type="button" class="icon-button" aria-label={strings.close} onClick={onClose}>
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
