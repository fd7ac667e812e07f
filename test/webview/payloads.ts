/**
 * XSS payloads for the preview tests: each would call `window.__xssHit()` (setting `window.__xss`) if it ran. Used
 * by xss.test.ts (the webview) and export.test.ts (the static HTML export).
 */

export const hit = 'window.__xssHit()';

/** Payloads in the Markdown text (each on its own paragraph or block). */
export const markdownPayloads: string[] = [
  `<script>${hit}</script>`,
  `<img src=x onerror="${hit}">`,
  `<svg onload="${hit}"></svg>`,
  `<svg><script>${hit}</script></svg>`,
  `[link](javascript:${hit})`,
  `[link](JaVaScRiPt:${hit})`,
  `[link](&#106;avascript:${hit})`,
  `[link](java\tscript:${hit})`,
  `![image](javascript:${hit})`,
  `<a href="javascript:${hit}">anchor</a>`,
  `<iframe src="javascript:${hit}"></iframe>`,
  `<iframe srcdoc="<script>parent.__xssHit()</script>"></iframe>`,
  `<details open ontoggle="${hit}"><summary>x</summary></details>`,
  `<body onload="${hit}">`,
  `[data](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3NIaXQoKTwvc2NyaXB0Pg==)`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${hit}">`,
  `<noscript><p title="</noscript><img src=x onerror=${hit}>">`,
  `<javascript:${hit}>`,
  `<input autofocus onfocus="${hit}">`,
  `# Heading <img src=x onerror="${hit}">`,
  `| a | b |\n|---|---|\n| <img src=x onerror="${hit}"> | [x](javascript:${hit}) |`,
  `[title](https://example.invalid "\\" onmouseover=\\"${hit}")`,
  `<object data="javascript:${hit}"></object>`,
  `<form action="javascript:${hit}"><button>go</button></form>`,
  `<style>img{}</style><img src=x onerror=${hit}>`,
  `<div style="background:url(javascript:${hit})">styled</div>`,
  `<a href="#" onclick="${hit}">click me</a>`,
  '```html\n<img src=x onerror="window.__xssHit()">\n```',
  `<!--><img src=x onerror=${hit}>-->`,
  `<![CDATA[<img src=x onerror=${hit}>]]>`,
];

const img = `<img src=x onerror=${hit}>`;

