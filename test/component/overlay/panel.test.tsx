import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../../public/_locales/en/messages.json';
import { check } from '../../../src/checks';
import type { Finding, Report } from '../../../src/checks/types';
import { createBadge, countBySeverity } from '../../../src/ui/overlay/badge';
import { openHoldDialog } from '../../../src/ui/overlay/hold-dialog';
import { renderPanel, type PanelActions } from '../../../src/ui/overlay/panel';

// Rule metadata as the panel shows it; the real rules are tested with the engine.
vi.mock('../../../src/checks/rules', () => ({
  RULES: [
    {
      id: 'classified.nik',
      category: 'classified',
      defaultSeverity: 'block',
      description: { id: 'Nomor Induk Kependudukan (NIK)', en: 'National identity number (NIK)' },
      reason: { id: 'NIK adalah data pribadi yang dilindungi UU PDP.', en: 'A NIK is personal data protected by the PDP Law.' },
      check: () => [],
    },
    {
      id: 'tone.informal',
      category: 'tone',
      defaultSeverity: 'warn',
      description: { id: 'Kata tidak baku', en: 'Informal word' },
      reason: { id: 'Akun resmi memakai bahasa baku.', en: 'Official accounts use standard language.' },
      check: () => [],
    },
  ],
}));

const TEXT = 'Warga dgn NIK 3171014508900003 gak usah khawatir.';
const nik: Finding = {
  rule: 'classified.nik',
  category: 'classified',
  severity: 'block',
  start: 14,
  end: 30,
  message: { id: 'Draf memuat NIK seseorang.', en: 'The draft contains a NIK.' },
};
const informal: Finding = {
  rule: 'tone.informal',
  category: 'tone',
  severity: 'warn',
  start: 6,
  end: 9,
  message: { id: '“dgn” tidak baku.', en: '“dgn” is informal.' },
  suggestion: { replacement: 'dengan', label: { id: 'Ganti dengan “dengan”.', en: 'Replace with “dengan”.' } },
};
const gak: Finding = { ...informal, start: 31, end: 34, message: { id: '“gak” tidak baku.', en: '“gak” is informal.' }, suggestion: undefined };
const report = (): Report => {
  const base = check(TEXT);
  return {
    ...base,
    findings: [informal, nik, gak],
    pillars: { ...base.pillars, society: { score: 0.8, evidence: [] }, government: { score: 0.2, evidence: [] } },
  };
};

function mountPanel() {
  const actions: PanelActions = { fix: vi.fn(), show: vi.fn(), close: vi.fn() };
  const panel = renderPanel(report(), TEXT, actions);
  document.body.append(panel);
  return { panel, actions };
}

const indonesian = fakeBrowser.i18n.getMessage;
afterEach(() => {
  cleanup();
  document.body.replaceChildren();
  fakeBrowser.i18n.getMessage = indonesian;
});

