// The strategy as a printable, self-contained HTML document (no scripts, no external resources):
// the HTML export, and the input of the PDF export.
import type { TStrategy } from '../contract.ts';

export type StrategyDocument = Omit<TStrategy, 'canEdit'>;

const ACTION_STATUS_LABELS = {
  planned: 'Planned',
  running: 'Running',
  done: 'Done',
  cancelled: 'Cancelled',
} as const;
const INDICATOR_STATUS_LABELS = {
  no_data: 'No data',
  achieved: 'Achieved',
  on_track: 'On track',
  behind: 'Behind',
} as const;

const STYLE = `
@page { size: A4; margin: 20mm 18mm 22mm 18mm; }
* { box-sizing: border-box; }
body { font-family: "Helvetica Neue", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1b1f24; margin: 0 auto; max-width: 180mm; }
h1 { font-size: 22pt; margin: 0 0 2mm; color: #0b3d6b; }
h2 { font-size: 15pt; margin: 9mm 0 3mm; color: #0b3d6b; border-bottom: 0.4mm solid #0b3d6b; padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 12pt; margin: 6mm 0 2mm; break-after: avoid; }
p { margin: 0 0 2.5mm; }
.subtitle { font-size: 12pt; color: #4a5560; margin: 0 0 6mm; }
.muted { color: #5f6b76; }
.empty { color: #5f6b76; font-style: italic; }
.domain { break-inside: avoid; margin-bottom: 5mm; }
dl { margin: 0; display: grid; grid-template-columns: 38mm 1fr; gap: 1mm 3mm; }
dt { font-weight: 600; }
dd { margin: 0; }
ul { margin: 0; padding-left: 5mm; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; font-size: 9pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.2mm solid #b8c2cc; padding: 1.2mm 1.6mm; text-align: left; vertical-align: top; }
th { background: #e8eef4; }
td.number { text-align: right; white-space: nowrap; }
td.nowrap { white-space: nowrap; }
footer { margin-top: 10mm; font-size: 8.5pt; color: #5f6b76; border-top: 0.2mm solid #b8c2cc; padding-top: 2mm; }
@media screen { body { padding: 12mm 0; } }
`;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const e = escapeHtml;
type Code = { code: string; name: string };
const codeName = (c: Code) => (c.name && c.name !== c.code ? `${e(c.name)} (${e(c.code)})` : e(c.code));
const list = (items: string[], empty = '—') => (items.length ? items.join(', ') : empty);

/** Paragraphs at blank lines, line breaks kept. */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${e(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

export function formatAmount(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-GB', { style: 'currency', currency, maximumFractionDigits: 0 }).format(
      amount,
    );
  } catch {
    return `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(amount)} ${currency}`;
  }
}

const formatNumber = (value: number) =>
  new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(value);

function section(title: string, body: string, isEmpty: boolean, empty: string): string {
  return `<section>\n<h2>${e(title)}</h2>\n${isEmpty ? `<p class="empty">${e(empty)}</p>` : body}\n</section>`;
}