/** Mermaid sources with payloads in labels, notes, titles, directives and diagram front matter. */
export const mermaidPayloads: string[] = [
  `flowchart LR\n  A["${img}"] --> B`,
  `flowchart LR\n  A["<script>${hit}</script>"] --> B`,
  `flowchart LR\n  A[start] --> B\n  click A call __xssHit()`,
  `flowchart LR\n  A[start] --> B\n  click A href "javascript:${hit}"`,
  `%%{init: {"securityLevel": "loose"}}%%\nflowchart LR\n  A["${img}"] --> B\n  click A call __xssHit()`,
  `%%{init: {"dompurifyConfig": {"ADD_TAGS": ["script", "img"], "ADD_ATTR": ["onerror"]}}}%%\nflowchart LR\n  A["${img}"] --> B`,
  `---\nconfig:\n  securityLevel: loose\n  htmlLabels: true\n---\nflowchart LR\n  A["${img}"] --> B\n  click A call __xssHit()`,
  `flowchart LR\n  A["<a href='javascript:${hit}'>link</a>"] --> B`,
  `flowchart LR\n  A["<svg><svg onload=${hit}>"] --> B`,
  `flowchart LR\n  A["<iframe srcdoc='<script>parent.__xssHit()</script>'></iframe>"] --> B`,
  'flowchart LR\n  A["`**bold** <img src=x onerror=window.__xssHit()>`"] --> B',
  `flowchart LR\n  A -- "${img}" --> B`,
  `sequenceDiagram\n  Alice->>Bob: ${img}`,
  `sequenceDiagram\n  Note right of Alice: <script>${hit}</script>`,
  `sequenceDiagram\n  participant A as ${img}\n  A->>A: hi`,
  `stateDiagram-v2\n  s1: ${img}\n  [*] --> s1`,
  `classDiagram\n  class Ranker["${img}"]`,
  `gantt\n  title ${img}\n  section S\n  Task :a1, 2024-01-01, 3d`,
  `pie title ${img}\n  "a" : 1\n  "b" : 2`,
  `journey\n  title ${img}\n  section S\n    Step: 5: Me`,
  `mindmap\n  root((${img}))`,
  `%%{init: {"themeCSS": ".node rect { fill: url(javascript:${hit}) }"}}%%\nflowchart LR\n  A --> B`,
  `%%{init: {"fontFamily": "\\"><img src=x onerror=${hit}>"}}%%\nflowchart LR\n  A --> B`,
  `erDiagram\n  USER ||--o{ EVENT : "${img}"`,
  // Click callbacks and links, with and without a directive that tries to allow them.
  `flowchart LR\n  A[start] --> B\n  click A callback "tooltip"\n  click B "data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3NIaXQoKTwvc2NyaXB0Pg==" _blank`,
  `%%{init: {"securityLevel": "antiscript", "htmlLabels": true, "flowchart": {"htmlLabels": true}}}%%\nflowchart LR\n  A["${img}"] --> B\n  click A call __xssHit()`,
  `%%{initialize: {"securityLevel": "loose"}}%%\nsequenceDiagram\n  participant A\n  link A: Dashboard @ javascript:${hit}\n  A->>A: hi`,
  // <foreignObject> smuggled into a label.
  `flowchart LR\n  A["<foreignObject><iframe srcdoc='<script>parent.__xssHit()</script>'></iframe></foreignObject>"] --> B`,
  `flowchart LR\n  A["<svg><foreignObject><body onload=${hit}><img src=x onerror=${hit}></body></foreignObject></svg>"] --> B`,
  // CSS that would load something or reach out of the diagram.
  `flowchart LR\n  A --> B\n  classDef leak fill:url(/leak/classdef.png),stroke:#f00\n  class A leak`,
  `flowchart LR\n  A --> B\n  style A fill:url(/leak/style.png),stroke:#f00`,
  `flowchart LR\n  A --> B\n  classDef out fill:#f00;} @import url(/leak/import.css); body {display:none} .x {fill:#f00\n  class A out`,
  `%%{init: {"themeVariables": {"fontFamily": "x; background: url(/leak/theme.png)", "primaryColor": "url(/leak/primary.png)"}}}%%\nflowchart LR\n  A --> B`,
  `---\nconfig:\n  themeCSS: "@import url(/leak/front-matter.css); body { display: none }"\n  htmlLabels: true\n---\nflowchart LR\n  A --> B`,
  // data: URLs.
  `flowchart LR\n  A["<img src='data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0icGFyZW50Ll9feHNzSGl0KCkiLz4='>"] --> B`,
  `flowchart LR\n  A["<a href='data:text/html,<script>parent.__xssHit()</script>'>open</a>"] --> B`,
];

export function payloadDoc(): string {
  const lines = [
    '---',
    'mlsd: 1',
    `title: "</script><script>${hit}</script>"`,
    `author: "<img src=x onerror=${hit}>"`,
    '---',
    `# Payloads </script><script>${hit}</script>`,
    '',
    '## 1. Clarifying requirements',
    'The goal is a safe preview of untrusted docs.',
    '',
  ];
  for (const payload of markdownPayloads) lines.push(payload, '');
  for (const source of mermaidPayloads) lines.push('```mermaid', source, '```', '');
  return lines.join('\n');
}

/** Finds every executable leftover in the page's DOM (SVGs included). */
export const domAudit = `(() => {
  const problems = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) problems.push(el.localName + '[' + attr.name + ']');
      if (/^(href|src|xlink:href|action|formaction|data|srcdoc)$/i.test(attr.name) && /^\\s*(javascript|vbscript|data:text\\/html)/i.test(attr.value.replace(/[\\s\\u0000-\\u001f]/g, ''))) {
        problems.push(el.localName + '[' + attr.name + '=' + attr.value + ']');
      }
    }
  }
  const scripts = [...document.querySelectorAll('script')].filter((s) => !s.nonce && s.type !== 'application/json');
  for (const s of scripts) problems.push('script: ' + s.outerHTML.slice(0, 80));
  for (const el of document.querySelectorAll('iframe, object, embed, form, input, foreignObject script')) problems.push(el.localName);
  return problems;
})()`;
