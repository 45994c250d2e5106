import { PILLARS, PRINCIPLES, type Coverage, type Finding, type Report, type Severity } from '../checks/types';

type Lang = 'id' | 'en';

const WORDS = {
  id: {
    title: 'Pilar · hasil pemeriksaan draf',
    language: { id: 'Indonesia', en: 'Inggris' },
    chars: 'karakter',
    findings: 'Temuan',
    none: 'Tidak ada temuan.',
    severity: { block: 'blokir', warn: 'peringatan', info: 'info' },
    wholeDraft: 'seluruh draf',
    suggestion: 'Saran',
    line: 'baris',
    tone: 'Nada',
    sentiment: { positive: 'positif', neutral: 'netral', negative: 'negatif' },
    formality: { formal: 'formal', informal: 'santai' },
    warmth: 'kehangatan',
    humour: 'humor',
    pillars: 'Tiga pilar tata kelola',
    principles: 'Prinsip UNDP',
    coveredFrom: 'tercakup mulai',
    names: {
      government: 'Pemerintah',
      business: 'Swasta',
      society: 'Masyarakat',
      participation: 'Partisipasi',
      'rule-of-law': 'Aturan hukum',
      transparency: 'Transparansi',
      responsiveness: 'Daya tanggap',
      consensus: 'Konsensus',
      equity: 'Berkeadilan',
      effectiveness: 'Efektivitas',
      accountability: 'Akuntabilitas',
      'strategic-vision': 'Visi strategis',
    },
  },
  en: {
    title: 'Pilar · draft check',
    language: { id: 'Indonesian', en: 'English' },
    chars: 'characters',
    findings: 'Findings',
    none: 'No findings.',
    severity: { block: 'block', warn: 'warning', info: 'info' },
    wholeDraft: 'whole draft',
    suggestion: 'Suggestion',
    line: 'line',
    tone: 'Tone',
    sentiment: { positive: 'positive', neutral: 'neutral', negative: 'negative' },
    formality: { formal: 'formal', informal: 'informal' },
    warmth: 'warmth',
    humour: 'humour',
    pillars: 'Three pillars of good governance',
    principles: 'UNDP principles',
    coveredFrom: 'covered from',
    names: {
      government: 'Government',
      business: 'Private sector',
      society: 'Society',
      participation: 'Participation',
      'rule-of-law': 'Rule of law',
      transparency: 'Transparency',
      responsiveness: 'Responsiveness',
      consensus: 'Consensus',
      equity: 'Equity',
      effectiveness: 'Effectiveness',
      accountability: 'Accountability',
      'strategic-vision': 'Strategic vision',
    },
  },
} as const;

const SEVERITIES: Severity[] = ['block', 'warn', 'info'];
const MAX_QUOTE = 60;

/** A report as a person reads it in a terminal: findings first, then tone and coverage. */
export function formatSummary(text: string, report: Report, lang: Lang, coveredAt: number): string {
  const w = WORDS[lang];
  const out: string[] = [];
  out.push(`${w.title} (${w.language[report.language]}, ${[...text].length} ${w.chars})`);
  const counts = SEVERITIES.map((s) => `${report.findings.filter((f) => f.severity === s).length} ${w.severity[s]}`);
  out.push(`${w.findings}: ${counts.join(', ')}`, '');
  if (report.findings.length === 0) out.push(w.none, '');
  for (const finding of report.findings) out.push(...formatFinding(text, finding, lang), '');

  const { sentiment, formality, warmth, humour } = report.tone;
  out.push(
    `${w.tone}: ${w.sentiment[sentiment.label]} (${sentiment.score.toFixed(2)}) · ${w.formality[formality.label]} (${formality.score.toFixed(2)}) · ${w.warmth} ${warmth.score.toFixed(2)} · ${w.humour} ${humour.score.toFixed(2)}`,
    '',
    `${w.pillars} (${w.coveredFrom} ${coveredAt.toFixed(2)}):`,
    ...PILLARS.map((pillar) => meter(w.names[pillar], report.pillars[pillar], coveredAt)),
    `${w.principles}:`,
    ...PRINCIPLES.map((principle) => meter(w.names[principle], report.pillars.principles[principle], coveredAt)),
  );
  return `${out.join('\n')}\n`;
}

function formatFinding(text: string, finding: Finding, lang: Lang): string[] {
  const w = WORDS[lang];
  const where = finding.end > finding.start ? `${w.line} ${position(text, finding.start)}  ${quote(text.slice(finding.start, finding.end))}` : `(${w.wholeDraft})`;
  const lines = [`${w.severity[finding.severity].toUpperCase().padEnd(10)} ${finding.rule}  ${where}`, `           ${finding.message[lang]}`];
  if (finding.suggestion) {
    lines.push(`           ${w.suggestion}: ${finding.suggestion.label[lang]} → ${quote(finding.suggestion.replacement)}`);
  }
  return lines;
}

/** 1-based line and column; columns count characters as a person sees them, not UTF-16 units. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.split('\n').length;
  return `${line}:${[...before.slice(lineStart)].length + 1}`;
}

function quote(span: string): string {
  const chars = [...span.replace(/\r?\n/g, '⏎')];
  return `“${chars.length > MAX_QUOTE ? `${chars.slice(0, MAX_QUOTE - 1).join('')}…` : chars.join('')}”`;
}

function meter(name: string, coverage: Coverage, coveredAt: number): string {
  const filled = Math.round(coverage.score * 10);
  const bar = '█'.repeat(filled) + '░'.repeat(10 - filled);
  const mark = coverage.score >= coveredAt ? '✓' : ' ';
  const evidence = coverage.evidence.slice(0, 3).map((e) => quote(e.text)).join(', ');
  return `  ${name.padEnd(17)} ${bar} ${coverage.score.toFixed(2)} ${mark} ${evidence}`.trimEnd();
}
