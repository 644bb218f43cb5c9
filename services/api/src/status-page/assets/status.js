// The status page's only script: fetches the pipeline status and open failures, renders them,
// replays a failure on request. The API key (when the API needs one) stays in localStorage.
const $ = (selector) => document.querySelector(selector);
const REFRESH_MS = 10_000;
const BARS = '▁▂▃▄▅▆▇█';

function key() {
  return localStorage.getItem('newsflow-key') || '';
}

async function api(path, init = {}) {
  const headers = { accept: 'application/json', ...(init.headers || {}) };
  if (key()) headers.authorization = `Bearer ${key()}`;
  const response = await fetch(path, { ...init, headers });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(`${response.status} ${(body && (body.detail || body.title)) || ''}`);
  return body;
}

function cell(text, className) {
  const td = document.createElement('td');
  td.textContent = text === null || text === undefined ? '–' : String(text);
  if (className) td.className = className;
  return td;
}

function row(cells) {
  const tr = document.createElement('tr');
  for (const c of cells) tr.append(c instanceof Node ? c : cell(c));
  return tr;
}

function fill(selector, rows) {
  const body = $(`${selector} tbody`);
  body.replaceChildren(...rows);
}

function ago(iso) {
  if (!iso) return null;
  const minutes = Math.round((Date.now() - Date.parse(iso)) / 60_000);
  return minutes < 1
    ? 'just now'
    : minutes < 120
      ? `${minutes} min ago`
      : `${Math.round(minutes / 60)} h ago`;
}

function spark(values) {
  const max = Math.max(1, ...values);
  return values
    .map((v) => BARS[Math.min(BARS.length - 1, Math.round((v / max) * (BARS.length - 1)))])
    .join('');
}

function card(label, value, bad) {
  const div = document.createElement('div');
  div.className = `card${bad ? ' bad' : ''}`;
  const b = document.createElement('b');
  b.textContent = String(value);
  div.append(b, label);
  return div;
}

function renderStatus(status) {
  $('#generated').textContent = `updated ${new Date(status.generatedAt).toLocaleTimeString()}`;
  const lag = status.kafka.consumers.reduce((sum, c) => sum + (c.lag || 0), 0);
  const dlq = status.kafka.dlq.reduce((sum, d) => sum + (d.messages || 0), 0);
  $('#totals').replaceChildren(
    card('articles', status.articles),
    card('sources', status.sources.length),
    card('open failures', status.openFailures, status.openFailures > 0),
    card('consumer lag', status.kafka.available ? lag : 'n/a', !status.kafka.available),
    card('dead letters', status.kafka.available ? dlq : 'n/a', dlq > 0),
  );
  fill(
    '#sources',
    status.sources.map((s) =>
      row([
        s.name,
        s.enabled ? 'yes' : 'no',
        ago(s.lastCrawlAt),
        ago(s.lastNewArticleAt),
        cell(s.pagesFetched24h, 'num'),
        cell(s.newArticles24h, 'num'),
        cell(s.failures24h, 'num'),
        cell(s.errorRate24h === null ? null : `${(s.errorRate24h * 100).toFixed(1)} %`, 'num'),
      ]),
    ),
  );
  fill(
    '#throughput',
    status.throughput.series.map((s) =>
      row([
        s.name,
        cell(spark(s.perMinute), 'spark'),
        cell(
          s.perMinute.reduce((a, b) => a + b, 0),
          'num',
        ),
      ]),
    ),
  );
  fill('#lag', [
    ...status.kafka.consumers.map((c) => row([c.group, c.topic, cell(c.lag ?? c.error, 'num')])),
    ...status.kafka.dlq.map((d) => row(['dead letters', d.topic, cell(d.messages ?? d.error, 'num')])),
  ]);
  fill(
    '#queues',
    status.queues.map((q) =>
      row([
        q.name,
        cell(q.waiting, 'num'),
        cell(q.active, 'num'),
        cell(q.delayed, 'num'),
        cell(q.failed, 'num'),
      ]),
    ),
  );
  if (status.services.length === 0) {
    const li = document.createElement('li');
    li.className = 'muted';
    li.textContent = 'none configured (API_SERVICE_URLS)';
    $('#services').replaceChildren(li);
    return;
  }
  $('#services').replaceChildren(
    ...status.services.map((s) => {
      const li = document.createElement('li');
      li.className = s.ready ? 'ok' : 'bad';
      li.textContent = `${s.name}: ${s.ready ? 'ready' : 'not ready'} (${s.url})`;
      return li;
    }),
  );
}

async function replay(id, button) {
  button.disabled = true;
  try {
    const result = await api(`/v1/failures/${id}/replay`, { method: 'POST' });
    button.textContent = result.replayed === 1 ? 'replayed' : result.results[0].outcome;
    button.closest('tr').classList.add('ok');
  } catch (error) {
    button.disabled = false;
    $('#message').textContent = `replay failed: ${error.message}`;
  }
}

function renderFailures(page) {
  fill(
    '#failures',
    page.data.map((f) => {
      const button = document.createElement('button');
      button.textContent = 'Replay';
      button.dataset.failure = f.id;
      button.addEventListener('click', () => replay(f.id, button));
      const action = document.createElement('td');
      action.append(button);
      const tr = row([ago(f.createdAt), f.stage, f.source, f.reason, cell(f.url, 'url'), action]);
      tr.title = f.message;
      return tr;
    }),
  );
}

async function refresh() {
  try {
    const [status, failures] = await Promise.all([
      api('/v1/pipeline/status'),
      api('/v1/failures?status=open&limit=20'),
    ]);
    renderStatus(status);
    renderFailures(failures);
    $('#message').textContent = '';
  } catch (error) {
    $('#message').textContent =
      `cannot read the status: ${error.message}${key() ? '' : ' (an admin API key may be needed)'}`;
  }
}

$('#key-form').addEventListener('submit', (event) => {
  event.preventDefault();
  localStorage.setItem('newsflow-key', $('#key').value.trim());
  // The queue board is a page of its own: it reads the key from this cookie.
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not in every browser yet
  document.cookie = `nf_key=${encodeURIComponent($('#key').value.trim())}; path=/admin; SameSite=Strict`;
  $('#key').value = '';
  refresh();
});

refresh();
setInterval(refresh, REFRESH_MS);
