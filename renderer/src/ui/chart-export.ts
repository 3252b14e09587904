/** What a PNG says above its chart, so a slide or e-mail carries what and when: the title, and a line such as the period. */
export type PngHeading = { title: string; subtitle?: string; color: string; legend?: readonly LegendEntry[] };

/** One colour of a chart and what it stands for, drawn in the PNG's heading (the page's legends are HTML, outside the SVG). */
export type LegendEntry = { color: string; label: string };

/**
 * The chart's own drawing surface. Not simply the first `svg.recharts-surface`: Recharts' legend
 * draws each icon as a small SVG of that class too, and it may come first (the calibration PNG came
 * out as one 14 px legend square). The largest surface outside a legend is the chart.
 */
export function chartSurface(root: Element): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of root.querySelectorAll<SVGSVGElement>('svg.recharts-surface')) {
    if (svg.closest('.recharts-legend-wrapper, .chart-legend')) continue;
    const { width, height } = svg.getBoundingClientRect();
    if (width * height > bestArea) {
      best = svg;
      bestArea = width * height;
    }
  }
  return best;
}

/** The legend shown with a chart (Recharts' or our HTML `.chart-legend`), as colours and words for the PNG. */
export function legendEntries(root: Element): LegendEntry[] {
  const entries: LegendEntry[] = [];
  for (const item of root.querySelectorAll<HTMLElement>('.recharts-legend-item')) {
    const icon = item.querySelector<SVGElement>('.recharts-legend-icon');
    const label = item.querySelector('.recharts-legend-item-text')?.textContent?.trim() ?? '';
    // A line's legend icon is a stroked path with no fill: its colour is the stroke (it drew as a black square).
    const style = icon ? getComputedStyle(icon) : null;
    const color = style && style.fill !== 'none' ? style.fill : (style?.stroke ?? '');
    if (icon && label) entries.push({ color, label });
  }
  for (const item of root.querySelectorAll<HTMLElement>('.chart-legend > span')) {
    const swatch = item.querySelector<HTMLElement>('i');
    const label = item.textContent?.trim() ?? '';
    if (swatch && label) entries.push({ color: getComputedStyle(swatch).backgroundColor, label });
  }
  return entries;
}

const TITLE_PX = 16;
const SUBTITLE_PX = 12;
const PAD = 12;
const LEGEND_PX = 12;
const SWATCH = 10;

/**
 * An SVG chart as PNG bytes at twice its size (sharp on slides), under its heading: the SVG is
 * serialised with the page's computed text and fill colours inlined, drawn on a canvas, and
 * encoded. Browser APIs only, so it works the same in Electron and the web build.
 */
export async function svgToPng(svg: SVGSVGElement, background: string, heading?: PngHeading): Promise<Uint8Array> {
  const { width, height: chartHeight } = svg.getBoundingClientRect();
  const legend = heading?.legend ?? [];
  const legendTop = heading ? PAD + TITLE_PX + (heading.subtitle ? 6 + SUBTITLE_PX : 0) : 0;
  const top = heading ? legendTop + (legend.length > 0 ? 8 + LEGEND_PX : 0) + PAD : 0;
  const height = chartHeight + top;
  const font = getComputedStyle(svg).fontFamily || 'sans-serif';
  const clone = svg.cloneNode(true) as SVGSVGElement;
  // CSS variables do not travel with a serialised SVG: copy the colours the page resolved.
  const from = svg.querySelectorAll<SVGElement>('*');
  const to = clone.querySelectorAll<SVGElement>('*');
  from.forEach((el, i) => {
    const style = getComputedStyle(el);
    const target = to[i]!;
    for (const prop of ['fill', 'stroke', 'color', 'font-family', 'font-size', 'font-weight', 'opacity', 'stroke-opacity', 'fill-opacity'])
      target.style.setProperty(prop, style.getPropertyValue(prop));
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(chartHeight));
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return await paintPng(width, height, background, 'the chart', (context) => {
      if (heading) {
        context.fillStyle = heading.color;
        context.textBaseline = 'top';
        context.font = `600 ${TITLE_PX}px ${font}`;
        context.fillText(heading.title, PAD, PAD, width - 2 * PAD);
        if (heading.subtitle) {
          context.font = `${SUBTITLE_PX}px ${font}`;
          context.fillText(heading.subtitle, PAD, PAD + TITLE_PX + 6, width - 2 * PAD);
        }
        // The legend on one line: a swatch, its words, and the next.
        context.font = `${LEGEND_PX}px ${font}`;
        let x = PAD;
        const y = legendTop + 8;
        for (const entry of legend) {
          context.fillStyle = entry.color;
          context.fillRect(x, y + 1, SWATCH, SWATCH);
          x += SWATCH + 4;
          context.fillStyle = heading.color;
          context.fillText(entry.label, x, y);
          x += context.measureText(entry.label).width + 14;
        }
      }
      context.drawImage(image, 0, top, width, chartHeight);
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * A width × height drawing as PNG bytes at twice its size, on `background`: `draw` paints in CSS
 * pixels on a canvas already scaled. `what` names the picture in the error when encoding fails.
 */
export async function paintPng(
  width: number,
  height: number,
  background: string,
  what: string,
  draw: (context: CanvasRenderingContext2D) => void,
): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * 2));
  canvas.height = Math.max(1, Math.round(height * 2));
  const context = canvas.getContext('2d')!;
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(2, 2);
  draw(context);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error(`${what} could not be encoded as PNG`);
  return new Uint8Array(await blob.arrayBuffer());
}
