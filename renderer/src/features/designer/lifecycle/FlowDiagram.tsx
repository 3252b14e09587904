import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LifecycleProblem } from '@shared/index';
import type { LifecycleDefinition } from '@shared/model';
import { BOX_H, BOX_W, layoutFlow, neighbour, type EdgeKind } from './flow-layout';
import { problemStageId, stageName } from './design-words';

export type FlowDiagramProps = {
  lifecycle: LifecycleDefinition;
  problems: readonly LifecycleProblem[];
  openStageId: string | null;
  onOpen(stageId: string): void;
};

const markers: EdgeKind[] = ['forward', 'skip', 'back', 'out', 'loop', 'side'];

/**
 * The lifecycle drawn as a flow (SVG): each stage a box with its owner and SLA, each allowed
 * transition an arrow. A stage with a problem is outlined and says it under its name. One tab stop:
 * the arrow keys move between stages, Enter (or a click) opens one in the editor.
 */
export function FlowDiagram({ lifecycle, problems, openStageId, onOpen }: FlowDiagramProps) {
  const { t } = useTranslation();
  const layout = layoutFlow(lifecycle);
  const [focusId, setFocusId] = useState<string | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const current = layout.boxes.some((b) => b.id === focusId) ? focusId : (openStageId ?? layout.boxes[0]?.id ?? null);
  const problemsOf = (id: string) => problems.filter((p) => problemStageId(p) === id);
  const keyDown = (event: KeyboardEvent, id: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(id);
      return;
    }
    const next = neighbour(layout, id, event.key);
    if (next === null) return;
    event.preventDefault();
    setFocusId(next);
    svg.current?.querySelector<SVGGElement>(`[data-stage="${next}"]`)?.focus();
  };
  const touching = (from: string, to: string) => openStageId !== null && (from === openStageId || to === openStageId);
  return (
    <div className="flow-scroll">
      <svg
        ref={svg}
        className="flow-diagram"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label={t('designer.flow.label', { name: lifecycle.name, count: lifecycle.stages.length })}
        data-testid="flow-diagram"
      >
        <defs>
          {markers.map((kind) => (
            <marker key={kind} id={`flow-arrow-${kind}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0 0 L10 5 L0 10 z" className={`flow-arrowhead flow-arrowhead-${kind}`} />
            </marker>
          ))}
        </defs>
        <g aria-hidden>
          {layout.edges.map((e) => (
            <path
              key={`${e.from}-${e.to}`}
              d={e.path}
              className={['flow-edge', `flow-edge-${e.kind}`, touching(e.from, e.to) ? 'is-active' : openStageId ? 'is-faint' : ''].join(' ')}
              markerEnd={`url(#flow-arrow-${e.kind})`}
              data-edge={`${e.from}>${e.to}`}
            />
          ))}
        </g>
        {layout.boxes.map((box) => {
          const stage = lifecycle.stages.find((s) => s.id === box.id)!;
          const name = stageName(t, stage);
          const own = problemsOf(box.id);
          const owner = stage.ownerRole ? t(`role.${stage.ownerRole}`) : t('designer.flow.noOwner');
          return (
            <g
              key={box.id}
              data-stage={box.id}
              className={['flow-stage', box.side ? 'is-side' : '', own.length > 0 ? 'has-problem' : '', box.id === openStageId ? 'is-open' : ''].join(' ')}
              transform={`translate(${box.x} ${box.y})`}
              role="button"
              tabIndex={box.id === current ? 0 : -1}
              aria-pressed={box.id === openStageId}
              onClick={() => {
                setFocusId(box.id);
                onOpen(box.id);
              }}
              onFocus={() => setFocusId(box.id)}
              onKeyDown={(e) => keyDown(e, box.id)}
            >
              <rect width={BOX_W} height={BOX_H} rx={8} className="flow-box" />
              <rect width={5} height={BOX_H} rx={2} className={`flow-owner-bar owner-${stage.ownerRole ?? 'none'}`} />
              <foreignObject x={10} y={6} width={BOX_W - 16} height={BOX_H - 10}>
                <div className="flow-box-text">
                  <strong>{name}</strong>
                  <span className="muted">
                    {owner}
                    {stage.slaHours !== null && ` · ${t('designer.flow.sla', { hours: stage.slaHours })}`}
                  </span>
                  {own.length > 0 && (
                    <span className="flow-problem" data-testid={`stage-problem-${box.id}`}>
                      <span aria-hidden>⚠ </span>
                      {[...new Set(own.map((p) => t(`designer.problems.short.${p.kind}`)))].join(' · ')}
                    </span>
                  )}
                </div>
              </foreignObject>
            </g>
          );
        })}
      </svg>
      <p className="flow-legend muted" aria-hidden>
        <span>{t('designer.flow.legend')}:</span>
        <span className="legend-forward">{t('designer.flow.forward')}</span>
        <span className="legend-skip">{t('designer.flow.skip')}</span>
        <span className="legend-out">{t('designer.flow.out')}</span>
        <span className="legend-loop">{t('designer.flow.loop')}</span>
        <span>{t('designer.flow.selected')}</span>
      </p>
    </div>
  );
}
