// Entry of dist/faq-panel.js (#4), an ES module the loader imports on intent or idle.
export { mountPanel } from './mountPanel'
