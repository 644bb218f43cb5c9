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

const SVG = 'http://www.w3.org/2000/svg';

// A source's new articles per hour (bars) against its usual level for those hours (line).
function activity(source) {
  const width = 120;
  const height = 24;
  const values = source.articlesPerHour || [];
  const usual = source.usualPerHour || [];
  const max = Math.max(1, ...values, ...usual);
  const step = width / Math.max(1, values.length);
  const y = (v) => height - (v / max) * (height - 2);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', `activity${source.silent ? ' silent' : ''}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('role', 'img');
  const total = values.reduce((a, b) => a + b, 0);
  const usualTotal = usual.reduce((a, b) => a + b, 0);
  svg.setAttribute('aria-label', `${total} new articles in 24 h, usually ${Math.round(usualTotal)}`);
  values.forEach((v, i) => {
    const bar = document.createElementNS(SVG, 'rect');
    bar.setAttribute('x', String(i * step));
    bar.setAttribute('y', String(y(v)));
    bar.setAttribute('width', String(Math.max(1, step - 1)));
    bar.setAttribute('height', String(height - y(v)));
    svg.append(bar);
  });
  const line = document.createElementNS(SVG, 'polyline');
  line.setAttribute('points', usual.map((v, i) => `${i * step + step / 2},${y(v)}`).join(' '));
  svg.append(line);
  const td = document.createElement('td');
  td.append(svg);
  td.title = svg.getAttribute('aria-label');
  return td;
}

function link(text, href) {
  const a = document.createElement('a');
  a.textContent = text;
  a.href = href;
  return a;
}

function renderAlerts(alerts, from, error) {
  $('#alerts-from').textContent =
    from === 'prometheus'
      ? 'firing, from Prometheus'
      : `firing: source silence and service readiness, evaluated by the API${error ? ` (Prometheus: ${error})` : ''}`;
  if (alerts.length === 0) {
    const li = document.createElement('li');
    li.className = 'ok';
    li.textContent = 'none';
    $('#alerts').replaceChildren(li);
    return;
  }
  $('#alerts').replaceChildren(
    ...alerts.map((a) => {
      const li = document.createElement('li');
      li.className = 'bad';
      li.dataset.alert = a.alert;
      const name = document.createElement('b');
      name.textContent = `${a.alert}: `;
      li.append(name, a.summary, link('status', a.links.statusPage), link('failures', a.links.failures));
      return li;
    }),
  );
}

// The failures list honours ?stage=, ?source= and ?reason= (the alerts link there).
const FAILURE_FILTERS = ['stage', 'source', 'reason'];
function failureFilter() {
  const params = new URLSearchParams(location.search);
  const filter = new URLSearchParams();
  for (const name of FAILURE_FILTERS) if (params.get(name)) filter.set(name, params.get(name));
  return filter;
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
    card('alerts', status.alerts.length, status.alerts.length > 0),
  );
  renderAlerts(status.alerts, status.alertsFrom, status.alertsError);
  fill(
    '#sources',
    status.sources.map((s) =>
      row([
        cell(s.name, s.silent ? 'bad' : undefined),
        s.enabled ? 'yes' : 'no',
        ago(s.lastCrawlAt),
        ago(s.lastNewArticleAt),
        cell(s.pagesFetched24h, 'num'),
        cell(s.newArticles24h, 'num'),
        cell(s.failures24h, 'num'),
        cell(s.errorRate24h === null ? null : `${(s.errorRate24h * 100).toFixed(1)} %`, 'num'),
        activity(s),
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
      api(`/v1/failures?status=open&limit=20${failureFilter().size ? `&${failureFilter()}` : ''}`),
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

if (failureFilter().size)
  $('#failure-filter').textContent = `(${failureFilter().toString().replaceAll('&', ', ')})`;
refresh();
setInterval(refresh, REFRESH_MS);
