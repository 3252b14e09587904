import { useMemo } from 'react';
import { Layer, Rectangle, ResponsiveContainer, Sankey, Tooltip } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { FunnelReport, FunnelSelector } from '@shared/index';
import { ChartCard, formatNumber } from '../../ui';
import { tableCsv } from './funnel-csv';
import { Delta, DrillButton, FigureTableHead } from './figures';

export type FlowChartProps = {
  /** The period in words: the PNG says it under the title. */
  scope: string;
  report: FunnelReport;
  stageName(id: string): string;
  onDrill(selector: FunnelSelector): void;
  onSave(name: string, data: Uint8Array): void;
};

/**
 * Where contacts went in the period: every move as a band from its stage (left) to the next (right),
 * recycle loops and disqualification included. Two columns rather than one chain, because loops
 * (MQL → Recycled → MQL) would make the diagram circular, which a Sankey cannot draw.
 */
// The bottom node's label is centred on it and reaches below a thin node: room for it before the table.
const SANKEY_MARGIN = { left: 8, right: 140, top: 10, bottom: 16 };

export function FlowChart({ report, scope, stageName, onDrill, onSave }: FlowChartProps) {
  const { t, i18n } = useTranslation();
  const compare = report.previousRange !== null;
  const flows = report.flows.filter((f) => f.count > 0).sort((a, b) => b.count - a.count);
  const fromName = (id: string | null) => (id === null ? t('funnel.created') : stageName(id));
  const content = flows.map((f) => `${fromName(f.from)}\u0000${stageName(f.to)}\u0000${f.count}`).join('\u0001');
  // Recharts lays the Sankey out again whenever its data or style props are new objects: the same
  // flows keep the same objects, so a re-render of the page (a drill, a hover) is not a relayout.
  const data = useMemo(() => {
    const left = [...new Set(flows.map((f) => f.from))];
    const right = [...new Set(flows.map((f) => f.to))];
    return {
      nodes: [...left.map((id) => ({ name: fromName(id) })), ...right.map((id) => ({ name: `→ ${stageName(id)}` }))],
      links: flows.map((f) => ({ source: left.indexOf(f.from), target: left.length + right.indexOf(f.to), value: f.count })),
    };
    // `content` is the flows' names and counts; the flows array and the name functions are new each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [content]);
  const nodes = data.nodes;
  const n = (v: number) => formatNumber(v, i18n.language);
  // One node renderer per language (a new one would relayout the Sankey): counts with the language's separators.
  const language = i18n.language;
  const node = useMemo(() => (props: FlowNodeProps) => FlowNode(props, language), [language]);
  return (
    <ChartCard
      scope={scope}
      title={t('funnel.flows')}
      description={t('funnel.flowsHint')}
      fileName="funnel-flows"
      onSave={onSave}
      csv={() =>
        tableCsv(
          // The screen's columns: the change against the previous period, when compared.
          [t('funnel.table.from'), t('funnel.table.to'), t('funnel.table.count'), ...(compare ? [t('funnel.table.delta')] : [])],
          flows.map((f) => [fromName(f.from), stageName(f.to), f.count, ...(compare ? [f.delta] : [])]),
        )
      }
      chart={
        flows.length === 0 ? (
          <p className="muted">{t('funnel.noFlows')}</p>
        ) : (
          <ResponsiveContainer width="100%" height={Math.max(240, nodes.length * 26)}>
            <Sankey
              accessibilityLayer={false}
              // A band opens the contacts that made that move (links are in the order of `flows`).
              onClick={(item, type) => {
                const flow = type === 'link' && 'index' in item ? flows[item.index] : undefined;
                if (flow) onDrill({ kind: 'link', period: 'current', from: flow.from, to: flow.to });
              }}
              data={data}
              nodePadding={14}
              nodeWidth={10}
              // Two columns (from, to): a few relaxation passes place them; the default 32 cost a long task per period change.
              iterations={4}
              margin={SANKEY_MARGIN}
              link={FlowLink}
              node={node}
            >
              <Tooltip
                contentStyle={{ background: 'var(--bg)', border: '1px solid var(--border)' }}
                formatter={(v: unknown) => (typeof v === 'number' ? n(v) : String(v ?? ''))}
              />
            </Sankey>
          </ResponsiveContainer>
        )
      }
      table={
        <table className="data-table" data-testid="funnel-flow-table">
          <FigureTableHead
            caption={t('funnel.flows')}
            columns={[
              t('funnel.table.from'),
              t('funnel.table.to'),
              { label: t('funnel.table.count'), numeric: true },
              compare && { label: t('funnel.table.delta'), numeric: true },
            ]}
          />
          <tbody>
            {flows.map((f) => (
              <tr key={`${f.from}>${f.to}`}>
                <td>{fromName(f.from)}</td>
                <td>{stageName(f.to)}</td>
                <td className="num">
                  <DrillButton
                    label={t('funnel.drillFlow', { from: fromName(f.from), to: stageName(f.to), count: f.count })}
                    onClick={() => onDrill({ kind: 'link', period: 'current', from: f.from, to: f.to })}
                  >
                    {n(f.count)}
                  </DrillButton>
                </td>
                {compare && (
                  <td className="num">
                    <Delta value={f.delta} format={n} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

type FlowNodeProps = { x: number; y: number; width: number; height: number; index: number; payload: { name: string; value: number; depth?: number } };

/** A stage of the flow with its name and count beside it (left column: labels inside the gap; right: after the bar). */
function FlowNode({ x, y, width, height, payload }: FlowNodeProps, language: string) {
  return (
    <Layer>
      <Rectangle x={x} y={y} width={width} height={height} fill="var(--chart-current)" fillOpacity={0.9} />
      <text x={x + width + 6} y={y + height / 2} dy="0.35em" fontSize={12} fill="var(--text)" textAnchor="start">
        {`${payload.name} · ${formatNumber(payload.value, language)}`}
      </text>
    </Layer>
  );
}

type FlowLinkProps = { sourceX: number; sourceY: number; sourceControlX: number; targetX: number; targetY: number; targetControlX: number; linkWidth: number };

/**
 * A band of the flow, as Recharts draws it but never thinner than 2 px (a move of a few contacts among
 * hundreds is a hairline otherwise), at an opacity the theme sets (`--flow-link-opacity`: a dark
 * background needs more).
 */
function FlowLink({ sourceX, sourceY, sourceControlX, targetX, targetY, targetControlX, linkWidth }: FlowLinkProps) {
  return (
    <path
      className="recharts-sankey-link"
      d={`M${sourceX},${sourceY}C${sourceControlX},${sourceY} ${targetControlX},${targetY} ${targetX},${targetY}`}
      fill="none"
      stroke="var(--chart-current)"
      strokeWidth={Math.max(2, linkWidth)}
      style={{ strokeOpacity: 'var(--flow-link-opacity)', cursor: 'pointer' }}
    />
  );
}
