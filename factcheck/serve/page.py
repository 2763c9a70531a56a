"""The editor's page: a draft on the left, the same highlighted view as the HTML report on the
right, updated as the editor types.

The page's style and script are served from the app itself (``/desk.css``, ``/desk.js``), so
its Content-Security-Policy allows no inline script at all: even a finding's HTML that
escaped wrongly could not run.
"""

from __future__ import annotations

import html

from factcheck.report.html import CSS as REPORT_CSS
from factcheck.report.html import JS as REPORT_JS

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
"""The policy of every page the server sends: nothing inline, nothing from elsewhere."""

CSS = (
    REPORT_CSS
    + """
.desk{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,3fr);gap:1rem;padding:1rem 1.5rem}
@media (max-width:900px){.desk{grid-template-columns:1fr}}
#draft{width:100%;box-sizing:border-box;min-height:75vh;font:1rem/1.6 Georgia,serif;padding:.8rem;
border:1px solid var(--line);border-radius:4px;resize:vertical}
#draft.dragging{outline:3px dashed #3b5bdb}
.controls{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;margin-top:.4rem}
#status{min-height:1.4em;margin:.3rem 0}#status.error{color:var(--err);font-weight:bold}
#view .view{grid-template-columns:1fr}#view .text{max-height:45vh}
.comment{width:100%;font-family:ui-monospace,monospace}
button{font:inherit;padding:.2rem .6rem;cursor:pointer}
.rulepage{max-width:50rem;margin:auto;padding:1rem}.rulepage td{padding:.2rem .5rem}
"""
)

JS = (
    REPORT_JS
    + r"""
(function(){
  var draft = document.getElementById('draft');
  var view = document.getElementById('view');
  var status = document.getElementById('status');
  var election = document.getElementById('election');
  var picker = document.getElementById('file');
  var path = 'draft.md', timer = null, seq = 0, checked = null;

  function say(text, error){
    status.textContent = text; status.classList.toggle('error', !!error);
  }
  function schedule(){ clearTimeout(timer); timer = setTimeout(run, 350); }

  async function run(){
    clearTimeout(timer);
    var text = draft.value, mine = ++seq;
    if (!text.trim()){ view.replaceChildren(); checked = text; say(''); return; }
    say('Checking…');
    var body = JSON.stringify({text: text, path: path, election: election.value || null,
                               options: {view: true}});
    var res;
    try {
      res = await fetch('/api/check', {method: 'POST', body: body,
                                        headers: {'Content-Type': 'application/json'}});
    } catch (e) { if (mine === seq) say('The server cannot be reached.', true); return; }
    if (mine !== seq) return;
    var data = await res.json().catch(function(){ return {error: res.statusText}; });
    if (mine !== seq) return;
    if (!res.ok){ view.replaceChildren(); checked = null; say(data.error, true); return; }
    var open = Array.from(view.querySelectorAll('details.card[open]')).map(function(d){
      return d.dataset.key; });
    var texts = view.querySelector('.text'), top = texts ? texts.scrollTop : 0;
    var cards = view.querySelector('.cards'), ctop = cards ? cards.scrollTop : 0;
    view.innerHTML = data.view;
    open.forEach(function(key){
      view.querySelectorAll('details.card').forEach(function(d){
        if (d.dataset.key === key) d.open = true; });
    });
    texts = view.querySelector('.text'); if (texts) texts.scrollTop = top;
    cards = view.querySelector('.cards'); if (cards) cards.scrollTop = ctop;
    checked = text;
    say(data.summary);
  }

  function paragraphStart(text, at){
    var m, start = 0, re = /\n[ \t]*\r?\n/g;
    while ((m = re.exec(text)) && m.index + m[0].length <= at) start = m.index + m[0].length;
    return start;
  }
  function stale(what){
    if (draft.value === checked) return false;
    say('The draft changed: wait for the check, then ' + what + '.', true);
    return true;
  }
  function cleanReason(reason){
    return reason.replace(/[\r\n]+/g, ' ').replace(/--+>?/g, '–').trim();
  }

  view.addEventListener('click', function(ev){
    var b = ev.target.closest('button'); if (!b) return;
    var card = b.closest('details.card');
    if (b.classList.contains('apply')){
      if (stale('apply')) return;
      draft.setRangeText(b.dataset.replacement, +b.dataset.start, +b.dataset.end, 'preserve');
      run();
    } else if (b.classList.contains('correct')){
      card.querySelector('.mark-form').hidden = false;
      card.querySelector('.reason').focus();
    } else if (b.classList.contains('make')){
      var reason = cleanReason(card.querySelector('.reason').value);
      if (!reason){
        say('Give a reason: a suppression without one silences nothing.', true); return;
      }
      var out = card.querySelector('.comment');
      out.value = '<!-- factcheck-ignore ' + b.dataset.rule + ': ' + reason + ' -->';
      card.querySelector('.made').hidden = false;
      out.select();
    } else if (b.classList.contains('insert')){
      if (stale('insert')) return;
      var at = paragraphStart(draft.value, +b.dataset.start);
      draft.setRangeText(card.querySelector('.comment').value + '\n', at, at, 'preserve');
      run();
    }
  });

  function load(file){
    var name = file.name.toLowerCase();
    path = /\.html?$/.test(name) ? 'draft.html' : /\.txt$/.test(name) ? 'draft.txt' : 'draft.md';
    file.text().then(function(t){ draft.value = t; run(); });
  }
  draft.addEventListener('input', schedule);
  election.addEventListener('change', run);
  picker.addEventListener('change', function(){ if (picker.files[0]) load(picker.files[0]); });
  draft.addEventListener('dragover', function(ev){
    ev.preventDefault(); draft.classList.add('dragging');
  });
  draft.addEventListener('dragleave', function(){ draft.classList.remove('dragging'); });
  draft.addEventListener('drop', function(ev){
    ev.preventDefault(); draft.classList.remove('dragging');
    if (ev.dataTransfer.files[0]) load(ev.dataTransfer.files[0]);
  });
  if (draft.value.trim()) run();
})();
"""
)


def editor_page(elections: list[str], chosen: str | None) -> str:
    """The page, with the election list and the configured election chosen."""
    options = ['<option value="">no official results</option>'] + [
        f'<option value="{html.escape(e)}"{" selected" if e == chosen else ""}>'
        f"{html.escape(e)}</option>"
        for e in elections
    ]
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<title>factcheck: check a draft</title><link rel="stylesheet" href="/desk.css">'
        '</head><body><header class="top"><h1>Check a draft</h1>'
        "<p>Paste or type the story, or drop a .txt, .md or .html file on it. Every figure "
        "factcheck doubts is highlighted; open its card for the arithmetic.</p>"
        '<div class="controls"><label>Election <select id="election">'
        f"{''.join(options)}</select></label>"
        '<label>Open a file <input type="file" id="file" accept=".txt,.md,.markdown,.html,.htm">'
        "</label></div></header>"
        '<main class="desk"><div><label for="draft" class="visually-hidden">Draft</label>'
        '<textarea id="draft" spellcheck="true" placeholder="Paste the draft here"></textarea>'
        '<p id="status" role="status" aria-live="polite"></p></div>'
        '<div id="view" aria-label="Findings"></div></main>'
        '<script src="/desk.js"></script></body></html>\n'
    )