function table(headers: string[], rows: string[][]): string {
  const head = headers.map((h) => `<th>${e(h)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.join('')}</tr>`).join('\n');
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

const td = (html: string, className?: string) =>
  className ? `<td class="${className}">${html}</td>` : `<td>${html}</td>`;

function domainBlock(domain: StrategyDocument['domains'][number]): string {
  const priorities = domain.priorities.map((p) => `<li>${e(p.region)} ${e(p.code)}: ${e(p.title)}</li>`);
  const sharedCodes = domain.why.codes.map(
    (c) => `${e(c.scheme)} ${e(c.code)}${c.name ? ` ${e(c.name)}` : ''} (${e(c.regions.join(', '))})`,
  );
  const sharedTerms = domain.why.terms.map((t) => `${e(t.term)} (${e(t.regions.join(', '))})`);
  const why = [
    sharedCodes.length ? `Shared codes: ${sharedCodes.join('; ')}` : '',
    sharedTerms.length ? `Shared terms: ${sharedTerms.join('; ')}` : '',
  ].filter(Boolean);
  return `<div class="domain">
<h3>${e(domain.key)} ${e(domain.label)}</h3>
${paragraphs(domain.description)}
<dl>
<dt>Regions</dt><dd>${list(domain.regions.map(codeName))}</dd>
<dt>Member priorities</dt><dd>${priorities.length ? `<ul>${priorities.join('')}</ul>` : '—'}</dd>
<dt>NACE codes</dt><dd>${list(domain.nace.map(codeName))}</dd>
<dt>Why</dt><dd>${why.length ? why.join('<br>') : '—'}</dd>
</dl>
</div>`;
}

function governanceBlock(body: StrategyDocument['governance'][number]): string {
  const members = body.members.length
    ? table(
        ['Name', 'Organisation', 'Role'],
        body.members.map((m) => [td(e(m.name)), td(e(m.organisation)), td(e(m.role))]),
      )
    : '<p class="empty">No members listed.</p>';
  return `<h3>${e(body.name)}</h3>\n${paragraphs(body.mandate)}\n${members}`;
}

function actionsTable(actions: StrategyDocument['actions']): string {
  return table(
    ['Action', 'Lead / partners', 'Domains', 'Budget', 'Dates', 'Status'],
    actions.map((a) => {
      const who = [
        a.leadRegion ? `<strong>Lead:</strong> ${codeName(a.leadRegion)}` : '',
        a.partnerRegions.length ? `<strong>Partners:</strong> ${list(a.partnerRegions.map(codeName))}` : '',
        a.organisations.length
          ? `<strong>Organisations:</strong> ${list(a.organisations.map((o) => e(o.name)))}`
          : '',
      ].filter(Boolean);
      const dates = a.startDate || a.endDate ? `${e(a.startDate ?? '…')} – ${e(a.endDate ?? '…')}` : '—';
      return [
        td(
          `<strong>${e(a.title)}</strong>${a.description ? `<br><span class="muted">${e(a.description)}</span>` : ''}`,
        ),
        td(who.length ? who.join('<br>') : '—'),
        td(list(a.candidates.map((c) => e(c.label)))),
        td(a.budget === null ? '—' : e(formatAmount(a.budget, a.currency)), 'number'),
        td(dates, 'nowrap'),
        td(e(ACTION_STATUS_LABELS[a.status])),
      ];
    }),
  );
}

function indicatorsTable(indicators: StrategyDocument['indicators']): string {
  const valueAt = (value: number, unit: string, date: string) =>
    `${e(formatNumber(value))} ${e(unit)}<br><span class="muted">${e(date)}</span>`;
  return table(
    ['Indicator', 'Domain', 'Baseline', 'Target', 'Latest', 'Progress', 'Status'],
    indicators.map((i) => {
      const { latest, progress, status } = i.progress;
      return [
        td(
          `<strong>${e(i.name)}</strong>${i.source ? `<br><span class="muted">Source: ${e(i.source)}</span>` : ''}`,
        ),
        td(i.candidate ? e(i.candidate.label) : '—'),
        td(valueAt(i.baseline, i.unit, i.baselineDate), 'number'),
        td(valueAt(i.target, i.unit, i.targetDate), 'number'),
        td(latest ? valueAt(latest.value, i.unit, latest.date) : '—', 'number'),
        td(progress === null ? '—' : `${Math.round(progress * 100)} %`, 'number'),
        td(e(INDICATOR_STATUS_LABELS[status])),
      ];
    }),
  );
}

/** `generatedAt` is an ISO date-time; the document shows it as UTC minutes. */
export function renderStrategyDocument(strategy: StrategyDocument, generatedAt: string): string {
  const title =
    strategy.title.trim() || `Transnational smart specialisation strategy of ${strategy.group.name}`;
  const generated = `${generatedAt.slice(0, 10)} ${generatedAt.slice(11, 16)} UTC`;
  const sections = [
    section(
      'Regions',
      `<p>${list(strategy.group.regions.map(codeName))}</p>`,
      !strategy.group.regions.length,
      'No regions.',
    ),
    section('Vision', paragraphs(strategy.vision), !strategy.vision.trim(), 'No vision written yet.'),
    section(
      'Transnational smart domains',
      strategy.domains.map(domainBlock).join('\n'),
      !strategy.domains.length,
      'No domains chosen yet (step 6).',
    ),
    section(
      'Governance',
      strategy.governance.map(governanceBlock).join('\n'),
      !strategy.governance.length,
      'No governance bodies yet.',
    ),
    section('Action plan', actionsTable(strategy.actions), !strategy.actions.length, 'No actions yet.'),
    section(
      'Monitoring indicators',
      indicatorsTable(strategy.indicators),
      !strategy.indicators.length,
      'No indicators yet.',
    ),
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${e(title)}</h1>
<p class="subtitle">${e(strategy.group.name)}</p>
</header>
${sections.join('\n')}
<footer>Generated ${e(generated)} with GoSmart (Trans-S3, step 7)${
    strategy.updatedAt ? `; last changed ${e(strategy.updatedAt.slice(0, 10))}` : ''
  }.</footer>
</body>
</html>
`;
}
