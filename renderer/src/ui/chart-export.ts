/** What a PNG says above its chart, so a slide or e-mail carries what and when: the title, and a line such as the period. */
export type PngHeading = { title: string; subtitle?: string; color: string };

const TITLE_PX = 16;
const SUBTITLE_PX = 12;
const PAD = 12;

/**
 * An SVG chart as PNG bytes at twice its size (sharp on slides), under its heading: the SVG is
 * serialised with the page's computed text and fill colours inlined, drawn on a canvas, and
 * encoded. Browser APIs only, so it works the same in Electron and the web build.
 */
export async function svgToPng(svg: SVGSVGElement, background: string, heading?: PngHeading): Promise<Uint8Array> {
  const { width, height: chartHeight } = svg.getBoundingClientRect();
  const top = heading ? PAD + TITLE_PX + (heading.subtitle ? 6 + SUBTITLE_PX : 0) + PAD : 0;
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
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * 2));
    canvas.height = Math.max(1, Math.round(height * 2));
    const context = canvas.getContext('2d')!;
    context.fillStyle = background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(2, 2);
    if (heading) {
      context.fillStyle = heading.color;
      context.textBaseline = 'top';
      context.font = `600 ${TITLE_PX}px ${font}`;
      context.fillText(heading.title, PAD, PAD, width - 2 * PAD);
      if (heading.subtitle) {
        context.font = `${SUBTITLE_PX}px ${font}`;
        context.fillText(heading.subtitle, PAD, PAD + TITLE_PX + 6, width - 2 * PAD);
      }
    }
    context.drawImage(image, 0, top, width, chartHeight);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the chart could not be encoded as PNG');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
