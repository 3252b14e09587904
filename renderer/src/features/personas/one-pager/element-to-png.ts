import { paintPng } from '../../../ui';
/**
 * An element as PNG bytes at twice its size: cloned with every computed style inlined (CSS variables
 * and stylesheets do not travel), wrapped in an SVG foreignObject, drawn on a canvas and encoded.
 * Browser APIs only, so it works the same in Electron and the web build; no network, no library.
 */
export async function elementToPng(element: HTMLElement, background: string): Promise<Uint8Array> {
  const { width, height } = element.getBoundingClientRect();
  const clone = element.cloneNode(true) as HTMLElement;
  const from = [element, ...element.querySelectorAll<HTMLElement>('*')];
  const to = [clone, ...clone.querySelectorAll<HTMLElement>('*')];
  from.forEach((source, i) => {
    const style = getComputedStyle(source);
    const target = to[i]!;
    for (let p = 0; p < style.length; p++) {
      const prop = style.item(p);
      target.style.setProperty(prop, style.getPropertyValue(prop));
    }
  });
  clone.style.margin = '0';
  clone.setAttribute('xmlns', 'http://www.w3.org/1999/xhtml');
  const markup = new XMLSerializer().serializeToString(clone);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<foreignObject x="0" y="0" width="100%" height="100%">${markup}</foreignObject></svg>`;
  const image = new Image();
  // A data: address rather than a blob: one, so the canvas stays readable (it is our own markup).
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  return paintPng(width, height, background, 'the one-pager', (context) => context.drawImage(image, 0, 0, width, height));
}
