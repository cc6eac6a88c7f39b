/** The dashboard's stylesheet: inline, no external assets (the sandbox runs offline). */
export const DASHBOARD_CSS = `
:root{color-scheme:light dark;--fg:#1b1f24;--bg:#fff;--muted:#57606a;--line:#d0d7de;--ok:#1a7f37;--warn:#9a6700;--bad:#cf222e;--panel:#f6f8fa}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--bg:#0d1117;--muted:#9198a1;--line:#3d444d;--ok:#3fb950;--warn:#d29922;--bad:#f85149;--panel:#161b22}}
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,sans-serif;color:var(--fg);background:var(--bg)}
header,main{padding:0 1.25rem}header{border-bottom:1px solid var(--line);display:flex;flex-wrap:wrap;gap:1rem;align-items:center}
h1{font-size:1.25rem;margin:.75rem 0}h2{font-size:1.05rem;margin:1.5rem 0 .5rem}h4{margin:.5rem 0 .25rem}
nav ul{display:flex;flex-wrap:wrap;gap:.75rem;list-style:none;margin:0;padding:0}
a{color:inherit}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid #0969da;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.25rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
section{border-top:1px solid var(--line);padding-bottom:.5rem}
.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;margin:.25rem 0 1rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:var(--panel)}.num{text-align:right;font-variant-numeric:tabular-nums}
code,pre{font:12px/1.4 ui-monospace,monospace}pre{background:var(--panel);padding:.5rem;overflow:auto;max-width:70ch;max-height:24rem}
.badge{display:inline-block;padding:0 .45rem;border-radius:1rem;border:1px solid currentColor;font-size:12px}
.ok{color:var(--ok)}.warn{color:var(--warn)}.bad{color:var(--bad)}.neutral{color:var(--muted)}
.hint,.empty{color:var(--muted)}.inline{display:inline-flex;gap:.35rem;align-items:center;margin:0 .35rem .35rem 0}
.facts{display:flex;flex-wrap:wrap;gap:.5rem 2rem}.facts dt{color:var(--muted);font-size:12px}.facts dd{margin:0}
button,input,select{font:inherit;padding:.15rem .5rem}
`;

/**
 * The dashboard's script: optional auto-refresh that re-renders the sections in place (open details
 * stay open). The page works without it.
 */
export const DASHBOARD_SCRIPT = `
(() => {
  const box = document.getElementById('auto-refresh');
  const status = document.getElementById('refresh-status');
  if (!box) return;
  box.checked = localStorage.getItem('epay-sandbox-refresh') !== 'off';
  box.addEventListener('change', () => localStorage.setItem('epay-sandbox-refresh', box.checked ? 'on' : 'off'));
  const refresh = async () => {
    if (!box.checked || document.activeElement?.closest('main form')) return;
    try {
      const res = await fetch(location.href, { headers: { accept: 'text/html' } });
      if (!res.ok) throw new Error(String(res.status));
      const next = new DOMParser().parseFromString(await res.text(), 'text/html').querySelector('main');
      const main = document.querySelector('main');
      if (!next || !main) return;
      const open = [...main.querySelectorAll('details[open]')].map((d) => d.id);
      main.replaceWith(next);
      for (const id of open) document.getElementById(id)?.setAttribute('open', '');
      status.textContent = 'Updated ' + new Date().toLocaleTimeString();
    } catch (error) {
      status.textContent = 'Refresh failed: ' + error.message;
    }
  };
  setInterval(refresh, 3000);
})();
`;
