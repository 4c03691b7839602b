// Attack strings for the XSS tests (#5), written for this project. Each one,
// if the widget ever executed it, sets `window.__pwned` or opens a dialog;
// if it ever became markup, it would add an element or attribute the widget
// does not use. The tests type them as questions and plant them in a
// corpus's questions, answers, link titles and hrefs.

/** Markup and text payloads: shown where the widget shows text. */
export const xssPayloads: readonly string[] = Object.freeze([
  // Plain script elements, in several spellings.
  '<script>window.__pwned=1</script>',
  '<SCRIPT>alert(1)</SCRIPT>',
  '<ScRiPt >window.__pwned=1</ScRiPt >',
  '<script src="data:text/javascript,window.__pwned=1"></script>',
  '<script>/*</script><script>*/window.__pwned=1</script>',
  // Event-handler attributes.
  '<img src=x onerror="window.__pwned=1">',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC=x OnErRoR=window.__pwned=1>',
  '<img/src=x/onerror=window.__pwned=1>',
  '<img src=x onerror\n=window.__pwned=1>',
  '<img src=x onerror=&#119;indow.__pwned=1>',
  '<img src=x onerror=eval(atob(\'d2luZG93Ll9fcHduZWQ9MQ==\'))>',
  '<img src=x onerror="window[\'__pw\'+\'ned\']=1">',
  '<body onload=window.__pwned=1>',
  '<details open ontoggle=window.__pwned=1>',
  '<input autofocus onfocus=window.__pwned=1>',
  '<select autofocus onfocus=window.__pwned=1></select>',
  '<x contenteditable autofocus onfocus=window.__pwned=1>x</x>',
  '<video><source onerror=window.__pwned=1></video>',
  '<audio src=x onerror=window.__pwned=1>',
  '<marquee onstart=window.__pwned=1>scroll</marquee>',
  '<div onmouseover=window.__pwned=1 style="position:fixed;inset:0">hover me</div>',
  '<p onclick=window.__pwned=1>click me</p>',
  // SVG and MathML.
  '<svg onload=window.__pwned=1>',
  '<svg><script>window.__pwned=1</script></svg>',
  '<svg><animate onbegin=window.__pwned=1 attributeName=x dur=1s>',
  '<svg><a xlink:href="javascript:window.__pwned=1"><text x=20 y=20>open</text></a></svg>',
  '<svg><foreignObject><img src=x onerror=window.__pwned=1></foreignObject></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  // Frames, objects and other elements that load code.
  '<iframe src="javascript:parent.__pwned=1"></iframe>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<object data="javascript:window.__pwned=1"></object>',
  '<embed src="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0xPC9zY3JpcHQ+">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">',
  '<base href="javascript:window.__pwned=1//">',
  '<link rel=stylesheet href="javascript:window.__pwned=1">',
  '<style>@import "javascript:window.__pwned=1";</style>',
  // Links and forms with script URLs.
  '<a href="javascript:window.__pwned=1">read more</a>',
  '<a href="JaVaScRiPt:alert(1)">read more</a>',
  '<a href="&#106;avascript:alert(1)">read more</a>',
  '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">read more</a>',
  '<a href="jav&#x09;ascript:alert(1)">read more</a>',
  '<a href=" \u0001javascript:window.__pwned=1">read more</a>',
  '<a href="vbscript:msgbox(1)">read more</a>',
  '<form action="javascript:window.__pwned=1"><button>go</button></form>',
  '<button formaction="javascript:window.__pwned=1">go</button>',
  // Breaking out of an attribute or a surrounding element.
  '"><script>window.__pwned=1</script>',
  '\'><img src=x onerror=window.__pwned=1>',
  '</textarea><script>window.__pwned=1</script>',
  '</title><script>window.__pwned=1</script>',
  '</p></div><img src=x onerror=window.__pwned=1>',
  // Broken and nested markup that fools naive filters.
  '<scr<script>ipt>window.__pwned=1</scr</script>ipt>',
  '<<script>script>window.__pwned=1<</script>/script>',
  '<img src=x onerror=window.__pwned=1//',
  '<img """><script>window.__pwned=1</script>">',
  '<!--<img src="--><img src=x onerror=window.__pwned=1//">',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>">',
  '<template><img src=x onerror=window.__pwned=1></template>',
  '<scr\u0000ipt>window.__pwned=1</scr\u0000ipt>',
  '\u202e<img src=x onerror=window.__pwned=1>',
  // Entity and encoding tricks: harmful only if something decodes twice.
  '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
  '&#60;img src=x onerror=window.__pwned=1&#62;',
  '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '\\u003cimg src=x onerror=window.__pwned=1\\u003e',
  '\uff1cscript\uff1ewindow.__pwned=1\uff1c/script\uff1e',
  // Template injection: harmful only if text is evaluated as a template.
  '{{constructor.constructor(\'window.__pwned=1\')()}}',
  '${window.__pwned=1}',
  '<%= window.__pwned=1 %>',
  '#{window.__pwned=1}',
  'javascript:window.__pwned=1',
])

/** URLs that must never become a link's href. */
export const unsafeHrefs: readonly string[] = Object.freeze([
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  '\n\njavascript:alert(1)',
  '\u0000javascript:window.__pwned=1',
  '\u0019javascript:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'java\nscript:window.__pwned=1',
  'java\rscript:window.__pwned=1',
  'javascript:%77indow.__pwned=1',
  'javascript://%0awindow.__pwned=1',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0xPC9zY3JpcHQ+',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'blob:http://127.0.0.1/00000000-0000-0000-0000-000000000000',
  'file:///etc/passwd',
])

/** Schemes a rendered link may use. */
export const safeLinkProtocols: readonly string[] = Object.freeze(['http:', 'https:', 'mailto:', 'tel:'])
