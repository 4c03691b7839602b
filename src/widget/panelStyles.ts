// The panel's styles (#4), adopted into the shadow root beside the host's.
// Colours are --faq-* custom properties a page may override on faq-widget;
// dark mode and reduced motion follow the visitor's settings; under 640 px
// the open panel fills the visual viewport (see trackViewport). Opening
// slides, never fades, so text is at full contrast from the first frame.
export const panelStyles = `
:host{--faq-bg:#fff;--faq-fg:#1d232b;--faq-muted:#4d5866;--faq-line:#cfd6df;--faq-soft:#f2f5f9;--faq-link:var(--faq-accent-ink);--faq-focus:#0b5cab;--faq-urgent:#b0151c;--faq-urgent-bg:#fff1f0;--faq-on-urgent:#fff}
@media (prefers-color-scheme:dark){:host{--faq-bg:#16191d;--faq-fg:#eef1f4;--faq-muted:#b7c0cb;--faq-line:#3b434d;--faq-soft:#22272e;--faq-link:#9ccbff;--faq-focus:#9ccbff;--faq-urgent:#ff9d97;--faq-urgent-bg:#3b1614;--faq-on-urgent:#1a0505}}
*{box-sizing:border-box}
.panel{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--faq-fg)}
.launcher{padding-left:18px;cursor:pointer}
.launcher:before{content:"";flex:none;width:20px;height:16px;border-radius:5px 5px 5px 0;background:currentColor}
.launcher:hover{filter:brightness(1.1)}
[hidden]{display:none!important}
.panel{width:384px;max-width:calc(100vw - 2*var(--faq-offset));height:min(620px,calc(100vh - 2*var(--faq-offset) - 64px));display:flex}
:host(:not([data-floating])) .panel{width:100%;max-width:none;height:600px}
.dialog{display:flex;flex-direction:column;width:100%;height:100%;min-height:0;background:var(--faq-bg);color:var(--faq-fg);border:1px solid var(--faq-line);border-radius:16px;box-shadow:0 12px 40px #0005;overflow:hidden}
:host(:not([data-floating])) .dialog{box-shadow:none}
.head{display:flex;align-items:center;gap:8px;min-height:64px;padding:10px 8px 10px 18px;background:var(--faq-accent);color:var(--faq-on-accent)}
h2{flex:1;margin:0;font-size:18px;line-height:1.3;font-weight:700}
h3{margin:0 0 8px;font-size:16px;line-height:1.35;font-weight:700}
h4{margin:12px 0 4px;font-size:14px;font-weight:700}
p{margin:0 0 8px}
p:last-child{margin-bottom:0}
ul{margin:0;padding:0;list-style:none}
button,input,summary{font:inherit;color:inherit}
button{cursor:pointer}
svg{fill:currentColor}
a{color:var(--faq-link);text-decoration:underline;text-underline-offset:2px}
:focus-visible{outline:3px solid var(--faq-focus);outline-offset:2px}
.head :focus-visible{outline-color:var(--faq-on-accent)}
.icon-button,.send{display:grid;place-items:center;flex:none;width:44px;height:44px;padding:0;border:0;border-radius:22px;background:none;color:inherit}
.icon-button:hover{background:#ffffff26}
.log{position:relative;flex:1;min-height:0;overflow-y:auto;overscroll-behavior:contain;padding:16px;display:flex;flex-direction:column;gap:12px;background:var(--faq-bg)}
.log>.hint{margin:auto 0}
.msg{max-width:100%;overflow-wrap:anywhere}
.question{align-self:flex-end;max-width:85%;padding:8px 14px;border-radius:18px 18px 4px 18px;background:var(--faq-accent);color:var(--faq-on-accent);white-space:pre-wrap}
.reply{align-self:flex-start;padding:10px 14px;border-radius:18px 18px 18px 4px;background:var(--faq-soft)}
.msg.reply{max-width:85%}
.greeting{display:flex;flex-direction:column;gap:8px}
.greeting .reply{margin:0}
.hint{color:var(--faq-muted);font-size:14px}
.card{padding:14px 16px;border:1px solid var(--faq-line);border-radius:12px;background:var(--faq-soft)}
.source{font-size:14px}
.related li{margin:4px 0}
.disclaimer{margin-top:12px;padding-top:10px;border-top:1px solid var(--faq-line);font-size:14px;color:var(--faq-muted)}
summary{display:inline-flex;align-items:center;min-height:32px;color:var(--faq-link);text-decoration:underline;cursor:pointer}
details p{margin-top:6px}
.choices{display:flex;flex-direction:column;align-items:flex-start;gap:8px}
.chip{min-height:40px;padding:8px 14px;border:1px solid var(--faq-link);border-radius:20px;background:var(--faq-bg);color:var(--faq-link);text-align:start;line-height:1.35}
.chip:hover{background:var(--faq-soft)}
.feedback{display:flex;flex-wrap:wrap;align-items:center;gap:8px;margin-top:12px;font-size:14px}
.feedback .chip{min-height:32px;min-width:56px;padding:4px 12px;text-align:center}
.actions{display:flex;flex-wrap:wrap;gap:8px;margin-top:12px}
.cta{display:inline-flex;align-items:center;min-height:44px;padding:8px 16px;border-radius:10px;background:var(--faq-accent);color:var(--faq-on-accent);font-weight:600;text-decoration:none}
.urgent{border:3px solid var(--faq-urgent);background:var(--faq-urgent-bg)}
.urgent-tag{display:flex;align-items:center;gap:6px;color:var(--faq-urgent);font-weight:800;text-transform:uppercase;letter-spacing:.04em}
.urgent .cta{background:var(--faq-urgent);color:var(--faq-on-urgent)}
.composer{display:flex;gap:8px;padding:12px;border-top:1px solid var(--faq-line);background:var(--faq-bg)}
input{flex:1;min-width:0;height:44px;padding:0 14px;border:1px solid var(--faq-muted);border-radius:22px;background:var(--faq-bg);font-size:16px}
input::placeholder{color:var(--faq-muted);opacity:1}
.send{background:var(--faq-accent);color:var(--faq-on-accent)}
.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
@media (prefers-reduced-motion:no-preference){.dialog{animation:faq-in .18s ease-out}}
@keyframes faq-in{from{transform:translateY(12px)}}
@media (max-width:639px){
:host([data-floating][data-open]){inset:var(--faq-vt,0px) 0 auto 0!important;height:var(--faq-vh,100dvh)!important}
:host([data-floating][data-open]) .root{height:100%;gap:0}
:host([data-floating][data-open]) .launcher{display:none}
:host([data-floating]) .panel{width:100%;max-width:none;height:100%}
:host([data-floating]) .dialog{border:0;border-radius:0}
}
`
