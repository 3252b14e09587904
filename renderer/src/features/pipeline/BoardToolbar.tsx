import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '@shared/model';
import { Button, NumberInput, Select, formatMonthKey } from '../../ui';
import { sourceLabel } from '../../i18n/source-label';
import { isFiltered, type BoardFilters } from './pipeline-store';

/** A bound of the amount filter: '' or a refused value (below 0) sets no bound. */
function AmountFilter({ label, value, onChange }: { label: string; value: number | null; onChange(value: number | null): void }) {
  return (
    <label className="inline-field">
      {label}
      <NumberInput
        value={value === null ? '' : String(value)}
        onValueChange={(v) => onChange(v === '' || Number(v) < 0 ? null : Number(v))}
        min={0}
        step="any"
      />
    </label>
  );
}

export type BoardToolbarProps = {
  filters: BoardFilters;
  setFilters(patch: Partial<BoardFilters>): void;
  clearFilters(): void;
  team: TeamMember[];
  /** Close months (yyyy-MM) that open deals have, in order. */
  months: string[];
  /** Sources open deals have ('' for deals without one). */
  sources: string[];
  products: string[];
};

/** What narrows the board (and the list): search, owner, close month, source, amount range, rotting only. */
export function BoardToolbar({ filters, setFilters, clearFilters, team, months, sources, products }: BoardToolbarProps) {
  const { t, i18n } = useTranslation();
  return (
    <div className="board-toolbar">
      <input
        type="search"
        className="input"
        dir="auto"
        value={filters.search}
        onChange={(e) => setFilters({ search: e.target.value })}
        placeholder={t('board.search')}
        aria-label={t('board.search')}
      />
      <Select
        aria-label={t('board.owner')}
        value={filters.ownerId ?? ''}
        onValueChange={(ownerId) => setFilters({ ownerId: ownerId || null })}
        placeholder={t('board.anyOwner')}
        options={team.map((m) => ({ value: m.id, label: m.name }))}
      />
      <Select
        aria-label={t('board.closeMonth')}
        value={filters.closeMonth ?? ''}
        onValueChange={(closeMonth) => setFilters({ closeMonth: closeMonth || null })}
        placeholder={t('board.anyMonth')}
        options={months.map((m) => ({ value: m, label: formatMonthKey(m, i18n.language) }))}
      />
      {sources.length > 0 && (
        <Select
          aria-label={t('board.source')}
          // '' is "no source" among the options, so "any" needs a value of its own.
          value={filters.source ?? '*'}
          onValueChange={(source) => setFilters({ source: source === '*' ? null : source })}
          options={[
            { value: '*', label: t('board.anySource') },
            ...sources.map((s) => ({ value: s, label: s === '' ? t('board.noSource') : sourceLabel(t, s) })),
          ]}
        />
      )}
      {products.length > 0 && (
        <Select
          aria-label={t('board.product')}
          value={filters.product ?? ''}
          onValueChange={(product) => setFilters({ product: product || null })}
          placeholder={t('board.anyProduct')}
          options={products.map((p) => ({ value: p, label: p }))}
        />
      )}
      <AmountFilter label={t('board.minAmount')} value={filters.minAmount} onChange={(minAmount) => setFilters({ minAmount })} />
      <AmountFilter label={t('board.maxAmount')} value={filters.maxAmount} onChange={(maxAmount) => setFilters({ maxAmount })} />
      <label className="inline-field">
        <input type="checkbox" checked={filters.rottingOnly} onChange={(e) => setFilters({ rottingOnly: e.target.checked })} />
        {t('board.rottingOnly')}
      </label>
      {isFiltered(filters) && (
        <Button variant="ghost" onClick={clearFilters}>
          <X size={14} aria-hidden />
          {t('board.clear')}
        </Button>
      )}
      <span className="muted board-hint">{t('board.undoHint')}</span>
    </div>
  );
}
