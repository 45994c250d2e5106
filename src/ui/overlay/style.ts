/** The overlay's own styles; `all: initial` keeps the page's CSS out of the shadow root. */
export const OVERLAY_STYLE = `
  :host { all: initial; position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483646; }
  * { box-sizing: border-box; font-family: system-ui, sans-serif; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  button { font: 600 12px/1.2 system-ui, sans-serif; cursor: pointer; border-radius: 6px; border: 1px solid #475569; background: #fff; color: #0f172a; padding: 4px 8px; }
  button:focus-visible, textarea:focus-visible, [tabindex]:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
  button[disabled] { opacity: 0.5; cursor: not-allowed; }
  .badge { position: fixed; display: flex; gap: 4px; align-items: center; border-radius: 12px; padding: 3px 6px;
    background: #0b5d3b; color: #fff; border: 0; box-shadow: 0 1px 3px rgb(0 0 0 / 0.3); }
  .count { border-radius: 8px; padding: 1px 5px; font-weight: 700; }
  .sev-block { background: #b91c1c; color: #fff; }
  .sev-warn { background: #fbbf24; color: #1f2937; }
  .sev-info { background: #dbeafe; color: #1e3a8a; }
  .panel { position: fixed; width: min(360px, 100vw - 16px); max-height: 60vh; overflow: auto; background: #fff; color: #0f172a;
    border: 1px solid #cbd5e1; border-radius: 10px; box-shadow: 0 8px 24px rgb(0 0 0 / 0.2); padding: 12px; font-size: 13px; line-height: 1.4; }
  .panel h2 { font-size: 15px; margin: 0 0 8px; }
  .reply-list { list-style: none; padding: 0; margin: 8px 0 0; }
  .reply-list li { padding: 4px 6px; border-radius: 6px; cursor: pointer; }
  .reply-list [aria-selected="true"] { outline: 2px solid #0b5d3b; }
  .reply-search { width: 100%; box-sizing: border-box; font: inherit; }
  .panel h3 { font-size: 13px; margin: 12px 0 4px; }
  .panel ul { list-style: none; margin: 0; padding: 0; }
  .finding { border-left: 4px solid #94a3b8; padding: 4px 8px; margin: 6px 0; }
  .finding.block { border-left-color: #b91c1c; }
  .finding.warn { border-left-color: #d97706; }
  .finding.info { border-left-color: #2563eb; }
  .finding p { margin: 2px 0; }
  .tag { display: inline-block; font-size: 11px; font-weight: 700; border-radius: 4px; padding: 0 4px; margin-right: 4px; }
  .rule { font-family: ui-monospace, monospace; font-size: 11px; color: #475569; }
  .quote { font-style: italic; overflow-wrap: anywhere; }
  .title { display: flex; align-items: baseline; gap: 4px; }
  button.primary { background: #0b5d3b; border-color: #0b5d3b; color: #fff; }
  .why summary { cursor: pointer; font-size: 12px; color: #475569; margin-top: 2px; }
  .why p { font-size: 12px; color: #334155; }
  .actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 4px; }
  .close { position: absolute; top: 8px; right: 8px; }
  .meter { display: grid; grid-template-columns: 90px 1fr 40px; gap: 6px; align-items: center; margin: 2px 0; }
  .bar { height: 8px; background: #e2e8f0; border-radius: 4px; overflow: hidden; }
  .fill { height: 100%; background: #0b5d3b; }
  .principles { display: flex; flex-wrap: wrap; gap: 4px; }
  .principle { font-size: 11px; border: 1px solid #94a3b8; border-radius: 10px; padding: 0 6px; }
  .principle.covered { background: #dcfce7; border-color: #15803d; }
  .box { position: fixed; pointer-events: none; border-bottom: 2px solid; }
  .box.block { background: rgb(220 38 38 / 0.25); border-color: #b91c1c; }
  .box.warn { border-color: #d97706; border-bottom-style: dashed; }
  .box.info { border-color: #2563eb; border-bottom-style: dotted; }
  .mirror { position: absolute; left: 0; top: 0; margin: 0; height: auto; visibility: hidden; pointer-events: none;
    overflow: hidden; white-space: pre-wrap; border-style: solid; border-color: transparent; }
  dialog { max-width: 480px; border: 1px solid #cbd5e1; border-radius: 10px; padding: 16px; color: #0f172a; background: #fff; font-size: 14px; }
  dialog::backdrop { background: rgb(15 23 42 / 0.4); }
  dialog h2 { font-size: 16px; margin: 0 0 8px; }
  dialog textarea { width: 100%; min-height: 64px; font: 14px/1.4 system-ui, sans-serif; }
  .notice { position: fixed; max-width: 320px; background: #fef3c7; color: #78350f; border: 1px solid #d97706; border-radius: 8px; padding: 8px; font-size: 13px; }
`;