describe('the findings panel', () => {
  test('is a labelled dialog with the findings grouped by category, in Indonesian', () => {
    mountPanel();
    const panel = screen.getByRole('dialog', { name: 'Pemeriksaan Pilar' });
    const classified = within(panel).getByRole('region', { name: 'Rahasia dan data pribadi (1)' });
    const tone = within(panel).getByRole('region', { name: 'Nada (2)' });
    expect(within(classified).getAllByRole('listitem')).toHaveLength(1);
    expect(within(tone).getAllByRole('listitem')).toHaveLength(2);
  });

  test('each finding is a short card: a plain title, the words found, one sentence of why; the law and rule id wait behind Mengapa?', () => {
    mountPanel();
    const item = within(screen.getByRole('region', { name: 'Rahasia dan data pribadi (1)' })).getByRole('listitem');
    expect(item.querySelector('.title')?.textContent).toBe('BlokirNIK warga');
    expect(item.querySelector('.quote')?.textContent).toBe('“3171014508900003”');
    expect(item.textContent).toContain('Draf memuat NIK seseorang.');
    const why = item.querySelector('details')!;
    expect(why.open).toBe(false);
    expect(why.querySelector('summary')?.textContent).toBe('Mengapa?');
    expect(why.textContent).toContain('NIK adalah data pribadi yang dilindungi UU PDP.');
    expect(why.textContent).toContain('Aturan Pilar: classified.nik');
    // The reason is said once, and the rule id only behind the disclosure.
    expect(item.textContent!.split('NIK adalah data pribadi').length).toBe(2);
    expect(item.textContent!.replace(why.textContent!, '')).not.toContain('classified.nik');
  });

  test('the fix is the main button and says what it does', () => {
    mountPanel();
    const [fix] = screen.getAllByRole('button', { name: /^Perbaiki/ });
    expect(fix!.classList.contains('primary')).toBe(true);
    expect(fix!.textContent).toBe('Ganti dengan “dengan”.');
  });

  test('offers Perbaiki only where a suggestion exists, and applies that one', async () => {
    const { actions } = mountPanel();
    const fixes = screen.getAllByRole('button', { name: /^Perbaiki/ });
    expect(fixes.map((button) => button.getAttribute('aria-label'))).toEqual(['Perbaiki: ganti dengan “dengan”']);
    await userEvent.click(fixes[0]!);
    expect(actions.fix).toHaveBeenCalledWith(informal);
  });

  test('the keyboard reaches every action in reading order', async () => {
    const { actions } = mountPanel();
    const user = userEvent.setup();
    const names: string[] = [];
    for (let step = 0; step < 8; step++) {
      await user.tab();
      names.push(document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
    }
    expect(names).toEqual([
      'Tutup panel',
      'Tunjukkan “3171014508900003” di penyunting',
      'Mengapa?',
      'Perbaiki: ganti dengan “dengan”',
      'Tunjukkan “dgn” di penyunting',
      'Mengapa?',
      'Tunjukkan “gak” di penyunting',
      'Mengapa?',
    ]);
    await user.tab({ shift: true });
    await user.keyboard('{Enter}');
    expect(actions.show).toHaveBeenCalledWith(gak);
  });

  test('shows the tone summary and a labelled meter per pillar with the principles covered', () => {
    mountPanel();
    const tone = screen.getByRole('region', { name: 'Nada' });
    expect(tone.textContent).toMatch(/Sentimen: (positif|netral|negatif)/);
    const meters = screen.getAllByRole('meter');
    expect(meters.map((meter) => [meter.getAttribute('aria-label'), meter.getAttribute('aria-valuenow')])).toEqual([
      ['Pemerintah', '20'],
      ['Dunia usaha', String(Math.round(report().pillars.business.score * 100))],
      ['Masyarakat', '80'],
    ]);
    expect(screen.getByRole('list', { name: 'Prinsip tata kelola yang baik' }).children).toHaveLength(9);
    expect(screen.getByText(/dari 9 prinsip tercakup/)).toBeTruthy();
  });
});

test('in an English browser the panel and the findings are in English', () => {
  // Only texts without placeholders are read here, so the catalogue's messages serve as they are.
  fakeBrowser.i18n.getMessage = ((key: string) => (en as Record<string, { message: string }>)[key]?.message ?? '') as typeof fakeBrowser.i18n.getMessage;
  mountPanel();
  const item = within(screen.getByRole('region', { name: /^Classified and personal data/ })).getByRole('listitem');
  expect(item.textContent).toContain("A citizen's NIK");
  expect(item.textContent).toContain('The draft contains a NIK.');
  expect(item.querySelector('summary')?.textContent).toBe('Why?');
  expect(item.querySelector('details')?.textContent).toContain('A NIK is personal data protected by the PDP Law.');
  expect(screen.getAllByRole('button', { name: /^Fix/ })).toHaveLength(1);
});

describe('the badge', () => {
  test('counts by severity in words as well as colour, and announces changes', () => {
    const badge = createBadge(vi.fn());
    document.body.append(...badge.elements);
    const button = screen.getByRole('button', { name: /^Pilar: 0 blokir, 0 peringatan, 0 info/ });
    expect(button.textContent).toBe('Pilarbersih');
    badge.render(countBySeverity(report().findings));
    expect(button.textContent).toBe('Pilar1 blokir2 peringatan');
    expect(button.getAttribute('aria-label')).toBe('Pilar: 1 blokir, 2 peringatan, 0 info. Buka panel pemeriksaan (Alt+Shift+P)');
    expect(screen.getByRole('status').textContent).toBe('1 blokir, 2 peringatan, 0 info');
  });
});

describe('the hold dialog', () => {
  test('requires a written reason of at least 15 characters, counted live', async () => {
    // jsdom has no modal dialogs; these stand-ins keep the dialog's own logic under test.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
    const host = document.createElement('div');
    const layer = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    const actions = { jump: vi.fn(), cancel: vi.fn(), publish: vi.fn() };
    openHoldDialog(layer, [nik], TEXT, actions);
    const dialog = within(layer as unknown as HTMLElement);
    const publish = dialog.getByRole('button', { name: 'Tetap terbitkan' });
    expect(dialog.getByRole('heading').textContent).toBe('Unggahan ditahan oleh Pilar');
    expect(dialog.getByText('Draf memuat NIK seseorang.')).toBeTruthy();
    expect((publish as HTMLButtonElement).disabled).toBe(true);
    const reason = dialog.getByLabelText('Alasan menerbitkan tetap (wajib, minimal 15 karakter)');
    await userEvent.type(reason, 'Sudah disetujui');
    expect(dialog.getByText('15 karakter — alasan cukup')).toBeTruthy();
    await userEvent.click(publish);
    expect(actions.publish).toHaveBeenCalledWith('Sudah disetujui');
  });
});
