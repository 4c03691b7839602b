// The loader's one console message (#4); every other message is the panel's
// (src/widget/widgetMessages.ts), so pages do not pay for them up front.
export const embedMessages = {
  panelFailed: (src: string) => `[faq-widget] cannot load ${src}: keep it beside faq-widget.js, allowed by script-src.`,
}
